"""Two-way sync with a real Radicale: publish, edit on the phone side, sync back, compare."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from caregiver_app.services.phones import connection
from caregiver_app.services.phones.errors import PhonesError
from caregiver_app.services.phones.sync import phones_status, resolve_deletion, sync_phones
from caregiver_app.store.calendar.appointments import (
    delete_appointment,
    get_appointment,
    list_appointments,
    save_appointment,
)
from caregiver_app.store.calendar.records import AppointmentRecord
from caregiver_app.store.contacts import get_contact, list_contacts
from tests.services.phones.helpers import BOOK, CALENDAR, link, person, series, visit

pytestmark = [pytest.mark.enable_socket, pytest.mark.allow_hosts(["127.0.0.1"])]


def _edit(data: bytes, old: bytes, new: bytes) -> bytes:
    assert old in data, data
    return data.replace(old, new)


def test_connection_lists_and_creates_collections(store, radicale):
    before = connection.test_connection(radicale.url, radicale.user, radicale.password)
    assert CALENDAR not in before.calendars
    link(radicale)
    after = connection.test_connection(radicale.url, radicale.user, radicale.password)
    assert CALENDAR in after.calendars
    assert BOOK in after.address_books
    assert BOOK not in after.calendars


def test_a_wrong_password_is_one_sentence(store, radicale):
    with pytest.raises(PhonesError) as caught:
        connection.test_connection(radicale.url, radicale.user, "wrong")
    assert caught.value.kind == "wrong-password"
    assert "password" in str(caught.value)


def test_publish_sends_private_events_and_the_care_team(store, radicale, phone):
    link(radicale)
    single = visit(notes="Ask about the scan", location="Clinic 3")
    person()
    report = sync_phones()
    assert report.sent == 2
    assert report.received == 0
    assert report.waiting == 0
    events = phone.events(phone.collection(CALENDAR))
    record = get_appointment(single)
    event = events[record.uid].walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == "Oncology review"
    assert str(event["CLASS"]) == "PRIVATE"
    assert str(event["LOCATION"]) == "Clinic 3"
    assert "Ask about the scan" in str(event["DESCRIPTION"])
    cards = phone.resources(phone.collection(BOOK))
    assert len(cards) == 1
    assert b"FN:Dr. Ana Ruiz" in next(iter(cards.values()))
    again = sync_phones()
    assert (again.sent, again.received) == (0, 0)
    assert phones_status().in_step_as_of is not None


@pytest.mark.parametrize(
    ("send", "has_location", "has_notes"),
    [("title", False, False), ("when-where", True, False), ("all", True, True)],
)
def test_what_is_sent_follows_the_familys_choice(
    store, radicale, phone, send, has_location, has_notes
):
    link(radicale, send)
    visit(notes="Ask about the scan", location="Clinic 3")
    sync_phones()
    (data,) = phone.resources(phone.collection(CALENDAR)).values()
    assert b"SUMMARY:Oncology review" in data
    assert b"CLASS:PRIVATE" in data
    assert (b"Clinic 3" in data) is has_location
    assert (b"Ask about the scan" in data) is has_notes


def test_a_change_on_the_phone_comes_back(store, radicale, phone):
    link(radicale, "when-where")
    single = visit(notes="Kept here only")
    sync_phones()
    calendar = phone.collection(CALENDAR)
    uid = get_appointment(single).uid
    path = phone.path_of_uid(calendar, uid)
    data = phone.request("GET", path).content
    data = _edit(data, b"SUMMARY:Oncology review", b"SUMMARY:Oncology review (room 4)")
    data = _edit(
        data,
        b"DTSTART;TZID=Europe/Madrid:20270310T103000",
        b"DTSTART;TZID=Europe/Madrid:20270310T113000",
    )
    data = _edit(
        data,
        b"DTEND;TZID=Europe/Madrid:20270310T113000",
        b"DTEND;TZID=Europe/Madrid:20270310T123000",
    )
    phone.put(path, data)
    report = sync_phones()
    assert report.received == 1
    record = get_appointment(single)
    assert record.title == "Oncology review (room 4)"
    assert record.starts_at == datetime(2027, 3, 10, 11, 30)
    assert record.notes == "Kept here only"  # never sent, so never lost
    assert sync_phones().sent == 0


def test_an_event_made_on_the_phone_is_added(store, radicale, phone):
    link(radicale)
    sync_phones()
    calendar = phone.collection(CALENDAR)
    phone.put(
        calendar + "ride.ics",
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Phone//EN\r\nBEGIN:VEVENT\r\n"
        b"UID:ride-1@phone\r\nDTSTAMP:20270301T080000Z\r\nDTSTART:20270312T080000Z\r\n"
        b"DTEND:20270312T090000Z\r\nSUMMARY:Ride to the clinic\r\nEND:VEVENT\r\n"
        b"END:VCALENDAR\r\n",
    )
    report = sync_phones()
    assert report.received == 1
    (record,) = list_appointments()
    assert record.title == "Ride to the clinic"
    assert record.uid == "ride-1@phone"


def test_changed_on_both_sides_the_newer_wins_and_the_other_is_kept(store, radicale, phone):
    link(radicale)
    single = visit()
    sync_phones()
    calendar = phone.collection(CALENDAR)
    record = get_appointment(single)
    record.title = "Changed here"
    save_appointment(record)
    path = phone.path_of_uid(calendar, record.uid)
    data = phone.request("GET", path).content
    later = (datetime.now(UTC) + timedelta(hours=1)).strftime("%Y%m%dT%H%M%SZ").encode()
    data = _edit(
        data,
        b"SUMMARY:Oncology review",
        b"SUMMARY:Changed on the phone\r\nLAST-MODIFIED:" + later,
    )
    phone.put(path, data)
    report = sync_phones()
    assert get_appointment(single).title == "Changed on the phone"
    assert len(report.conflicts) == 1
    assert "phone's newer version was kept" in report.conflicts[0]
    from caregiver_app.store.phones.state import set_aside_versions

    ((_id, kept, other),) = set_aside_versions("appointment", [single])
    assert kept == "phone"
    assert "SUMMARY:Changed here" in other


def test_changed_on_both_sides_here_newer_goes_up(store, radicale, phone):
    link(radicale)
    single = visit()
    sync_phones()
    calendar = phone.collection(CALENDAR)
    uid = get_appointment(single).uid
    path = phone.path_of_uid(calendar, uid)
    data = phone.request("GET", path).content
    phone.put(
        path,
        _edit(
            data,
            b"SUMMARY:Oncology review",
            b"SUMMARY:Old phone edit\r\nLAST-MODIFIED:20200101T000000Z",
        ),
    )
    record = get_appointment(single)
    record.title = "Changed here"
    save_appointment(record)
    report = sync_phones()
    assert len(report.conflicts) == 1
    assert get_appointment(single).title == "Changed here"
    assert b"SUMMARY:Changed here" in phone.request("GET", path).content


def test_deleted_on_the_phone_is_asked_not_deleted(store, radicale, phone):
    link(radicale)
    kept = visit("Kept visit", day=11)
    gone = visit("Gone visit", day=12)
    sync_phones()
    calendar = phone.collection(CALENDAR)
    for appointment_id in (kept, gone):
        phone.delete(phone.path_of_uid(calendar, get_appointment(appointment_id).uid))
    report = sync_phones()
    assert sorted(d.title for d in report.deleted_on_phone) == ["Gone visit", "Kept visit"]
    assert get_appointment(kept) is not None and get_appointment(gone) is not None
    assert sync_phones().deleted_on_phone == ()  # asked once
    resolve_deletion(kept, delete_here=False)
    resolve_deletion(gone, delete_here=True)
    assert get_appointment(gone) is None
    report = sync_phones()
    assert report.sent == 1
    uids = set(phone.events(calendar))
    assert uids == {get_appointment(kept).uid}


def test_deleted_here_is_deleted_on_the_server(store, radicale, phone):
    link(radicale)
    single = visit()
    sync_phones()
    delete_appointment(single)
    assert sync_phones().sent == 1
    assert phone.resources(phone.collection(CALENDAR)) == {}


def test_a_series_with_its_exceptions_round_trips(store, radicale, phone):
    link(radicale)
    series_id = series()
    before = get_appointment(series_id)
    sync_phones()
    calendar = phone.collection(CALENDAR)
    path = phone.path_of_uid(calendar, before.uid)
    data = phone.request("GET", path).content
    assert b"RRULE:FREQ=WEEKLY;COUNT=5" in data
    assert b"EXDATE;TZID=Europe/Madrid:20270412T090000" in data
    assert b"RECURRENCE-ID;TZID=Europe/Madrid:20270419T090000" in data
    data = data.replace(b"SUMMARY:Radiotherapy (moved)", b"SUMMARY:Radiotherapy (moved again)")
    phone.put(path, data)
    assert sync_phones().received == 1
    after = get_appointment(series_id)
    assert after.rrule == before.rrule
    cancelled = [c.original_start for c in after.changes if c.cancelled]
    assert cancelled == [datetime(2027, 4, 12, 9, 0)]
    moved = next(c for c in after.changes if not c.cancelled)
    assert moved.title == "Radiotherapy (moved again)"
    assert moved.starts_at == datetime(2027, 4, 20, 11, 0)
    assert after.notes == "Bring the mask"


def test_contacts_go_up_and_come_back_merged_by_uid(store, radicale, phone):
    link(radicale, "when-where")
    ana = person(notes="Only in the record", call_about="Pain")
    sync_phones()
    book = phone.collection(BOOK)
    ((path, data),) = phone.resources(book).items()
    assert b"Only in the record" not in data
    phone.put(path, data.replace(b"+34 600 111 222", b"+34 600 999 000"), "text/vcard")
    phone.put(
        book + "new.vcf",
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:nurse@phone\r\nFN:Nurse Luis\r\nN:Luis;Nurse;;;\r\n"
        b"TEL;TYPE=CELL:+34 600 222 333\r\nEND:VCARD\r\n",
        "text/vcard",
    )
    report = sync_phones()
    assert report.received == 2
    contact = get_contact(ana)
    assert contact.phones == [("main", "+34 600 999 000")]
    assert contact.notes == "Only in the record"
    assert sorted(c.name for c in list_contacts()) == ["Dr. Ana Ruiz", "Nurse Luis"]
    assert sync_phones().sent == 0


def test_a_contact_deleted_on_the_phone_is_put_back(store, radicale, phone):
    link(radicale)
    person()
    sync_phones()
    book = phone.collection(BOOK)
    (path,) = phone.resources(book)
    phone.delete(path)
    report = sync_phones()
    assert len(report.conflicts) == 1
    assert len(phone.resources(book)) == 1
    assert len(list_contacts()) == 1


def test_many_appointments_and_contacts(store, radicale, phone):
    link(radicale, "when-where")
    for number in range(500):
        save_appointment(
            AppointmentRecord(
                title=f"Visit {number}",
                starts_at=datetime(2027, 1, 1, 9) + timedelta(days=number % 300, hours=number % 8),
                timezone="Europe/Madrid",
            )
        )
    for number in range(200):
        person(f"Person {number:03d}")
    report = sync_phones()
    assert report.sent == 700
    assert phone.count(phone.collection(CALENDAR)) == 500
    assert phone.count(phone.collection(BOOK)) == 200
    again = sync_phones()
    assert (again.sent, again.received) == (0, 0)
