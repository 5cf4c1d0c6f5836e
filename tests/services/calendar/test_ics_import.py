"""Importing .ics files written like real Google, Outlook and Apple exports, and hostile ones."""

import time as clock
from datetime import date, datetime, time

import pytest

from caregiver_app.cli.main import main
from caregiver_app.services.calendar.ics_import import NotICalendarError, read_ics
from caregiver_app.store.calendar import time_zones
from caregiver_app.store.calendar.appointments import list_appointments
from caregiver_app.store.calendar.imports import import_appointments
from caregiver_app.store.calendar.occurrences import occurrences_between
from caregiver_app.store.opening import open_store
from tests.helpers.paths import FIXTURES

ICS_FOLDER = FIXTURES / "ics"


@pytest.fixture(autouse=True)
def utc(monkeypatch):
    monkeypatch.setattr(time_zones, "local_zone_name", lambda: "UTC")


def _read(name: str):
    return read_ics((ICS_FOLDER / name).read_bytes())


def _event(body: str, extra: str = "") -> bytes:
    return (
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n{extra}{body}END:VCALENDAR\r\n"
    ).encode()


def _by_title(parsed):
    return {item.record.title: item.record for item in parsed.appointments}


def test_google_export_with_utc_times_a_series_a_cancelled_and_a_moved_date():
    parsed = _read("google.ics")
    assert parsed.skipped == [] and parsed.notes == []
    records = _by_title(parsed)
    video = records["Palliative care video visit"]
    assert (video.timezone, video.starts_at) == ("America/Chicago", datetime(2026, 3, 2, 14, 0))
    assert video.kind == "telehealth"
    assert video.video_link == "https://telehealth.example.org/riverside/okafor"
    assert "UNTIL=20260413T140000" in video.rrule  # UTC UNTIL read as Chicago wall clock
    assert video.reminders == (30,)
    changes = {c.original_start: c for c in video.changes}
    assert changes[datetime(2026, 3, 16, 14, 0)].cancelled
    assert changes[datetime(2026, 3, 23, 14, 0)].starts_at == datetime(2026, 3, 24, 15, 0)
    # A UTC time goes to the calendar's X-WR-TIMEZONE: 15:30 UTC is 9:30 in Chicago.
    oncology = records["Oncology review - Dr. Tanaka"]
    assert (oncology.timezone, oncology.starts_at) == (
        "America/Chicago",
        datetime(2026, 3, 5, 9, 30),
    )
    assert oncology.location == "Lakeside Cancer Center, 3rd floor, 400 Lake St"
    stay = records["Carmen staying to help"]
    assert stay.all_day and stay.last_day == date(2026, 3, 11)  # DTEND is exclusive


def test_outlook_windows_zone_names_without_vtimezone():
    records = _by_title(_read("outlook.ics"))
    infusion = records["Infusion - cycle 4"]
    assert (infusion.timezone, infusion.starts_at) == ("America/New_York", datetime(2026, 3, 4, 9))
    assert infusion.kind == "infusion" and infusion.reminders == (1080,)
    assert "Bring your medicine list" in infusion.notes
    assert records["Telehealth: family call from Berlin"].timezone == "Europe/Berlin"


def test_apple_export_with_bare_line_feeds_alarms_and_all_day():
    records = _by_title(_read("apple.ics"))
    blood = records["Blood tests"]
    assert blood.rrule == "FREQ=MONTHLY;COUNT=3" and blood.reminders == (60,)
    assert blood.kind == "lab" and blood.location == "Lakeside Lab"
    oxygen = records["Pick up oxygen refill"]
    assert oxygen.all_day and oxygen.last_day is None


def test_several_calendars_in_one_file_and_reimport_updates(store):
    data = b"".join((ICS_FOLDER / name).read_bytes() for name in ("google.ics", "outlook.ics"))
    parsed = read_ics(data)
    assert len(parsed.appointments) == 5
    first = import_appointments(parsed.appointments)
    again = import_appointments(read_ics(data).appointments)
    assert (first.imported, first.updated, again.imported, again.updated) == (5, 0, 0, 5)
    assert len(list_appointments()) == 5
    weekly = [
        o.record.starts_at
        for o in occurrences_between(datetime(2026, 3, 1), datetime(2026, 5, 1))
        if o.record.title.startswith("Palliative care video visit")
    ]
    assert weekly == [
        datetime(2026, 3, 2, 14, 0),
        datetime(2026, 3, 9, 14, 0),
        datetime(2026, 3, 24, 15, 0),
        datetime(2026, 3, 30, 14, 0),
        datetime(2026, 4, 6, 14, 0),
        datetime(2026, 4, 13, 14, 0),
    ]


def test_broken_events_are_skipped_with_position_summary_and_reason():
    body = (
        "BEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Bad date\r\nDTSTART:2026-13-45\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:2\r\nSUMMARY:No start\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:3\r\nSUMMARY:Fine\r\nDTSTART:20260301T100000\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:4\r\nSUMMARY:Every second\r\nDTSTART:20260301T100000\r\n"
        "RRULE:FREQ=SECONDLY\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:5\r\nSUMMARY:Ends first\r\nDTSTART:20260301T100000\r\n"
        "DTEND:20260501T100000\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:6\r\nSUMMARY:Never closed\r\nDTSTART:20260301T100000\r\n"
    )
    parsed = read_ics(_event(body))
    assert [item.record.title for item in parsed.appointments] == ["Fine"]
    skipped = {item.position: item for item in parsed.skipped}
    assert sorted(skipped) == [1, 2, 4, 5, 6]
    assert skipped[1].summary == "Bad date" and "DTSTART" in skipped[1].reason
    assert "no start" in skipped[2].reason
    assert "repeat rule" in skipped[4].reason
    assert "31 days" in skipped[5].reason
    assert "not closed" in skipped[6].reason


def test_an_unknown_time_zone_is_read_in_the_home_zone_and_named():
    parsed = read_ics(
        _event(
            "BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Clinic\r\n"
            "DTSTART;TZID=Mars/Olympus_Mons:20260301T100000\r\nEND:VEVENT\r\n"
        )
    )
    (item,) = parsed.appointments
    assert (item.record.starts_at, item.record.timezone) == (datetime(2026, 3, 1, 10), "UTC")
    assert any("Mars/Olympus_Mons" in note and "read as UTC time" in note for note in parsed.notes)


def test_a_file_own_vtimezone_is_used_for_a_nonstandard_name():
    zone = (
        "BEGIN:VTIMEZONE\r\nTZID:Clinic Time\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
        "TZOFFSETFROM:+0300\r\nTZOFFSETTO:+0300\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
    )
    parsed = read_ics(
        _event(
            "BEGIN:VEVENT\r\nUID:y\r\nSUMMARY:Visit\r\n"
            "DTSTART;TZID=Clinic Time:20260301T100000\r\nEND:VEVENT\r\n",
            zone,
        )
    )
    (item,) = parsed.appointments
    assert item.record.starts_at == datetime(2026, 3, 1, 7, 0)  # 10:00 at +03:00 is 7:00 UTC
    assert any("Clinic Time" in note for note in parsed.notes)
    # A later file naming the zone without defining it does not borrow this file's
    # definition (icalendar remembers it): before, the time was moved by +03:00 again.
    later = read_ics(
        _event(
            "BEGIN:VEVENT\r\nUID:z\r\nSUMMARY:Scan\r\n"
            "DTSTART;TZID=Clinic Time:20260302T100000\r\nEND:VEVENT\r\n"
        )
    )
    (scan,) = later.appointments
    assert scan.record.starts_at == datetime(2026, 3, 2, 10, 0)  # read as local (UTC) time
    assert any("is unknown" in note for note in later.notes)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x00\x01\x02binary junk\xff\xfe" * 1000,
        b"<html><body>Not a calendar</body></html>",
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Grace\r\nEND:VCARD\r\n",
        b"BEGIN:VCALENDAR\r\n" + b"\x00" * 100,
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n",  # cut off, no event, no end
    ],
)
def test_what_is_not_icalendar_is_refused(data):
    with pytest.raises(NotICalendarError):
        read_ics(data)


def test_a_ten_megabyte_file_is_handled_quickly():
    huge = "DESCRIPTION:" + "x" * (10 * 1024 * 1024) + "\r\n"
    body = (
        f"BEGIN:VEVENT\r\nUID:big\r\nSUMMARY:Huge\r\nDTSTART:20260301T100000\r\n{huge}END:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:ok\r\nSUMMARY:Normal\r\nDTSTART:20260302T100000\r\nEND:VEVENT\r\n"
    )
    started = clock.monotonic()
    parsed = read_ics(_event(body))
    assert clock.monotonic() - started < 10
    assert [item.record.title for item in parsed.appointments] == ["Normal"]
    assert parsed.skipped[0].summary == "Huge" and "too long" in parsed.skipped[0].reason
    with pytest.raises(NotICalendarError):
        read_ics(b"BEGIN:VCALENDAR\r\n" + b"X" * (17 * 1024 * 1024))


def test_import_command_prints_counts_and_skips(data_dir, tmp_path, capsys):
    good = ICS_FOLDER / "google.ics"
    assert main(["calendar", "import", str(good)]) == 0
    assert capsys.readouterr().out.strip() == "imported 3 appointments, updated 0, skipped 0 events"
    assert main(["calendar", "import", str(good)]) == 0
    assert capsys.readouterr().out.strip() == "imported 0 appointments, updated 3, skipped 0 events"
    mixed = tmp_path / "mixed.ics"
    mixed.write_bytes(
        _event(
            "BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:Broken\r\nDTSTART:nope\r\nEND:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:c\r\nSUMMARY:Lab\r\nDTSTART:20260301T080000\r\nEND:VEVENT\r\n"
        )
    )
    assert main(["calendar", "import", str(mixed)]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == "imported 1 appointment, updated 0, skipped 1 event"
    assert "skipped event 1 (Broken)" in captured.err
    junk = tmp_path / "junk.ics"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    assert main(["calendar", "import", str(junk)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "not an iCalendar" in err
    assert main(["calendar", "import", str(tmp_path / "missing.ics")]) == 2
    database = open_store(data_dir)
    try:
        assert len(list_appointments()) == 4  # three from Google, one from the mixed file
    finally:
        database.close()


def test_imported_times_survive_as_typed_in_the_appointment_zone(store):
    import_appointments(_read("outlook.ics").appointments)
    (infusion,) = [r for r in list_appointments() if r.title.startswith("Infusion")]
    assert infusion.starts_at.time() == time(9, 0) and infusion.timezone == "America/New_York"
