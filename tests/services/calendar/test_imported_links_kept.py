"""A video link an .ics file gives is kept, not dropped: written without https://, with a
space a mail program put in, or for an app (zoommtg:). Re-importing the file keeps it too."""

from __future__ import annotations

import pytest

from caregiver_app.services.calendar.ics_files import import_parsed
from caregiver_app.services.calendar.ics_import import read_ics
from caregiver_app.store.calendar import time_zones
from caregiver_app.store.calendar.appointments import list_appointments

EVENT = """BEGIN:VEVENT
UID:{uid}@clinic.example.org
DTSTAMP:20270101T090000Z
DTSTART:20270310T090000Z
DTEND:20270310T093000Z
SUMMARY:Video visit {uid}
URL:{link}
END:VEVENT
"""
LINKS = {
    "bare": ("telehealth.example.org/room/4417", "https://telehealth.example.org/room/4417"),
    "space": (
        "https://video.example.org/j/4417?pwd=ab cd",
        "https://video.example.org/j/4417?pwd=ab cd",
    ),
    "app": ("zoommtg://zoom.us/join?confno=4417", "zoommtg://zoom.us/join?confno=4417"),
}


@pytest.fixture(autouse=True)
def utc(monkeypatch):
    monkeypatch.setattr(time_zones, "local_zone_name", lambda: "UTC")


def _file() -> bytes:
    events = "".join(EVENT.format(uid=uid, link=link) for uid, (link, _kept) in LINKS.items())
    text = f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Clinic//EN\n{events}END:VCALENDAR\n"
    return text.replace("\n", "\r\n").encode()


def test_every_link_in_the_file_is_kept(store):
    for _ in range(2):  # imported, then the same file again
        import_parsed(read_ics(_file()))
        kept = {
            record.title.removeprefix("Video visit "): record.video_link
            for record in list_appointments()
        }
        assert kept == {uid: link for uid, (_typed, link) in LINKS.items()}
