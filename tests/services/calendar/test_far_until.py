"""A series "until 12/31/9999" (the form allows it) in a time zone west of UTC is exported
and sent to the phones: its UNTIL in UTC would fall in year 10000, so it is the last
instant of 9999. (The export ended in an OverflowError traceback; the window reported an
unexpected error, and the phones' sync could not send it.)"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import icalendar

from caregiver_app.services.phones.events import render_events
from caregiver_app.store.calendar import recurrence
from caregiver_app.store.calendar.appointments import list_appointments, save_appointment
from caregiver_app.store.calendar.records import AppointmentRecord
from caregiver_app.store.opening import open_store
from tests.cli.test_cli import run_cli


def _series() -> AppointmentRecord:
    return AppointmentRecord(
        title="Weekly video visit",
        starts_at=datetime(2026, 12, 20, 22, 0),
        ends_at=datetime(2026, 12, 20, 22, 30),
        timezone="America/New_York",
        rrule=recurrence.simple_rule("weekly", until=date(9999, 12, 31)),
    )


def test_the_command_exports_the_series(data_dir, tmp_path):
    database = open_store(data_dir)
    try:
        save_appointment(_series())
    finally:
        database.close()
    out = tmp_path / "care.ics"
    result = run_cli("--data-dir", str(data_dir), "calendar", "export", str(out))
    assert result.returncode == 0, result.stderr
    (event,) = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    (until,) = event["RRULE"]["UNTIL"]
    assert until.utcoffset() == timedelta(0)
    assert until.replace(tzinfo=None) == datetime(9999, 12, 31, 23, 59, 59)
    assert event["DTSTART"].dt.replace(tzinfo=None) == datetime(2026, 12, 20, 22, 0)


def test_the_series_is_sent_to_the_phones(store):
    save_appointment(_series())
    (record,) = list_appointments()
    (resource,) = render_events([record], "all")
    assert b"UNTIL=99991231T235959Z" in resource.data.replace(b"\r\n ", b"")
