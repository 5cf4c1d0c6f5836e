"""Events without a title (no SUMMARY), from a file or the family's calendar server: nothing
is made up, and a title the family already gave the appointment is not wiped."""

from __future__ import annotations

from dataclasses import replace

from icalendar import Calendar

from caregiver_app.services.calendar.ics_export import calendar_bytes
from caregiver_app.services.calendar.ics_files import import_parsed
from caregiver_app.services.calendar.ics_import import read_ics
from caregiver_app.services.phones.events import merge_from_phone, read_event, render_events
from caregiver_app.store.calendar.appointments import list_appointments, save_appointment

BODY = (
    "BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20261201T090000Z\r\n{summary}"
    "DTSTART:20261210T100000Z\r\nDTEND:20261210T110000Z\r\n"
    "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT2H\r\nEND:VALARM\r\nEND:VEVENT\r\n"
)


def _file(uid: str = "drain@clinic.example", summary: str = "") -> bytes:
    body = BODY.format(uid=uid, summary=f"SUMMARY:{summary}\r\n" if summary else "")
    head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Clinic//EN\r\n"
    return f"{head}{body}END:VCALENDAR\r\n".encode()


def test_a_file_event_without_summary_is_kept_and_sent_back_without_one(store):
    import_parsed(read_ics(_file()))
    [record] = list_appointments()
    assert record.title == ""
    for data in (calendar_bytes([record]), render_events([record], "all")[0].data):
        [event] = Calendar.from_ical(data).walk("VEVENT")
        assert "SUMMARY" not in event
        assert all(str(alarm.get("DESCRIPTION", "")) == "" for alarm in event.walk("VALARM"))


def test_a_later_copy_without_summary_keeps_the_title_the_family_gave(store):
    import_parsed(read_ics(_file()))
    [record] = list_appointments()
    save_appointment(replace(record, title="Pleural drain check"))  # typed in the form
    import_parsed(read_ics(_file()))  # the same event again, still without a title
    assert [r.title for r in list_appointments()] == ["Pleural drain check"]
    import_parsed(read_ics(_file(summary="Drain check, ward 4")))
    assert [r.title for r in list_appointments()] == ["Drain check, ward 4"]


def test_the_server_sends_an_event_without_summary(store):
    incoming = read_event(_file(uid="phone-1@example.org"))
    assert incoming.record.title == "" and "title" not in incoming.carried
    save_appointment(replace(incoming.record, id=None))
    [kept] = list_appointments()
    assert kept.title == ""
    named = replace(kept, title="Oncology review")
    assert merge_from_phone(named, incoming, "all").title == "Oncology review"
