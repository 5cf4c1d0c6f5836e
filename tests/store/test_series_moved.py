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
from caregiver_app.store.models import AppointmentChange

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


def _kept_under(series: int, original: datetime, **values: object) -> None:
    """A changed date written under ``original`` as another computer's copy comes in: as
    it was saved there, whatever this computer's series is now."""
    AppointmentChange.insert(
        appointment=series, original_start=original, updated_at=datetime(2027, 1, 20), **values
    ).execute()


def test_a_date_kept_under_a_start_the_series_no_longer_has_is_that_days_visit(store):
    series = save_appointment(
        AppointmentRecord(
            "Video visit", START + timedelta(hours=1), "telehealth",
            START + timedelta(hours=1, minutes=45), rrule="FREQ=WEEKLY;COUNT=5",
        )
    )  # fmt: skip
    _kept_under(series, START + WEEK, cancelled=True)
    _kept_under(
        series, START + 2 * WEEK, starts_at=START + 2 * WEEK,
        ends_at=START + 2 * WEEK + timedelta(minutes=30), notes="Ask about the oxygen.",
    )  # fmt: skip
    _kept_under(series, START + 3 * WEEK + timedelta(days=1), cancelled=True)  # no visit then
    # Was: every visit at 3 pm, Feb 4 included, and the note of Feb 11 gone.
    assert _visits() == [
        (START + timedelta(hours=1), START + timedelta(hours=1, minutes=45), ""),
        # Its notes alone were changed: at the series' time, as long as it was.
        (START + 2 * WEEK + timedelta(hours=1),
         START + 2 * WEEK + timedelta(hours=1, minutes=30), "Ask about the oxygen."),
        (START + 3 * WEEK + timedelta(hours=1), START + 3 * WEEK + timedelta(hours=1, minutes=45),
         ""),
        (START + 4 * WEEK + timedelta(hours=1), START + 4 * WEEK + timedelta(hours=1, minutes=45),
         ""),
    ]  # fmt: skip
    record = get_appointment(series)
    assert [(c.original_start, c.cancelled) for c in record.changes] == [
        (START + WEEK + timedelta(hours=1), True),
        (START + 2 * WEEK + timedelta(hours=1), False),
    ]
    save_appointment(record)  # written again under the series' own starts
    assert sorted(row.original_start for row in AppointmentChange.select()) == [
        START + WEEK + timedelta(hours=1),
        START + 2 * WEEK + timedelta(hours=1),
    ]


def test_of_two_changes_for_one_visit_the_one_under_its_own_start_is_kept(store):
    series = _series()  # Feb 4 cancelled, kept under 2 pm
    record = get_appointment(series)
    later = START + timedelta(hours=1)
    save_series(AppointmentRecord(**{**record.__dict__, "starts_at": later,
                                     "ends_at": later + timedelta(minutes=30)}))  # fmt: skip
    _kept_under(series, START + WEEK, notes="An older copy, from before the move.")
    starts = [start for start, _end, _notes in _visits()]
    assert START + WEEK + timedelta(hours=1) not in starts
    assert len(get_appointment(series).changes) == 3
