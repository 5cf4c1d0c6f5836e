"""A video visit with its link and no notes goes out in a calendar file and comes back as
it was: the link is not made its place, the file's summary line is not made its notes."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time

import icalendar
import pytest

from caregiver_app.services.calendar.ics_export import calendar_bytes
from caregiver_app.services.calendar.ics_files import import_parsed
from caregiver_app.services.calendar.ics_import import read_ics
from caregiver_app.store.calendar import time_zones
from caregiver_app.store.calendar.appointments import list_appointments, save_appointment
from caregiver_app.store.calendar.records import AppointmentRecord, OccurrenceChange
from caregiver_app.store.calendar.series import change_occurrence
from caregiver_app.store.opening import open_store

LINK = "https://video.example.org/j/4417?pwd=a;b,c"
OTHER_LINK = "https://meet.example.org/palliative-room-2"
FIRST = datetime(2027, 1, 31, 23, 30)  # monthly from the 31st, late in the evening
MOVED_FROM = datetime(2027, 3, 31, 23, 30)


@pytest.fixture(autouse=True)
def utc(monkeypatch):
    monkeypatch.setattr(time_zones, "local_zone_name", lambda: "UTC")


def _video_series() -> None:
    series = save_appointment(
        AppointmentRecord(
            "Palliative care video visit", FIRST, "telehealth", datetime(2027, 2, 1, 0, 15),
            rrule="FREQ=MONTHLY;COUNT=4", video_link=LINK, timezone="Asia/Shanghai",
        )
    )  # fmt: skip
    change_occurrence(
        series,
        OccurrenceChange(
            MOVED_FROM,
            starts_at=datetime(2027, 3, 30, 0, 0),
            ends_at=datetime(2027, 3, 30, 0, 30),
            video_link=OTHER_LINK,
            driver="Li Wei 李伟",
            pickup_time=time(23, 0),
        ),
    )


def _kept() -> list[AppointmentRecord]:
    return [replace(record, id=None, sequence=0) for record in list_appointments()]


def test_a_video_visit_imported_again_is_unchanged(store):
    _video_series()
    before = _kept()
    data = calendar_bytes(list_appointments())
    # An independent reader sees the link where calendars show it.
    master, moved = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert (str(master["URL"]), str(master["LOCATION"])) == (LINK, LINK)
    assert "Video visit: " + LINK in str(master["DESCRIPTION"])
    assert str(moved["URL"]) == OTHER_LINK
    parsed = read_ics(data)
    assert parsed.skipped == []
    import_parsed(parsed)
    # Was: location = the link, notes = "Video visit: https://...", and the moved visit
    # with a title of its own, its notes "Video visit: ... Driver: Li Wei 李伟 (pick-up at 23:00)".
    assert _kept() == before


def test_a_video_visit_moved_to_a_new_laptop_is_the_same(store, tmp_path):
    _video_series()
    before = _kept()
    data = calendar_bytes(list_appointments())
    store.close()
    fresh = open_store(tmp_path / "new-laptop")
    try:
        import_parsed(read_ics(data))
        after = _kept()
        assert [replace(r, uid="") for r in after] == [replace(r, uid="") for r in before]
    finally:
        fresh.close()
