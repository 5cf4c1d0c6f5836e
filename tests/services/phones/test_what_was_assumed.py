"""An event made on a phone that the app can take only by assuming something (a time zone
it does not know, an end before the start) is taken, and the sync says what was assumed,
as a calendar import does."""

from __future__ import annotations

from datetime import datetime

import pytest

from caregiver_app.services.home_zone_text import zone_place
from caregiver_app.services.phones.sync import sync_phones
from caregiver_app.store.calendar.appointments import list_appointments
from caregiver_app.store.calendar.time_zones import local_zone_name
from tests.services.phones.helpers import CALENDAR, link

pytestmark = [pytest.mark.enable_socket, pytest.mark.allow_hosts(["127.0.0.1"])]

_WRAPPED = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Phone//EN\r\n%sEND:VCALENDAR\r\n"


@pytest.mark.parametrize(
    ("event", "said"),
    [
        (
            b"BEGIN:VEVENT\r\nUID:zone@phone\r\nDTSTAMP:20270301T080000Z\r\n"
            b"DTSTART;TZID=Clinic Time:20270312T080000\r\n"
            b"DTEND;TZID=Clinic Time:20270312T090000\r\nSUMMARY:Scan\r\nEND:VEVENT\r\n",
            "ride.ics on the server: Event 1 (Scan): the time zone “Clinic Time” is unknown; "
            f"its times were read as {zone_place(local_zone_name())} time.",  # no home zone
        ),
        (
            b"BEGIN:VEVENT\r\nUID:end@phone\r\nDTSTAMP:20270301T080000Z\r\n"
            b"DTSTART:20270312T080000Z\r\nDTEND:20270312T070000Z\r\nSUMMARY:Scan\r\n"
            b"END:VEVENT\r\n",
            "ride.ics on the server: Event 1 (Scan): its end is before its start, so the end "
            "was left out.",
        ),
    ],
)
def test_what_was_assumed_of_a_phones_event_is_said(store, radicale, phone, event, said):
    link(radicale)
    sync_phones()
    phone.put(phone.collection(CALENDAR) + "ride.ics", _WRAPPED % event)

    report = sync_phones()

    assert report.received == 1
    (record,) = list_appointments()
    assert (record.title, record.starts_at.date()) == ("Scan", datetime(2027, 3, 12).date())
    assert said in report.conflicts
