"""Which appointment reminders are due, given the time now (always passed in, never read).

:func:`due_reminders` is pure: occurrences, the reminders already shown and the
clock in, reminders out. :func:`check_reminders` loads those from the store,
records what it returns as shown (so each reminder is shown once). The caller
says when it last checked (the window keeps that in its settings, not in the
record, so checking never changes the record), so reminders that fell due while
the app was closed are found on the next start.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from caregiver_app.store.calendar import reminder_log, time_zones
from caregiver_app.store.calendar.occurrences import occurrences_between
from caregiver_app.store.calendar.records import MAX_REMINDER_MINUTES, Occurrence
from caregiver_app.store.calendar.reminder_log import ReminderKey

# Reminders missed while the app was closed are looked for this far back at most.
MISSED_LOOKBACK = timedelta(days=14)
DAY_MINUTES = 24 * 60
FORGET_AFTER = timedelta(days=60)
# The window checks each minute; two checks further apart than this mean it was closed (or
# the computer slept) in between. Closer, an "At the start" reminder shown a few seconds
# after the start was not missed: the window was open and shows it at the next check.
CLOSED_GAP = timedelta(minutes=5)


@dataclass(frozen=True)
class DueReminder:
    """A reminder to show now for one visit; ``keys`` are every offset it covers."""

    occurrence: Occurrence
    minutes_before: int  # the nearest offset that fell due
    due_at: datetime  # UTC
    missed: bool  # the visit had already begun: the reminder fell due while the app was closed
    keys: tuple[ReminderKey, ...]


def start_instant(occurrence: Occurrence) -> datetime:
    """When the visit begins, in UTC (an all-day visit at midnight, this computer's time)."""
    record = occurrence.record
    if record.all_day:
        return time_zones.to_utc(occurrence.local_start, time_zones.home_zone_name())
    return time_zones.to_utc(record.starts_at, record.timezone)


def reminder_due_at(begins: datetime, minutes: int) -> datetime:
    """When a reminder ``minutes`` before a visit that ``begins`` (UTC) falls due.

    Whole days and weeks before keep the clock time: "1 day before" a 10:00 visit is 10:00
    the day before on this computer's clock, also when the clocks change in between (24
    hours before would be 9:00 or 11:00 then). Hours and minutes before are time that passes.
    """
    if minutes <= 0 or minutes % DAY_MINUTES:
        return begins - timedelta(minutes=minutes)
    local = time_zones.home_zone_name()
    wall = begins.astimezone(time_zones.zone(local)).replace(tzinfo=None)
    return time_zones.to_utc(wall - timedelta(days=minutes // DAY_MINUTES), local)


def due_reminders(
    occurrences: Iterable[Occurrence],
    delivered: set[ReminderKey],
    now: datetime,
    since: datetime | None,
) -> list[DueReminder]:
    """The reminders to show at ``now`` (aware), one per visit, soonest visit first.

    A reminder is due once its time has come and it has not been shown. If the
    visit is still ahead it is shown; if the visit has begun, it is shown as missed
    only when it fell due after ``since`` (the last check), that is, while the app
    was closed. Several offsets due at once (the app opened an hour before a visit)
    make one reminder. It is said to be missed only when the window was closed (the last
    check more than ``CLOSED_GAP`` ago) as well.
    """
    found = []
    for occurrence in occurrences:
        begins = start_instant(occurrence)
        due = []
        for minutes in occurrence.record.reminders:
            key = (occurrence.appointment_id, occurrence.original_start, minutes)
            due_at = reminder_due_at(begins, minutes)
            if key in delivered or due_at > now:
                continue
            if begins > now or (since is not None and due_at > since):
                due.append((minutes, due_at, key))
        if due:
            minutes, due_at, _key = min(due)
            closed = since is None or now - since > CLOSED_GAP
            found.append(
                DueReminder(
                    occurrence=occurrence,
                    minutes_before=minutes,
                    due_at=due_at,
                    missed=begins <= now and closed,
                    keys=tuple(key for _m, _d, key in due),
                )
            )
    return sorted(found, key=lambda reminder: reminder.occurrence.local_start)


def check_reminders(now: datetime, since: datetime | None) -> list[DueReminder]:
    """Find the reminders due at ``now`` (aware), record them as shown, and return them.

    ``since`` is when reminders were last checked (None the first time).
    """
    now = now.astimezone(UTC)
    local_now = time_zones.wall_time(now, time_zones.home_zone_name())
    if since is not None and since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    earliest = local_now - timedelta(days=1)
    if since is not None:
        earliest = min(earliest, max(local_now - MISSED_LOOKBACK, local_now - (now - since)))
    occurrences = occurrences_between(
        earliest, local_now + timedelta(minutes=MAX_REMINDER_MINUTES, days=1)
    )
    delivered = reminder_log.delivered_keys(earliest - timedelta(days=2))
    reminders = due_reminders(occurrences, delivered, now, since)
    reminder_log.record_delivered(
        [key for reminder in reminders for key in reminder.keys], local_now
    )
    if reminders:  # only then: a check that finds nothing leaves the record as it was
        reminder_log.forget_before(local_now - FORGET_AFTER)
    return reminders


def coming_soon(now: datetime) -> list[Occurrence]:
    """Today's visits not yet over and tomorrow's, this computer's time (for start-up)."""
    local_now = time_zones.wall_time(now, time_zones.home_zone_name())
    today = datetime.combine(local_now.date(), time())
    found = occurrences_between(today, today + timedelta(days=2), overlapping=True)
    return [o for o in found if (o.local_end or o.local_start) >= local_now]
