"""A visit with no time zone of its own (it follows the family's home zone) goes out in a
calendar file and comes back still following the home zone, not pinned to the zone the
file had to name; a series and a changed date of it too."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import icalendar

from caregiver_app.services.calendar.ics_export import calendar_bytes
from caregiver_app.services.calendar.ics_files import import_parsed
from caregiver_app.services.calendar.ics_import import read_ics
from caregiver_app.store.calendar.appointments import list_appointments, save_appointment
from caregiver_app.store.calendar.occurrences import occurrences_between
from caregiver_app.store.calendar.records import AppointmentRecord, OccurrenceChange
from caregiver_app.store.calendar.series import change_occurrence
from caregiver_app.store.opening import open_store
from caregiver_app.store.queries import ProfileData, save_profile
from tests.helpers.time_zone import NEW_YORK, home_away

MADRID = "Europe/Madrid"
FIRST = datetime(2027, 3, 3, 10, 0)


def _visits() -> None:
    save_appointment(
        AppointmentRecord("Palliative care visit", datetime(2027, 3, 1, 9, 30), "palliative_care")
    )
    series = save_appointment(
        AppointmentRecord(
            "Infusion", FIRST, "infusion", datetime(2027, 3, 3, 12, 0), rrule="FREQ=WEEKLY;COUNT=4"
        )
    )
    change_occurrence(
        series,
        OccurrenceChange(datetime(2027, 3, 10, 10, 0), starts_at=datetime(2027, 3, 10, 14, 0)),
    )
    save_appointment(
        AppointmentRecord("Scan in Madrid", datetime(2027, 3, 2, 8, 0), "imaging", timezone=MADRID)
    )


def _kept() -> list[AppointmentRecord]:
    return [replace(record, id=None, sequence=0, uid="") for record in list_appointments()]


def _starts() -> list[datetime]:
    return [o.local_start for o in occurrences_between(datetime(2027, 3, 1), datetime(2027, 4, 1))]


def test_a_visit_in_the_home_zone_comes_back_following_it(store, tmp_path):
    with home_away(NEW_YORK):
        _visits()
        before = _kept()
        data = calendar_bytes(list_appointments())
        # Other calendars read the zone the file names; the mark is for Care Companion.
        events = icalendar.Calendar.from_ical(data).walk("VEVENT")
        marked = {str(e["SUMMARY"]): str(e.get("X-CARE-COMPANION-TIMEZONE", "")) for e in events}
        assert marked == {"Palliative care visit": "home", "Infusion": "home", "Scan in Madrid": ""}
        assert all(e["DTSTART"].params.get("TZID") for e in events)
        store.close()
        fresh = open_store(tmp_path / "new-laptop")
        try:
            save_profile(ProfileData(home_time_zone=NEW_YORK))
            parsed = read_ics(data)
            assert parsed.skipped == []
            import_parsed(parsed)
            # Was: every one came back with timezone "America/New_York".
            assert _kept() == before
            # The family moves the home zone to Madrid: the home visits keep their wall
            # times there, the visit with its own zone keeps its moment.
            save_profile(ProfileData(home_time_zone=MADRID))
            assert datetime(2027, 3, 1, 9, 30) in _starts()
            assert datetime(2027, 3, 10, 14, 0) in _starts()
        finally:
            fresh.close()


def test_a_file_from_another_home_zone_keeps_its_moments(store, tmp_path):
    # Written where home is New York, read where home is Madrid: the visits are not moved
    # to Madrid's 9:30; they keep New York's zone, so the moment is the one written.
    with home_away(NEW_YORK):
        _visits()
        data = calendar_bytes(list_appointments())
        store.close()
        fresh = open_store(tmp_path / "madrid")
        try:
            save_profile(ProfileData(home_time_zone=MADRID))
            import_parsed(read_ics(data))
            zones = {record.title: record.timezone for record in list_appointments()}
            assert zones == {
                "Palliative care visit": NEW_YORK,
                "Infusion": NEW_YORK,
                "Scan in Madrid": MADRID,
            }
        finally:
            fresh.close()
