"""Every visit of a series moved to another time or day: a visit cancelled, moved or noted
on its own stays so, as the same visit of the series."""

from __future__ import annotations

from datetime import datetime, timedelta

from caregiver_app.store.calendar.appointments import get_appointment, save_appointment
from caregiver_app.store.calendar.occurrences import occurrences_between
from caregiver_app.store.calendar.records import AppointmentRecord, OccurrenceChange
from caregiver_app.store.calendar.series import (
    cancel_occurrence,
    carry_changes,
    change_occurrence,
    save_series,
)

START = datetime(2027, 1, 28, 14, 0)  # weekly, across the end of January
WEEK = timedelta(weeks=1)


def _series() -> int:
    record = AppointmentRecord(
        "Video visit", START, "telehealth", START + timedelta(minutes=30),
        rrule="FREQ=WEEKLY;COUNT=5",
    )  # fmt: skip
    series = save_appointment(record)
    cancel_occurrence(series, START + WEEK)  # Feb 4: the family deleted it
    change_occurrence(
        series,
        OccurrenceChange(
            START + 2 * WEEK,
            starts_at=START + 2 * WEEK - timedelta(hours=4),
            ends_at=START + 2 * WEEK - timedelta(hours=3),
            notes="Moved to the morning: transport only then.",
        ),
    )
    change_occurrence(  # notes only: the form keeps the series' time for it
        series,
        OccurrenceChange(
            START + 3 * WEEK,
            starts_at=START + 3 * WEEK,
            ends_at=START + 3 * WEEK + timedelta(minutes=30),
            notes="Ask about the oxygen.",
        ),
    )
    return series


def _visits() -> list[tuple[datetime, datetime | None, str]]:
    found = occurrences_between(datetime(2027, 1, 1), datetime(2027, 4, 1))
    return [(o.record.starts_at, o.record.ends_at, o.record.notes) for o in found]


def test_a_series_moved_an_hour_later_keeps_its_deleted_moved_and_noted_visits(store):
    series = _series()
    record = get_appointment(series)
    later = timedelta(hours=1)
    save_series(
        AppointmentRecord(**{**record.__dict__, "starts_at": START + later,
                             "ends_at": START + later + timedelta(minutes=45)})
    )  # fmt: skip
    # Was: Feb 4 back, the morning visit back at 3 pm without its note, the note gone.
    assert _visits() == [
        (START + later, START + later + timedelta(minutes=45), ""),
        (START + 2 * WEEK - timedelta(hours=4), START + 2 * WEEK - timedelta(hours=3),
         "Moved to the morning: transport only then."),
        (START + 3 * WEEK + later, START + 3 * WEEK + later + timedelta(minutes=45),
         "Ask about the oxygen."),
        (START + 4 * WEEK + later, START + 4 * WEEK + later + timedelta(minutes=45), ""),
    ]  # fmt: skip


def test_a_series_moved_to_the_next_day_keeps_the_same_visits_changed(store):
    series = _series()
    record = get_appointment(series)
    day = timedelta(days=1)
    save_series(
        AppointmentRecord(**{**record.__dict__, "starts_at": START + day,
                             "ends_at": START + day + timedelta(minutes=30)})
    )  # fmt: skip
    starts = [start for start, _end, _notes in _visits()]
    assert starts == [
        START + day,
        START + 2 * WEEK - timedelta(hours=4),
        START + 3 * WEEK + day,
        START + 4 * WEEK + day,
    ]


def test_a_new_repeat_pattern_is_left_to_the_store(store):
    series = _series()
    before = get_appointment(series)
    after = AppointmentRecord(**{**before.__dict__, "starts_at": START + timedelta(hours=1),
                                 "rrule": "FREQ=WEEKLY;INTERVAL=2;COUNT=3"})  # fmt: skip
    assert carry_changes(before, after) is after
