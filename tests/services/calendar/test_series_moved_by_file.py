"""The clinic's calendar file moves a weekly visit the family imported to another time: the
date the family cancelled stays cancelled, the date they moved stays moved and the question
planned for a date stays planned for it, at the new time; the .ics export names them so."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from icalendar import Calendar

from caregiver_app.services.calendar.ics_export import calendar_bytes
from caregiver_app.services.calendar.ics_files import import_parsed
from caregiver_app.services.calendar.ics_import import read_ics
from caregiver_app.store.calendar import time_zones
from caregiver_app.store.calendar.appointments import list_appointments
from caregiver_app.store.calendar.occurrences import occurrences_between
from caregiver_app.store.calendar.records import OccurrenceChange
from caregiver_app.store.calendar.series import cancel_occurrence, change_occurrence
from caregiver_app.store.questions import QuestionRecord, get_question, save_question

TWO = datetime(2027, 4, 5, 14, 0)  # Monday 5 April 2027, weekly, five visits
THREE = TWO + timedelta(hours=1)
WEEK = timedelta(weeks=1)
TUESDAY = datetime(2027, 4, 27, 10, 0)  # the 26 April visit, moved by the family


@pytest.fixture(autouse=True)
def _utc(monkeypatch):
    monkeypatch.setattr(time_zones, "local_zone_name", lambda: "UTC")


def _clinic_file(hour: int, sequence: int) -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Riverside Clinic//EN\r\n"
        "BEGIN:VEVENT\r\nUID:palliative-weekly@riverside.example\r\n"
        f"SEQUENCE:{sequence}\r\nDTSTAMP:20270301T090000Z\r\n"
        f"DTSTART:20270405T{hour:02d}0000\r\nDTEND:20270405T{hour + 1:02d}0000\r\n"
        "RRULE:FREQ=WEEKLY;COUNT=5\r\nSUMMARY:Palliative care clinic\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


def test_a_series_moved_by_the_clinics_file_keeps_the_familys_dates(store):
    import_parsed(read_ics(_clinic_file(14, 0)))
    (series,) = list_appointments()
    assert series.id is not None and series.starts_at == TWO
    cancel_occurrence(series.id, TWO + 2 * WEEK)
    change_occurrence(
        series.id,
        OccurrenceChange(TWO + 3 * WEEK, starts_at=TUESDAY, ends_at=TUESDAY + timedelta(hours=1)),
    )
    question = save_question(
        QuestionRecord(
            "Can the morphine dose go up?", appointment_id=series.id,
            occurrence_start=TWO + 4 * WEEK,
        )
    )  # fmt: skip

    import_parsed(read_ics(_clinic_file(15, 1)))  # the clinic moved it to 3:00 PM

    found = occurrences_between(datetime(2027, 4, 1), datetime(2027, 6, 1))
    # Was: 19 April back at 3:00 PM, 26 April back at 3:00 PM and not on Tuesday.
    assert [o.record.starts_at for o in found] == [THREE, THREE + WEEK, TUESDAY, THREE + 4 * WEEK]
    # Was: the question planned for the series as a whole.
    assert get_question(question).occurrence_start == THREE + 4 * WEEK
    (event, moved) = sorted(
        Calendar.from_ical(calendar_bytes(list_appointments())).walk("VEVENT"),
        key=lambda component: "recurrence-id" in component,
    )
    assert [when.dt.replace(tzinfo=None) for when in event.get("exdate").dts] == [THREE + 2 * WEEK]
    assert moved.decoded("recurrence-id").replace(tzinfo=None) == THREE + 3 * WEEK
