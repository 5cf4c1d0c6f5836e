"""The time zones written with an export cover every appointment in it, so a calendar that
reads a zone from the file's own VTIMEZONE (as Outlook does) puts a summer visit at the
same hour. A birthday series imported from 1950 used to leave 2026 outside the zones'
rules: a visit in July at 9:00 in Madrid read as 8:00."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
from dateutil.rrule import rrulestr

from caregiver_app.store.calendar.appointments import save_appointment
from caregiver_app.store.calendar.records import AppointmentRecord
from caregiver_app.store.opening import open_store
from tests.cli.test_cli import run_cli

VISITS = (
    ("Oncology review", datetime(2026, 7, 14, 9, 0), "Europe/Madrid"),
    ("Palliative care visit", datetime(2026, 8, 3, 10, 30), "America/New_York"),
    ("Infusion", datetime(2027, 1, 12, 8, 0), "Europe/Madrid"),
)


def _onsets(zone: icalendar.Component) -> list[tuple[datetime, timedelta]]:
    """(local start, offset from UTC) of each observance of a VTIMEZONE, read by RFC 5545
    3.6.5 alone (DTSTART, RDATE, RRULE), with no time zone database."""
    onsets = []
    for observance in zone.subcomponents:
        start = observance["DTSTART"].dt
        offset = observance["TZOFFSETTO"].td
        starts = [start]
        rdates = observance.get("RDATE", [])
        for rdate in rdates if isinstance(rdates, list) else [rdates]:
            starts += [period.dt for period in rdate.dts]
        if "RRULE" in observance:
            rule = observance["RRULE"].to_ical().decode()
            starts += list(rrulestr(rule, dtstart=start).between(start, datetime(2100, 1, 1)))
        onsets += [(at.replace(tzinfo=None), offset) for at in starts]
    return sorted(onsets)


def _offset_by_the_file(zone: icalendar.Component, local: datetime) -> timedelta:
    before = [offset for onset, offset in _onsets(zone) if onset <= local]
    assert before, f"{local} is before every rule of {zone['TZID']}"
    return before[-1]


def test_each_visit_has_its_offset_in_the_file_despite_a_series_from_1950(data_dir, tmp_path):
    database = open_store(data_dir)
    try:
        save_appointment(
            AppointmentRecord(
                title="Mum's birthday",
                starts_at=datetime(1950, 5, 20),
                all_day=True,
                last_day=date(1950, 5, 20),
                rrule="FREQ=YEARLY",
                reminders=(),
            )
        )
        for title, starts, zone in VISITS:
            save_appointment(
                AppointmentRecord(
                    title=title,
                    starts_at=starts,
                    ends_at=starts + timedelta(hours=1),
                    timezone=zone,
                )
            )
    finally:
        database.close()
    out = tmp_path / "care.ics"
    result = run_cli("--data-dir", str(data_dir), "calendar", "export", str(out))
    assert result.returncode == 0, result.stderr
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    zones = {str(zone["TZID"]): zone for zone in calendar.walk("VTIMEZONE")}
    for title, starts, zone in VISITS:
        (event,) = [e for e in calendar.walk("VEVENT") if str(e["SUMMARY"]) == title]
        written = event["DTSTART"]
        assert written.params["TZID"] == zone
        local = written.dt.replace(tzinfo=None)
        assert local == starts
        expected = ZoneInfo(zone).utcoffset(starts)
        assert _offset_by_the_file(zones[zone], local) == expected, title
