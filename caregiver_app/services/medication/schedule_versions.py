"""Which of a medicine's schedules was in force when: each day's doses by the schedule of
their hour.

A schedule change takes effect from the moment it was saved, as on a paper medicine chart:
the doses of the day it was changed that fall before that moment come from the schedule it
replaced, those after from the new one. The first schedule holds from the medicine's start
(or from always, when no start was entered); one set up later for a medicine that was as
needed or not set up holds from when it was saved (the hours before have a schedule not set
up: no dose).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import NamedTuple

from caregiver_app.services.medication.dose_times import due_on
from caregiver_app.store.medication.schedules import Schedule


class ScheduleVersion(NamedTuple):
    """One schedule and the moments it held between: [``since``, ``until``).

    ``since`` None: from the medicine's start (or always); ``until`` None: in force now.
    ``usual_then``: the family's usual times in force in those moments, when they were not
    those of now (services/medication/usual_versions.py); None: those of now.
    """

    schedule: Schedule
    since: datetime | None = None
    until: datetime | None = None
    usual_then: tuple[tuple[str, time | None], ...] | None = None

    def usual(self, now: dict[str, time | None]) -> dict[str, time | None]:
        """The usual times its "with breakfast" doses were read by (``now``'s by default)."""
        return now if self.usual_then is None else dict(self.usual_then)

    def holds_at(self, moment: datetime) -> bool:
        """True when this schedule was in force at ``moment``."""
        return (self.since is None or moment >= self.since) and (
            self.until is None or moment < self.until
        )


def versions_of(
    current: Schedule, earlier: Sequence[tuple[datetime, Schedule]] = ()
) -> tuple[ScheduleVersion, ...]:
    """The schedules a medicine had, earliest first, from its earlier ones (each with the
    moment it stopped) and the one in force now. A schedule that is not set up gives no
    dose, so it is left out (the hours it held have none)."""
    versions = []
    since: datetime | None = None
    for until, schedule in earlier:
        versions.append(ScheduleVersion(schedule, since, until))
        since = until
    versions.append(ScheduleVersion(current, since, None))
    return tuple(version for version in versions if version.schedule.set_up)


def due_in_force(
    versions: Sequence[ScheduleVersion],
    day: date,
    usual: dict[str, time | None],
    started_on: date | None = None,
    stopped_on: date | None = None,
    moments: tuple[datetime | None, datetime | None] = (None, None),
) -> list[tuple[datetime, ScheduleVersion]]:
    """When doses are due on ``day``, each by the schedule in force at its time.

    ``moments``: when a start and a stop saved on their own day count from (dose_times.due_on).
    """
    if len(versions) == 1 and versions[0].since is None and versions[0].until is None:
        # A schedule never changed (nearly every medicine, every day): no moment to check.
        only = versions[0]
        return [
            (due, only)
            for due in due_on(
                only.schedule, day, only.usual(usual), started_on, stopped_on, *moments
            )
        ]
    start = datetime.combine(day, time())
    end = start + timedelta(days=1)
    found = []
    for version in versions:
        if version.until is not None and version.until <= start:
            continue
        if version.since is not None and version.since >= end:
            break
        for due in due_on(
            version.schedule, day, version.usual(usual), started_on, stopped_on, *moments
        ):
            if version.holds_at(due):
                found.append((due, version))
    return found
