"""The .ics export follows RFC 5545, and other readers find the same visits at the same instants."""

import re
from datetime import UTC, date, datetime, time

import icalendar
import pytest
import recurring_ical_events

from caregiver_app.cli.main import main
from caregiver_app.services.calendar.ics_export import calendar_bytes
from caregiver_app.services.calendar.ics_import import read_ics
from caregiver_app.store.calendar import recurrence, time_zones
from caregiver_app.store.calendar.appointments import list_appointments, save_appointment
from caregiver_app.store.calendar.imports import import_appointments
from caregiver_app.store.calendar.occurrences import occurrences_between
from caregiver_app.store.calendar.records import AppointmentRecord, OccurrenceChange
from caregiver_app.store.calendar.series import cancel_occurrence, change_occurrence
from caregiver_app.store.contacts import ContactRecord, save_contact

LOW, HIGH = datetime(2026, 2, 1), datetime(2026, 6, 1)


@pytest.fixture(autouse=True)
def utc(monkeypatch):
    monkeypatch.setattr(time_zones, "local_zone_name", lambda: "UTC")


@pytest.fixture
def calendar(store):
    doctor = save_contact(ContactRecord(name="Dr. Amara Okafor", role="palliative care physician"))
    series = save_appointment(
        AppointmentRecord(
            title="Palliative care, weekly; a long title that needs folding across lines",
            kind="palliative_care",
            starts_at=datetime(2026, 3, 2, 10, 0),  # New York changes to summer time on 8 March
            ends_at=datetime(2026, 3, 2, 10, 45),
            timezone="America/New_York",
            location="Riverside Palliative Care Clinic, Suite 200, 12 Long Avenue, Springfield",
            rrule=recurrence.simple_rule("weekly", until=date(2026, 4, 20)),
            driver="Carmen Delgado",
            pickup_time=time(9, 15),
            bring="Medicine list; the diary; 李 Zoë",
            participant_ids=[doctor],
        )
    )
    cancel_occurrence(series, datetime(2026, 3, 16, 10, 0))
    change_occurrence(
        series,
        OccurrenceChange(
            datetime(2026, 3, 23, 10, 0),
            title="Palliative care (moved)",
            starts_at=datetime(2026, 3, 24, 15, 0),
            ends_at=datetime(2026, 3, 24, 15, 45),
        ),
    )
    save_appointment(
        AppointmentRecord(
            title="Scan days",
            kind="imaging",
            starts_at=datetime(2026, 3, 5),
            all_day=True,
            last_day=date(2026, 3, 6),
            reminders=(),
        )
    )
    save_appointment(
        AppointmentRecord(
            title="Infusion",
            kind="infusion",
            starts_at=datetime(2026, 3, 25, 9, 0),
            ends_at=datetime(2026, 3, 25, 12, 0),
            timezone="Europe/Berlin",
            video_link="https://telehealth.example.org/room",
        )
    )
    return calendar_bytes(list_appointments(), datetime(2026, 2, 1, tzinfo=UTC))


def test_the_file_has_what_rfc_5545_requires(calendar):
    assert calendar.startswith(b"BEGIN:VCALENDAR\r\n") and calendar.endswith(b"END:VCALENDAR\r\n")
    lines = calendar.split(b"\r\n")
    assert b"\n" not in calendar.replace(b"\r\n", b"")  # CRLF only
    assert all(len(line) <= 75 for line in lines)  # folded at 75 octets
    assert any(line.startswith(b" ") for line in lines)  # and something was folded
    text = calendar.decode("utf-8")
    unfolded = re.sub(r"\r\n[ \t]", "", text)
    assert "PRODID:-//Care Companion//" in unfolded and "VERSION:2.0" in unfolded
    assert unfolded.count("BEGIN:VEVENT") == 4  # series, changed date, all-day, infusion
    assert unfolded.count("UID:") == 4 and unfolded.count("DTSTAMP:") == 4
    events = unfolded[unfolded.index("BEGIN:VEVENT") :]  # VTIMEZONE times are local by design
    for line in events.splitlines():
        if line.startswith(("DTSTART", "DTEND", "RECURRENCE-ID", "EXDATE")):
            assert "TZID=" in line or "VALUE=DATE" in line or line.endswith("Z"), line
    for zone in ("America/New_York", "Europe/Berlin"):
        assert f"BEGIN:VTIMEZONE\r\nTZID:{zone}" in text
    assert "DTSTART;VALUE=DATE:20260305" in unfolded
    assert "DTEND;VALUE=DATE:20260307" in unfolded  # exclusive end of a two-day event
    assert "RRULE:FREQ=WEEKLY;UNTIL=20260421T035959Z" in unfolded  # UNTIL in UTC
    assert "EXDATE;TZID=America/New_York:20260316T100000" in unfolded
    assert "RECURRENCE-ID;TZID=America/New_York:20260323T100000" in unfolded
    assert "TRIGGER:-P1D" in unfolded and "TRIGGER:-PT2H" in unfolded
    assert "LOCATION:Riverside Palliative Care Clinic\\, Suite 200" in unfolded
    assert "With: Dr. Amara Okafor" in unfolded and "李 Zoë" in unfolded


def test_other_readers_find_the_same_visits_at_the_same_instants(calendar):
    parsed = icalendar.Calendar.from_ical(calendar)
    theirs = sorted(
        (
            event.start.astimezone(UTC)
            if isinstance(event.start, datetime)
            else datetime.combine(event.start, time(), UTC),
            str(event["SUMMARY"]),
        )
        for event in recurring_ical_events.of(parsed).between(LOW, HIGH)
    )
    ours = sorted(
        (
            time_zones.to_utc(o.record.starts_at, o.record.timezone),
            o.record.title,
        )
        for o in occurrences_between(LOW, HIGH)
    )
    assert theirs == ours
    weekly = [when for when, title in ours if title.startswith("Palliative care, weekly")]
    # 10:00 in New York, before and after the change to summer time.
    assert weekly[0] == datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
    assert weekly[1] == datetime(2026, 3, 9, 14, 0, tzinfo=UTC)
    assert len(weekly) == 6  # 8 weeks, less the cancelled and the moved dates


def test_importing_the_export_back_updates_and_loses_nothing(calendar):
    before = [
        (o.record.title, o.record.starts_at, o.record.driver, o.record.pickup_time, o.record.bring)
        for o in occurrences_between(LOW, HIGH)
    ]
    parsed = read_ics(calendar)
    assert parsed.skipped == [] and parsed.notes == []
    counts = import_appointments(parsed.appointments)
    assert (counts.imported, counts.updated) == (0, 3)
    after = [
        (o.record.title, o.record.starts_at, o.record.driver, o.record.pickup_time, o.record.bring)
        for o in occurrences_between(LOW, HIGH)
    ]
    assert after == before


def test_export_command_with_dates(calendar, data_dir, tmp_path, capsys):
    target = tmp_path / "visits.ics"
    assert (
        main(["calendar", "export", str(target), "--from", "2026-03-25", "--to", "2026-03-25"]) == 0
    )
    assert "exported 1 appointment to" in capsys.readouterr().out
    assert b"SUMMARY:Infusion" in target.read_bytes()
    assert (
        main(["calendar", "export", str(target), "--from", "2026-04-01", "--to", "2026-03-01"]) == 2
    )
    assert "--from must not be after --to" in capsys.readouterr().err
