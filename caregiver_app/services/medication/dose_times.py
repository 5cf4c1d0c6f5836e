"""The times a schedule puts a medicine on one day, in the family's own clock."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from caregiver_app.store.medication.schedules import ANCHORS, DAY_HOURS, Schedule, parse_clock


def times_of_day(schedule: Schedule, usual: dict[str, time | None]) -> list[time]:
    """The clock times of a schedule's doses in one day, earliest first.

    "Every N hours from a first time" goes round the clock, as a prescription reads it:
    every 6 hours from 6 am is 6, 12, 18 and 24 (midnight) o'clock, every 8 hours from
    10 pm is 6 am, 2 pm and 10 pm. The store takes only hours that divide the day (1, 2,
    3, 4, 6, 8, 12, 24), so the times are the same every day. A schedule kept before that
    rule with other hours starts again each day at its first time, as it always has. An
    anchor whose usual time is not set gives no time (a schedule is refused before that
    can be saved).
    """
    found: set[time] = set()
    if schedule.kind == "times":
        for token in schedule.dose_times:
            at = usual.get(token) if token in ANCHORS else parse_clock(token)
            if at is not None:
                found.add(at)
    elif schedule.kind == "interval" and schedule.every_hours and schedule.first_time:
        start = datetime.combine(date(2000, 1, 1), schedule.first_time)
        step = timedelta(hours=schedule.every_hours)
        if DAY_HOURS % schedule.every_hours == 0:
            found.update(
                (start + step * count).time() for count in range(DAY_HOURS // schedule.every_hours)
            )
        else:
            moment = start
            while moment.date() == start.date():
                found.add(moment.time())
                moment += step
    return sorted(found)


def due_on(
    schedule: Schedule,
    day: date,
    usual: dict[str, time | None],
    started_on: date | None = None,
    stopped_on: date | None = None,
    started_at: datetime | None = None,
    stopped_at: datetime | None = None,
) -> list[datetime]:
    """When doses are due on ``day``: none outside the course or on a day left out.

    A start or stop saved on its own day counts from its moment (``started_at``,
    ``stopped_at``, on those days only), as a paper chart marks it: a medicine stopped at
    noon was still due at 8:00, one added at 15:00 was not. Without a moment the whole day
    counts.
    """
    if not schedule.set_up:
        return []
    if started_on is not None and day < started_on:
        return []
    # A medicine stopped on a day is not given from that day on (from its moment, if kept).
    if stopped_on is not None and (day > stopped_on or (day == stopped_on and not stopped_at)):
        return []
    if schedule.weekdays and day.isoweekday() not in schedule.weekdays:
        return []
    found = [datetime.combine(day, at) for at in times_of_day(schedule, usual)]
    if started_at is not None and day == started_on:
        found = [due for due in found if due >= started_at]
    if stopped_at is not None and day == stopped_on:
        found = [due for due in found if due < stopped_at]
    return found
