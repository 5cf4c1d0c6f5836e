"""The visits on the calendar: single appointments and the dates of series, in a window."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator
from datetime import date, datetime, time, timedelta
from functools import partial

from caregiver_app.store.calendar import recurrence, time_zones
from caregiver_app.store.calendar.appointments import full_rows
from caregiver_app.store.calendar.records import (
    MAX_SPAN,
    VISIT_DETAILS,
    AppointmentRecord,
    Occurrence,
    OccurrenceChange,
)
from caregiver_app.store.calendar.series_cache import KeptCalendar, kept_calendar
from caregiver_app.store.models import Appointment
from caregiver_app.store.plain_rows import tuples_of

_MARGIN = timedelta(days=2)  # more than any two zones differ by


def _copy(record: AppointmentRecord, **values: object) -> AppointmentRecord:
    """``dataclasses.replace`` for a record, without running ``__init__`` again (faster)."""
    copied = copy.copy(record)
    copied.__dict__.update(values)
    return copied


def _occurrence(
    record: AppointmentRecord, original: datetime, change: OccurrenceChange | None
) -> Occurrence:
    duration = record.duration
    if change is not None:
        starts = change.starts_at or original
        values = _copy(
            record,
            title=change.title or record.title,
            starts_at=starts,
            ends_at=change.ends_at
            if change.starts_at
            else (starts + duration if duration and not record.all_day else None),
            **{name: getattr(change, name) for name in VISIT_DETAILS},
        )
    else:
        values = _copy(
            record,
            starts_at=original,
            ends_at=original + duration if duration and not record.all_day else None,
        )
    local_end: datetime | None
    if record.all_day:
        assert duration is not None  # an all-day visit always lasts whole days
        values = _copy(values, last_day=values.starts_at.date() + duration - timedelta(days=1))
        local_start = values.starts_at
        local_end = datetime.combine(values.starts_at.date() + duration, time())
    else:
        # A date of the series the clocks skip that night is at the time it is (RFC 5545).
        starts, ends = time_zones.existing_span(values.starts_at, values.ends_at, record.timezone)
        if (starts, ends) != (values.starts_at, values.ends_at):
            values = _copy(values, starts_at=starts, ends_at=ends)
        local_start = time_zones.to_local(values.starts_at, record.timezone)
        local_end = time_zones.to_local(values.ends_at, record.timezone) if values.ends_at else None
    return Occurrence(values, original, local_start, local_end, changed=change is not None)


def _in_window(occurrence: Occurrence, low: datetime, high: datetime, overlapping: bool) -> bool:
    if not overlapping:
        return low <= occurrence.local_start < high
    end = occurrence.local_end
    if end is None or end <= occurrence.local_start:
        end = occurrence.local_start + timedelta(microseconds=1)
    return occurrence.local_start < high and end > low


def _expand(
    record: AppointmentRecord,
    low: datetime,
    high: datetime,
    overlapping: bool,
    kept: KeptCalendar,
) -> list[Occurrence]:
    """The visits of ``record`` in the window, taken from ``kept`` (made there the first
    time)."""
    if not record.rrule:
        occurrence = kept.visit(
            record, record.starts_at, partial(_occurrence, record, record.starts_at, None)
        )
        return [occurrence] if _in_window(occurrence, low, high, overlapping) else []
    changes = {change.original_start: change for change in record.changes}
    reach = (record.duration or timedelta()) if overlapping else timedelta()
    wall_low = time_zones.from_local(low, record.timezone) - _MARGIN - reach
    wall_high = time_zones.from_local(high, record.timezone) + _MARGIN
    try:
        starts = recurrence.occurrences(record.rrule, record.starts_at, wall_low, wall_high)
    except recurrence.RuleError:
        return []
    found = []
    for original in starts:
        change = changes.pop(original, None)
        if change is not None and change.cancelled:
            continue
        occurrence = kept.visit(record, original, partial(_occurrence, record, original, change))
        if _in_window(occurrence, low, high, overlapping):
            found.append(occurrence)
    for original, change in changes.items():  # dates moved here from outside the window
        if change.cancelled or change.starts_at is None:
            continue
        occurrence = kept.visit(record, original, partial(_occurrence, record, original, change))
        if _in_window(occurrence, low, high, overlapping) and recurrence.is_occurrence(
            record.rrule, record.starts_at, original
        ):
            found.append(occurrence)
    return found


def _row_duration(row: Appointment) -> timedelta:
    """How long one visit of ``row`` lasts (as ``AppointmentRecord.duration``; none is 0)."""
    if row.all_day:
        last = row.last_day or row.starts_at.date()
        return timedelta(days=(last - row.starts_at.date()).days + 1)
    return row.ends_at - row.starts_at if row.ends_at else timedelta()


def _series_reaching(
    rows: list[Appointment],
    start: datetime,
    overlapping: bool,
    moved_dates: list[tuple[int, datetime, datetime | None]],
) -> list[Appointment]:
    """The series of ``rows`` that may have a visit at or after ``start``.

    ``moved_dates`` are (series id, new start, new end) of the dates given another time.

    A series whose last start (its UNTIL, or its COUNT worked out once) is before the
    window, by more than any zone difference and (with ``overlapping``) its length, is
    left out without being expanded; so is one whose rule cannot be used (it shows no
    visit anyway). One with a date moved near or into the window is always kept.
    """
    bound = start - 2 * _MARGIN
    kept: list[Appointment] = []
    ended: list[Appointment] = []
    for row in rows:
        try:
            last = recurrence.last_start_at_most(row.rrule, row.starts_at)
        except (recurrence.RuleError, ValueError):
            continue
        reach = _row_duration(row) if overlapping else timedelta()
        # Compared as bound - reach: a series until 9999 would overflow last + reach.
        (kept if last is None or last >= bound - reach else ended).append(row)
    if ended:
        moved = {
            appointment_id
            for appointment_id, starts_at, ends_at in moved_dates
            if starts_at >= bound - MAX_SPAN or (ends_at is not None and ends_at >= bound)
        }
        kept.extend(row for row in ended if row.id in moved)
    return kept


def occurrences_between(
    start: datetime, end: datetime, overlapping: bool = False
) -> list[Occurrence]:
    """Every visit starting in [start, end) (this computer's time), series expanded.

    Cancelled dates are skipped and changed ones have their own values. With
    ``overlapping``, visits that began earlier but are still going on count too.
    Series that ended before the window are not expanded. The visits of a window are
    kept until the record changes (series_cache), so going back to a month reads nothing.
    """
    with time_zones.one_home_zone():  # not asked again for each visit
        kept = kept_calendar()
        return kept.window(
            (start, end, overlapping), partial(_read_window, kept, start, end, overlapping)
        )


def has_any_appointment() -> bool:
    """True when the calendar holds at least one appointment or series (kept until the
    record changes, as the visits are)."""
    return kept_calendar().has_appointments()


def _read_window(
    kept: KeptCalendar, start: datetime, end: datetime, overlapping: bool
) -> list[Occurrence]:
    """What :func:`occurrences_between` gives, worked out from the record and ``kept``."""
    before = _MARGIN + (MAX_SPAN if overlapping else timedelta())
    wanted = (
        (Appointment.rrule == "")
        & (Appointment.starts_at >= start - before)
        & (Appointment.starts_at < end + _MARGIN)
    )
    if overlapping:  # of those that began earlier, only the ones still going on
        wanted &= (
            (Appointment.starts_at >= start - _MARGIN)
            | (Appointment.ends_at >= start - _MARGIN)
            | (Appointment.last_day >= (start - _MARGIN).date())
        )
    # The series, their records and their visits are kept until the record changes
    # (series_cache); only the single visits of the window are read each time.
    begun = [row for row in kept.series_rows() if row.starts_at < end + _MARGIN]
    reaching = [row.id for row in _series_reaching(begun, start, overlapping, kept.moved_dates())]
    singles = [row_id for (row_id,) in tuples_of(Appointment.select(Appointment.id).where(wanted))]
    found: list[Occurrence] = []
    for record in kept.records(singles + reaching, full_rows):
        found.extend(_expand(record, start, end, overlapping, kept))
    return sorted(found, key=lambda o: (o.local_start, o.record.title.casefold(), o.key))


def in_window(
    occurrences: Iterable[Occurrence], start: datetime, end: datetime, overlapping: bool = False
) -> list[Occurrence]:
    """Those of ``occurrences`` that :func:`occurrences_between` gives for [start, end).

    ``occurrences`` must come from ``occurrences_between`` over a window holding
    [start, end), with ``overlapping``: one query serves several windows (the month's
    marks and the agenda), in the same order.
    """
    return [o for o in occurrences if _in_window(o, start, end, overlapping)]


def days_covered(occurrences: Iterable[Occurrence], first: date, last: date) -> set[date]:
    """The days from ``first`` to ``last`` (inclusive) on which one of ``occurrences`` is."""
    days: set[date] = set()
    for occurrence in occurrences:
        days.update(day for day in occurrence.local_days() if first <= day <= last)
    return days


# The windows looked through for the next visit, in days: a month, a year, five years.
_AHEAD = (35, 400, 5 * 366)


def _single_bound(after: datetime) -> datetime | None:
    """A time by which a single appointment has begun after ``after`` (one query, no
    series read), or None when none is known to: the first single whose wall-clock start
    is more than any zone difference after it begins after ``after``, and before its start
    plus that difference."""
    try:
        query = Appointment.select(Appointment.starts_at).where(
            (Appointment.rrule == "") & (Appointment.starts_at >= after + _MARGIN)
        )
        first = next(tuples_of(query.order_by(Appointment.starts_at).limit(1)), None)
        return first[0] + _MARGIN if first is not None else None
    except OverflowError:  # near the year 9999: the windows below end sooner anyway
        return None


def _windows_ahead(after: datetime) -> Iterator[datetime]:
    """The ends of the windows from ``after`` to look for the next visit in: the usual
    ones, each cut at :func:`_single_bound` (a series is then expanded only up to the
    first single visit, not over the month or year; the first found is the same, as
    that single is in the window). Each worked out when asked for: a longer one may
    pass the year 9999."""
    bound = _single_bound(after)
    for days in _AHEAD:
        end = after + timedelta(days=days)
        yield end if bound is None or end <= bound else bound


def next_occurrence(after: datetime) -> Occurrence | None:
    """The first visit starting at or after ``after`` (looking up to five years ahead)."""
    for end in _windows_ahead(after):
        found = occurrences_between(after, end)
        if found:
            return found[0]
    return None


def current_or_next_occurrence(now: datetime) -> Occurrence | None:
    """The visit going on at ``now`` (begun and not yet over; of several, the one begun
    last), else the first to begin after it: the visit the family has to think of now.

    The first window is read with the visits going on at its start, so one reading finds
    both (the visits begun before ``now`` are those going on; of the others, the first).
    """
    ends = _windows_ahead(now)
    found = occurrences_between(now, next(ends), overlapping=True)
    going = [
        o for o in found if o.local_start <= now and o.local_end is not None and o.local_end > now
    ]
    if going:
        return going[-1]
    found = [o for o in found if o.local_start >= now]
    if found:
        return found[0]
    for end in ends:
        found = occurrences_between(now, end)
        if found:
            return found[0]
    return None


def last_appointment_before(
    when: datetime, kind: str | Iterable[str], roles: Iterable[str] = ()
) -> Occurrence | None:
    """The latest visit that started before ``when`` of ``kind`` (one kind or several), or
    of any kind with someone taking part whose care-team role is one of ``roles``."""
    from caregiver_app.store.calendar.visit_people import attended_by

    kinds = {kind} if isinstance(kind, str) else set(kind)
    roles = tuple(roles)
    for days in (35, 400, 10 * 366):
        earlier = occurrences_between(when - timedelta(days=days), when)
        found = [o for o in earlier if o.record.kind in kinds]
        if roles:
            keys = {o.key for o in found} | {o.key for o in attended_by(earlier, roles)}
            found = [o for o in earlier if o.key in keys]
        if found:
            return found[-1]
    return None
