"""A schedule's "with breakfast" doses at the family's usual time in force at their hour.

A change of a usual time counts from the moment it is saved, as a schedule change does:
the "with breakfast" doses before it keep the breakfast time they had, those after have the
new one. Each schedule version is cut at the moments a usual time it uses was changed, and
each piece carries the usual times of its moments.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time

from caregiver_app.services.medication.schedule_versions import ScheduleVersion
from caregiver_app.store.medication.schedules import ANCHORS
from caregiver_app.store.medication.usual_history import EarlierUsualTimes


def usual_at(
    moment: datetime | None, now: dict[str, time | None], earlier: EarlierUsualTimes
) -> dict[str, time | None]:
    """The usual times in force at ``moment`` (None: from always, the earliest kept)."""
    found = dict(now)
    for anchor, kept in earlier.items():
        for until, at in kept:
            if moment is None or moment < until:
                found[anchor] = at
                break
    return found


def with_usual_times(
    versions: Sequence[ScheduleVersion],
    now: dict[str, time | None],
    earlier: EarlierUsualTimes,
) -> tuple[ScheduleVersion, ...]:
    """The versions, each cut where a usual time it uses was changed, with the times then."""
    if not earlier:
        return tuple(versions)  # the usual times were never changed: nearly every record
    found: list[ScheduleVersion] = []
    for version in versions:
        used = [
            anchor
            for anchor in version.schedule.dose_times
            if anchor in ANCHORS and anchor in earlier
        ]
        if version.schedule.kind != "times" or not used:
            found.append(version)
            continue
        cuts = sorted(
            {
                until
                for anchor in used
                for until, _at in earlier[anchor]
                if (version.since is None or until > version.since)
                and (version.until is None or until < version.until)
            }
        )
        starts: list[datetime | None] = [version.since, *cuts]
        ends: list[datetime | None] = [*cuts, version.until]
        for since, until in zip(starts, ends, strict=True):
            then = usual_at(since, now, {anchor: earlier[anchor] for anchor in used})
            same = all(then[anchor] == now.get(anchor) for anchor in used)
            found.append(
                version._replace(
                    since=since,
                    until=until,
                    usual_then=None if same else tuple(sorted(then.items())),
                )
            )
    return tuple(found)
