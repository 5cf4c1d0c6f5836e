"""A title longer than 120 characters comes back whole from an .ics file, the app's own
export included, and from the family's calendar server. (It was cut at 120 characters,
the length kept for naming an event in a message, and importing the export again cut the
appointment's own title.)"""

from __future__ import annotations

from datetime import datetime

from caregiver_app.services.calendar.ics_export import calendar_bytes
from caregiver_app.services.phones.events import read_event
from caregiver_app.store.calendar.appointments import list_appointments, save_appointment
from caregiver_app.store.calendar.records import AppointmentRecord
from caregiver_app.store.opening import open_store
from tests.cli.test_cli import run_cli

TITLE = (
    "Oncology review with Dr. Okafor: bring the scans, the medicine list and the questions "
    "about the new chemotherapy plan (ask about the port)"
)
CHANGED = "Infusion, chair 4 (moved): " + "ask whether the pre-medication can start earlier " * 3


def _titles(data_dir) -> list[str]:
    database = open_store(data_dir)
    try:
        return sorted(record.title for record in list_appointments())
    finally:
        database.close()


def test_the_export_imported_here_and_elsewhere_keeps_the_whole_title(data_dir, tmp_path):
    assert len(TITLE) > 120
    database = open_store(data_dir)
    try:
        save_appointment(
            AppointmentRecord(
                title=TITLE,
                starts_at=datetime(2026, 12, 20, 10, 0),
                ends_at=datetime(2026, 12, 20, 11, 0),
            )
        )
    finally:
        database.close()
    exported = tmp_path / "care.ics"
    assert run_cli("--data-dir", str(data_dir), "calendar", "export", str(exported)).returncode == 0
    elsewhere = tmp_path / "other-computer"
    for folder in (data_dir, elsewhere):
        result = run_cli("--data-dir", str(folder), "calendar", "import", str(exported))
        assert result.returncode == 0, result.stderr
        assert _titles(folder) == [TITLE]


def test_a_changed_date_and_the_server_copy_keep_the_whole_title(store):
    series = AppointmentRecord(
        title=TITLE,
        starts_at=datetime(2026, 12, 1, 9, 0),
        ends_at=datetime(2026, 12, 1, 10, 0),
        timezone="UTC",
        rrule="FREQ=WEEKLY;COUNT=4",
        uid="series@example.org",
    )
    data = calendar_bytes([series])
    changed = data.replace(
        b"END:VCALENDAR",
        (
            "BEGIN:VEVENT\r\nUID:series@example.org\r\nRECURRENCE-ID;TZID=UTC:20261208T090000\r\n"
            f"SUMMARY:{CHANGED}\r\nDTSTART;TZID=UTC:20261208T140000\r\n"
            "DTEND;TZID=UTC:20261208T150000\r\nEND:VEVENT\r\nEND:VCALENDAR"
        ).encode(),
    )
    imported = read_event(changed, "series@example.org").record
    assert imported.title == TITLE
    (change,) = imported.changes
    assert change.title == CHANGED.strip()
