"""End to end with a real Radicale: set up in the window, and the visit is on the "phone"."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from caregiver_app.store.calendar.appointments import get_appointment, save_appointment
from caregiver_app.store.calendar.records import AppointmentRecord
from tests.services.phones.phone import Phone
from tests.views.phones.helpers import click, open_phones_dialog, type_and_test

pytestmark = [pytest.mark.enable_socket, pytest.mark.allow_hosts(["127.0.0.1"])]

CALENDAR = "Care Companion"


def _visit(title: str = "Oncology review") -> int:
    starts = (datetime.now() + timedelta(days=3)).replace(hour=10, minute=30, second=0)
    return save_appointment(
        AppointmentRecord(
            title=title,
            starts_at=starts,
            ends_at=starts + timedelta(hours=1),
            location="Clinic 3",
            notes="Ask about the scan",
        )
    )


def _in_step(window) -> bool:
    return window.phones.job is None and window.phones.label.text().startswith(
        "Calendar synced as of"
    )


def test_set_up_by_typing_and_the_visit_reaches_the_phone(
    store, make_window, qtbot, radicale, phone
):
    visit_id = _visit()
    window = make_window()
    dialog = open_phones_dialog(qtbot, window)
    type_and_test(qtbot, dialog, radicale.url, radicale.user, radicale.password)
    assert not dialog.url_error.isVisible(), dialog.url_error.text()
    assert dialog.calendar.currentText() == CALENDAR  # suggested, made at Start
    click(qtbot, dialog.send_choice.buttons["when-where"])
    with qtbot.waitSignal(dialog.finished, timeout=30_000):
        click(qtbot, dialog.start_button)
    qtbot.waitUntil(lambda: _in_step(window), timeout=60_000)

    uid = get_appointment(visit_id).uid
    events = phone.events(phone.collection(CALENDAR))
    event = events[uid].walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == "Oncology review"
    assert str(event["LOCATION"]) == "Clinic 3"
    assert "DESCRIPTION" not in event  # the notes stay here: "title, place and time"

    # Changed on the phone, then File > Phones and calendars... > Sync now: it comes back.
    path = phone.path_of_uid(phone.collection(CALENDAR), uid)
    data = phone.resources(phone.collection(CALENDAR))[path]
    phone.put(path, data.replace(b"SUMMARY:Oncology review", b"SUMMARY:Oncology review (moved)"))
    status = open_phones_dialog(qtbot, window)
    with qtbot.waitSignal(window.signals.appointments_changed, timeout=60_000):
        click(qtbot, status.sync_button)
    qtbot.waitUntil(lambda: _in_step(window), timeout=60_000)
    assert get_appointment(visit_id).title == "Oncology review (moved)"


def _set_up(qtbot, window, radicale) -> None:
    dialog = open_phones_dialog(qtbot, window)
    type_and_test(qtbot, dialog, radicale.url, radicale.user, radicale.password)
    click(qtbot, dialog.send_choice.buttons["title"])
    with qtbot.waitSignal(dialog.finished, timeout=30_000):
        click(qtbot, dialog.start_button)
    qtbot.waitUntil(lambda: _in_step(window), timeout=60_000)


def _sync_now(qtbot, window) -> None:
    status = open_phones_dialog(qtbot, window)
    click(qtbot, status.sync_button)
    qtbot.waitUntil(lambda: _in_step(window), timeout=60_000)
    status.close()


def test_deleted_on_the_phone_is_asked_once_and_again_after_a_restart(
    store, make_window, qtbot, radicale, phone
):
    visit_id, scan_id = _visit(), _visit("CT scan")
    window = make_window()
    _set_up(qtbot, window, radicale)
    calendar = phone.collection(CALENDAR)
    for appointment_id in (visit_id, scan_id):
        phone.delete(phone.path_of_uid(calendar, get_appointment(appointment_id).uid))
    _sync_now(qtbot, window)
    notes = window.phones.notes
    assert notes.deletion_banner.isVisible()
    asked = notes.deletion_banner.text()
    assert asked.endswith("was deleted on a phone. Delete it here too?")
    first = visit_id if asked.startswith("“Oncology review”") else scan_id
    with qtbot.waitSignal(window.signals.appointments_changed):
        click(qtbot, notes.delete_button)
    assert get_appointment(first) is None
    other = scan_id if first == visit_id else visit_id
    assert get_appointment(other) is not None  # never deleted unasked

    # Closed before answering: the next start asks again, once.
    window.close()
    again = make_window()
    again.show()
    qtbot.waitUntil(lambda: _in_step(again), timeout=60_000)
    notes = again.phones.notes
    assert [d.appointment_id for d in notes.waiting] == [other]
    click(qtbot, notes.keep_button)
    assert not notes.deletion_banner.isVisible()
    _sync_now(qtbot, again)  # kept here: it goes back to the phone
    assert get_appointment(other).uid in phone.events(calendar)
    assert not notes.deletion_banner.isVisible()


def test_a_changed_password_pauses_until_typed_again(store, make_window, qtbot, radicale, tmp_path):
    visit_id = _visit()
    window = make_window()
    _set_up(qtbot, window, radicale)
    # The family changes the app password on the server.
    (tmp_path / "radicale-users").write_text("family:new secret\n", encoding="utf-8")
    status = open_phones_dialog(qtbot, window)
    click(qtbot, status.sync_button)
    qtbot.waitUntil(lambda: "paused" in window.phones.label.text(), timeout=60_000)
    assert window.phones.label.text() == (
        "Wrong password: sync paused (File > Phones and calendars...)"
    )
    assert "password" in status.status.text()  # the whole sentence, in the dialog

    click(qtbot, status.change_button)
    dialog = window.phones.dialog
    qtbot.waitExposed(dialog)
    assert (dialog.url.text(), dialog.user.text(), dialog.password.text()) == (
        radicale.url,
        radicale.user,
        "",
    )
    assert dialog.focusWidget() is dialog.password
    qtbot.keyClicks(dialog.password, "new secret")
    click(qtbot, dialog.test_button)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    assert dialog.calendar.currentText() == CALENDAR  # the one chosen before
    assert dialog.send_choice.send() == "title"
    with qtbot.waitSignal(dialog.finished, timeout=30_000):
        click(qtbot, dialog.start_button)
    qtbot.waitUntil(lambda: _in_step(window), timeout=60_000)
    again = Phone(radicale.url, radicale.user, "new secret")
    try:
        assert get_appointment(visit_id).title == "Oncology review"
        assert get_appointment(visit_id).uid in again.events(again.collection(CALENDAR))
    finally:
        again.close()


def test_a_wrong_password_is_said_at_the_password(store, make_window, qtbot, radicale):
    dialog = open_phones_dialog(qtbot, make_window())
    type_and_test(qtbot, dialog, radicale.url, radicale.user, "not the password")
    assert dialog.password_error.isVisible()
    assert "password" in dialog.password_error.text()
    assert not dialog.choices.isEnabled()
