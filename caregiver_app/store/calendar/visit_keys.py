"""Which visit of a series a changed date, or a question planned for one date, is for.

A date cancelled, moved or noted on its own, and a question planned for one date, are
kept under the start the series' rule gave that visit (iCalendar's RECURRENCE-ID). Moving
every visit on this computer takes them to the new starts (``series.carry_changes``). But
another computer may cancel a date while this one moves the series, before the two sync;
and a calendar file or a phone may move a series whose dates were changed here. The start
kept is then no longer one of the series': it stands for the series' visit on the same day
(in the series' own zone). The record is read, written, exported and shown so on every
computer alike, whatever order the changes came in. A date on which the series has no
visit any more is left out, as before.

Two changes for one visit keep the one under the visit's own start. Every save of a series
writes all its changed dates again, so after a sync the ones under the series' start are
those of the computer whose version of the series won (the later clock, as for any row),
and the others are its older copies. Of two under old starts of the day, the one saved
last (``updated_at``, shared with the row) is kept.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import datetime

from caregiver_app.store.calendar import recurrence
from caregiver_app.store.calendar.records import AppointmentRecord, OccurrenceChange


def visits_named(
    rule: str, dtstart: datetime, keys: Iterable[datetime]
) -> dict[datetime, datetime]:
    """Each of ``keys`` (starts kept for one date of the series) -> the start of the visit
    it is for: itself while the rule gives it, else the series' start that day (of two,
    the nearer). A key whose day has no visit is left out; with a rule that cannot be
    used, every key stands for itself (the series shows no visit anyway)."""
    wanted = set(keys)
    try:
        starts = recurrence.starts_on(rule, dtstart, {key.date() for key in wanted})
    except recurrence.RuleError:
        return {key: key for key in wanted}
    named: dict[datetime, datetime] = {}
    for key in wanted:
        that_day = starts.get(key.date())
        if not that_day:
            continue
        if key in that_day:
            named[key] = key
        else:
            named[key] = min(that_day, key=lambda start: (abs(start - key), start))
    return named


def visit_named(rule: str, dtstart: datetime, key: datetime) -> datetime:
    """The start of the visit ``key`` is for (``key`` itself when the series has none
    that day: a question planned for it waits as for a visit that is gone)."""
    return visits_named(rule, dtstart, (key,)).get(key, key)


def _rekeyed(change: OccurrenceChange, start: datetime) -> OccurrenceChange:
    """``change`` as the change of the visit that starts at ``start``. A date that was at
    the series' time (its notes alone changed) moves with the series, keeping its length;
    one moved to its own time, or cancelled, stays so."""
    if change.original_start == start:
        return change
    if change.starts_at != change.original_start:
        return replace(change, original_start=start)
    ends = None
    if change.ends_at is not None:
        try:
            ends = start + (change.ends_at - change.original_start)
        except OverflowError:  # past the year 9999: no end known
            ends = None
    return replace(change, original_start=start, starts_at=start, ends_at=ends)


def keyed_to_visits(
    record: AppointmentRecord, saved: Mapping[datetime, datetime] | None = None
) -> AppointmentRecord:
    """``record`` with each changed date and each question's date under the start of the
    visit it is for (``record`` itself when they all are already). ``saved``: when each
    change was saved, by the start it is kept under (none: all at the same moment)."""
    if not record.rrule or not (record.changes or record.question_dates):
        return record
    keys = [change.original_start for change in record.changes]
    keys += record.question_dates.values()
    named = visits_named(record.rrule, record.starts_at, keys)
    if all(named.get(key) == key for key in keys):
        return record
    stamps = saved or {}
    kept: dict[datetime, tuple[tuple[bool, datetime, datetime], OccurrenceChange]] = {}
    for change in record.changes:
        start = named.get(change.original_start)
        if start is None:
            continue
        rank = (
            change.original_start == start,
            stamps.get(change.original_start) or datetime.min,
            change.original_start,  # saved at the same moment: the same on every computer
        )
        if start not in kept or rank > kept[start][0]:
            kept[start] = (rank, _rekeyed(change, start))
    return replace(
        record,
        changes=[kept[start][1] for start in sorted(kept)],
        question_dates={
            question_id: named[start]
            for question_id, start in record.question_dates.items()
            if start in named
        },
    )
