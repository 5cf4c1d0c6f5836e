"""Text with line breaks, commas, semicolons, backslashes, emoji and CJK survives a calendar export.

Run by .ci/run against the newest icalendar and against the oldest the pins allow (6.2.0).
"""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, date, datetime, time, timedelta

import icalendar
import pytest
import recurring_ical_events

from caregiver_app.services.calendar.ics_import import read_ics
from caregiver_app.services.calendar.ics_text import unescape_text
from caregiver_app.store.calendar import recurrence, time_zones
from caregiver_app.store.calendar.appointments import list_appointments, save_appointment
from caregiver_app.store.calendar.records import AppointmentRecord, OccurrenceChange
from caregiver_app.store.calendar.series import change_occurrence
from caregiver_app.store.contacts import ContactRecord, save_contact
from tests.helpers.record_snapshot import files_in, one_line, record_rows, run_cli

# What a tired family member pastes from an email: several lines and every character that
# iCalendar has to escape. No backslash comes before "n", "," or ";" here, so even
# icalendar 6.1's own reader (which turns a typed "\n" into a line break) reads it back.
TYPED = "Line one, with a comma; and a semicolon\nC:\\Temp\\李 Zoë 😀\n第三行：带上药单"
# Read back by the app's own importer, which must be exact whatever icalendar is installed.
TRICKY = "A typed \\n, a typed \\, and \\; and a last backslash \\\n\n  indented line 🙂"
TEXT_FIELDS = ("title", "location", "notes", "bring", "decisions", "driver")
FIRST = datetime(2026, 3, 2, 10, 0)
MOVED = datetime(2026, 3, 16, 10, 0)


@pytest.fixture(autouse=True)
def utc(monkeypatch):
    monkeypatch.setattr(time_zones, "local_zone_name", lambda: "UTC")


def _texts(prefix: str, text: str) -> dict[str, str]:
    return {name: f"{prefix} {name}: {text}" for name in TEXT_FIELDS}


@pytest.fixture
def series(store):
    """A weekly series whose every text field has several lines, and one changed date."""
    person = save_contact(ContactRecord(name="Dr. 王, Amara; \\ Okafor"))
    appointment = save_appointment(
        AppointmentRecord(
            starts_at=FIRST,
            ends_at=FIRST + timedelta(minutes=45),
            timezone="America/New_York",
            kind="palliative_care",
            rrule=recurrence.simple_rule("weekly", until=date(2026, 3, 30)),
            pickup_time=time(9, 15),
            video_link="https://telehealth.example.org/room?a=1;b=2,c",
            participant_ids=[person],
            **_texts("Series", TYPED),
        )
    )
    change_occurrence(
        appointment,
        OccurrenceChange(
            MOVED,
            starts_at=MOVED + timedelta(hours=5),
            ends_at=MOVED + timedelta(hours=5, minutes=45),
            **_texts("Moved", TRICKY),
        ),
    )
    return appointment


def _export(data_dir, tmp_path) -> bytes:
    target = tmp_path / "out" / "visits.ics"
    target.parent.mkdir()
    before = record_rows(data_dir)
    result = run_cli("calendar", "export", target, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"exported 1 appointment to {target}"
    assert result.stderr == ""
    assert files_in(target.parent) == ["visits.ics"]  # no temporary file left beside it
    assert record_rows(data_dir) == before
    return target.read_bytes()


def test_the_command_exports_text_of_several_lines(series, data_dir, tmp_path):
    data = _export(data_dir, tmp_path)
    assert b"\n" not in data.replace(b"\r\n", b"")  # every line break inside a value escaped
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    unfolded = data.decode("utf-8").replace("\r\n ", "").split("\r\n")
    ours = {}
    for line in unfolded:
        if line.startswith("X-CARE-COMPANION-"):
            name, value = line.split(":", 1)
            ours.setdefault(name, value)  # the series comes first
    for name in ("notes", "bring", "decisions", "driver"):
        value = ours[f"X-CARE-COMPANION-{name.upper()}"]
        assert "\\n" in value and "\\," in value and "\\;" in value
        assert unescape_text(value) == f"Series {name}: {TYPED}"


def test_icalendar_and_recurring_ical_events_read_back_what_was_typed(series, data_dir, tmp_path):
    calendar = icalendar.Calendar.from_ical(_export(data_dir, tmp_path))
    visits = recurring_ical_events.of(calendar).between(datetime(2026, 3, 1), datetime(2026, 4, 1))
    series_visits = [visit for visit in visits if str(visit["SUMMARY"]).startswith("Series")]
    assert len(series_visits) == 4  # 2, 9, 23 and 30 March; the 16th was moved
    for visit in series_visits:
        assert str(visit["SUMMARY"]) == f"Series title: {TYPED}"
        assert str(visit["LOCATION"]) == f"Series location: {TYPED}"
        description = str(visit["DESCRIPTION"])
        assert description.startswith(f"Series notes: {TYPED}\n")
        assert f"Bring or prepare: Series bring: {TYPED}" in description
        assert "Dr. 王, Amara; \\ Okafor" in description
        assert str(visit["URL"]) == "https://telehealth.example.org/room?a=1;b=2,c"
    (moved,) = [visit for visit in visits if visit not in series_visits]
    assert moved.start.astimezone(UTC) == datetime(2026, 3, 16, 19, 0, tzinfo=UTC)


def test_importing_the_export_gives_back_every_text_exactly(series, data_dir, tmp_path):
    parsed = read_ics(_export(data_dir, tmp_path))
    assert parsed.skipped == [] and parsed.notes == []
    (imported,) = parsed.appointments
    record = imported.record
    for name in TEXT_FIELDS:
        assert getattr(record, name) == f"Series {name}: {TYPED}", name
    (change,) = record.changes
    for name in TEXT_FIELDS:
        assert getattr(change, name) == f"Moved {name}: {TRICKY}", name
    assert record.video_link == "https://telehealth.example.org/room?a=1;b=2,c"
    assert record.pickup_time == time(9, 15) and record.reminders == (1440, 120)


def test_the_import_command_updates_and_every_value_stays(series, data_dir, tmp_path):
    data = _export(data_dir, tmp_path)
    source = tmp_path / "back.ics"
    source.write_bytes(data)
    (before,) = list_appointments()
    result = run_cli("calendar", "import", source, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "imported 0 appointments, updated 1, skipped 0 events"
    (after,) = list_appointments()
    kept = [f.name for f in fields(AppointmentRecord) if f.name not in ("sequence", "changes")]
    assert {name: getattr(after, name) for name in kept} == {
        name: getattr(before, name) for name in kept
    }
    assert after.changes == before.changes


def test_a_refused_export_leaves_no_file(series, data_dir, tmp_path):
    missing = tmp_path / "no-such-folder" / "visits.ics"
    result = run_cli("calendar", "export", missing, data_dir=data_dir)
    assert result.returncode == 2
    line = one_line(result)
    assert str(missing) in line and ".part" not in line
    assert not missing.parent.exists()
