"""Times that come with an offset land in the family's home time zone, not in the zone of
the computer that reads them: a diary CSV from a phone, a phone's UTC time, an export's
offsets, an .ics visit."""

from datetime import datetime

from caregiver_app.services.calendar.ics_import import read_ics
from caregiver_app.services.diary.csv_file import read_csv
from caregiver_app.services.local_time import local_iso
from caregiver_app.services.phones.events import last_modified
from tests.helpers.time_zone import NEW_YORK, home_away


def test_a_diary_csv_with_offsets_lands_on_new_york_time_on_a_laptop_in_los_angeles(store):
    text = (
        "recorded_at,pain\r\n"
        "2026-01-15T14:28:00Z,1\r\n"  # UTC: 09:28 in New York (6:28 on this laptop)
        "2026-01-15T15:28:00+02:00,2\r\n"  # 08:28 in New York
        "2026-01-15T09:28:00-05:00,3\r\n"  # New York's own
        "2026-01-15T09:28:00,4\r\n"  # no offset: the time as written
    )
    with home_away():
        entries = read_csv(text.encode("ascii")).entries
        assert [e.recorded_at for e in entries] == [
            datetime(2026, 1, 15, 9, 28),
            datetime(2026, 1, 15, 8, 28),
            datetime(2026, 1, 15, 9, 28),
            datetime(2026, 1, 15, 9, 28),
        ]
        # What is written out again carries New York's offset.
        assert local_iso(datetime(2026, 1, 15, 9, 28)) == "2026-01-15T09:28:00-05:00"


def test_a_phones_utc_time_is_new_york_wall_time(store):
    with home_away():
        data = b"BEGIN:VEVENT\r\nLAST-MODIFIED:20260115T142800Z\r\nEND:VEVENT\r\n"
        assert last_modified(data) == datetime(2026, 1, 15, 9, 28)


def test_an_ics_visit_in_utc_is_kept_on_new_york_time(store):
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        b"UID:visit-1\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20260115T150000Z\r\n"
        b"DTEND:20260115T160000Z\r\nSUMMARY:Oncology review\r\nEND:VEVENT\r\n"
        b"END:VCALENDAR\r\n"
    )
    with home_away():
        (item,) = read_ics(data).appointments
        assert (item.record.starts_at, item.record.timezone) == (
            datetime(2026, 1, 15, 10, 0),
            NEW_YORK,
        )


def test_an_unknown_zone_is_read_on_home_time_and_the_note_says_so(store):
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        b"UID:visit-2\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;TZID=Clinic Time:20260115T080000\r\n"
        b"DTEND;TZID=Clinic Time:20260115T090000\r\nSUMMARY:Scan\r\nEND:VEVENT\r\n"
        b"END:VCALENDAR\r\n"
    )
    with home_away():
        calendar = read_ics(data)
        (item,) = calendar.appointments
        # 8:00 on the family's clock in New York, where the visit is.
        assert item.record.starts_at == datetime(2026, 1, 15, 8, 0)
        assert item.record.timezone in ("", NEW_YORK)
        (note,) = calendar.notes
        # Before: "read as this computer's local time", which is Los Angeles here: untrue.
        assert "“Clinic Time” is unknown; its times were read as New York time" in note
        assert "this computer" not in note
