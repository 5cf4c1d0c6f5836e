"""The versions a conflict set aside, as the family reads them: fields, never iCalendar text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from caregiver_app.services.phones.cards import render_card
from caregiver_app.services.phones.set_aside import any_set_aside, set_aside_versions
from caregiver_app.services.phones.sync import sync_phones
from caregiver_app.store.calendar.appointments import (
    delete_appointment,
    get_appointment,
    save_appointment,
)
from caregiver_app.store.contacts import ContactRecord
from caregiver_app.store.phones.state import set_aside
from tests.services.phones.helpers import CALENDAR, link, person, visit


@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_an_appointment_changed_on_both_sides_is_listed_field_by_field(store, radicale, phone):
    link(radicale)
    single = visit(location="Clinic 3", notes="Ask about the scan")
    sync_phones()
    assert not any_set_aside()
    record = get_appointment(single)
    record.title = "Changed here"
    record.location = "Day hospital, floor 2"
    save_appointment(record)
    path = phone.path_of_uid(phone.collection(CALENDAR), record.uid)
    data = phone.request("GET", path).content
    later = (datetime.now(UTC) + timedelta(hours=1)).strftime("%Y%m%dT%H%M%SZ").encode()
    data = data.replace(
        b"SUMMARY:Oncology review", b"SUMMARY:Changed on the phone\r\nLAST-MODIFIED:" + later
    )
    phone.put(path, data)
    sync_phones()

    assert any_set_aside()
    (version,) = set_aside_versions()
    assert version.kind == "appointment"
    assert version.what == "“Changed on the phone” on March 10, 2027"
    assert version.noticed.startswith("Noticed ")
    assert version.kept == ("The phone's version was kept. This is the version from this computer.")
    fields = dict(version.fields)
    assert fields["Title"] == "Changed here"
    assert fields["When"].replace("\u202f", " ") == "March 10, 2027 at 10:30 AM to 11:30 AM"
    assert fields["Place"] == "Day hospital, floor 2"
    assert fields["Notes"] == "Ask about the scan"
    assert version.problem == "" and version.text == ""
    shown = "\n".join(f"{label}: {value}" for label, value in version.fields)
    assert "BEGIN:" not in shown and "SUMMARY" not in shown


def test_contacts_newest_first_and_unreadable_text_is_said_so(store):
    ana = person()
    card, _digest = render_card(
        ContactRecord(
            name="Dr. Ana Ruiz Gómez",
            role="Oncologist",
            organisation="Hospital del Mar",
            phones=[("main", "+34 600 111 999")],
            email="ana@example.org",
        ),
        "ana@phone",
        "all",
    )
    set_aside("contact", ana, "here", card.decode("utf-8"))
    gone = visit("Ride to the clinic")
    delete_appointment(gone)
    set_aside("appointment", gone, "phone", "BEGIN:VCALENDAR\r\nnot a calendar at all")

    newest, oldest = set_aside_versions()
    assert newest.what == "An appointment no longer in the calendar"
    assert newest.fields == ()
    assert newest.problem == (
        "This version could not be read as an appointment, so its details cannot be shown "
        "one by one."
    )
    assert newest.text.startswith("BEGIN:VCALENDAR")

    assert oldest.what == "“Dr. Ana Ruiz”"
    assert oldest.kept == "This computer's version was kept. This is the phone's version."
    assert dict(oldest.fields) == {
        "Name": "Dr. Ana Ruiz Gómez",
        "Role": "Oncologist",
        "Organization": "Hospital del Mar",
        "Phones": "+34 600 111 999 (main)",
        "Email": "ana@example.org",
    }
    assert oldest.text == "" and oldest.problem == ""
