"""Setting phones up: type the server, test it, choose, and only then Start."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from caregiver_app.services.phones import connection
from caregiver_app.services.phones.errors import PhonesError
from caregiver_app.services.phones.settings import PhonesSettings, stored_settings
from caregiver_app.store.calendar.appointments import save_appointment
from caregiver_app.store.calendar.records import AppointmentRecord
from tests.project.test_accessibility import unnamed_focusable
from tests.views.phones.helpers import (
    choose_and_start,
    click,
    open_phones_dialog,
    tab_to,
    type_and_test,
)

URL = "https://cloud.example.org/remote.php/dav"


def _server(monkeypatch, calendars=("Personal",), books=("Contacts",)):
    """The server's answers, kept to see what was asked."""
    asked: list[tuple] = []

    def test_connection(url, user, password):
        asked.append(("test", url, user, password))
        return connection.Collections(calendars=calendars, address_books=books)

    monkeypatch.setattr(connection, "test_connection", test_connection)
    monkeypatch.setattr(
        connection, "create_calendar", lambda *args: asked.append(("calendar", *args))
    )
    monkeypatch.setattr(
        connection, "create_address_book", lambda *args: asked.append(("book", *args))
    )
    monkeypatch.setattr(
        "caregiver_app.views.phones.phones_sync.PhonesSync.sync_now", lambda s: None
    )
    return asked


def test_typed_tested_chosen_and_started(store, make_window, qtbot, monkeypatch):
    asked = _server(monkeypatch)
    window = make_window()
    dialog = open_phones_dialog(qtbot, window)
    assert unnamed_focusable(dialog) == []
    assert not dialog.start_button.isEnabled()
    assert not dialog.choices.isEnabled()  # nothing to choose before the server answered

    type_and_test(qtbot, dialog, f"  {URL} ", "anna", "app pass 1")
    assert asked == [("test", URL, "anna", "app pass 1")]
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    assert "1 calendar" in dialog.test_result.text()
    assert dialog.calendar.currentText() == "Care Companion"
    assert dialog.address_book.currentText() == "Care team"
    assert [dialog.calendar.itemText(i) for i in range(dialog.calendar.count())] == [
        "Care Companion",
        "Personal",
    ]
    # Nothing is chosen for the family: Start waits for their choice of what is sent.
    assert dialog.send_choice.send() == ""
    assert not dialog.start_button.isEnabled()
    assert unnamed_focusable(dialog) == []  # the choices, now open, too
    choose_and_start(qtbot, dialog, "when-where")

    assert asked[1:] == [
        ("calendar", URL, "anna", "app pass 1", "Care Companion"),
        ("book", URL, "anna", "app pass 1", "Care team"),
    ]
    assert stored_settings() == PhonesSettings(
        url=URL,
        user="anna",
        calendar="Care Companion",
        address_book="Care team",
        send="when-where",
    )


def test_an_existing_calendar_is_chosen_not_made(store, make_window, qtbot, monkeypatch):
    asked = _server(monkeypatch, calendars=("Personal", "Care Companion"))
    dialog = open_phones_dialog(qtbot, make_window())
    type_and_test(qtbot, dialog, URL, "anna", "pw")
    dialog.calendar.setFocus()
    qtbot.keyClick(dialog.calendar.lineEdit(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.calendar.lineEdit(), "Personal")
    choose_and_start(qtbot, dialog, "title")
    assert [a[0] for a in asked] == ["test", "book"]
    assert stored_settings().calendar == "Personal"
    assert stored_settings().send == "title"


def test_a_refusal_is_said_at_its_field(store, make_window, qtbot, monkeypatch):
    _server(monkeypatch)

    def refuse(url, user, password):
        raise PhonesError("wrong-password", "The server refused the password.")

    monkeypatch.setattr(connection, "test_connection", refuse)
    dialog = open_phones_dialog(qtbot, make_window())
    type_and_test(qtbot, dialog, URL, "anna", "wrong")
    assert dialog.password_error.isVisible()
    # Before, the sync's sentence: "sync is paused until they are entered again in Phones
    # and calendars", in Phones and calendars, before any sync was set up.
    assert dialog.password_error.text() == (
        "The calendar server did not accept this user name and app password. Check them "
        "(Nextcloud and iCloud need an app password made for this, not the password you "
        "sign in with), then press Test connection again."
    )
    assert not dialog.url_error.isVisible()
    assert dialog.focusWidget() is dialog.password
    assert not dialog.choices.isEnabled()
    assert stored_settings() is None


def test_an_unreachable_server_is_said_at_the_address(store, make_window, qtbot, monkeypatch):
    _server(monkeypatch)

    def silent(url, user, password):
        raise PhonesError("unreachable", "The calendar server cannot be reached.")

    monkeypatch.setattr(connection, "test_connection", silent)
    dialog = open_phones_dialog(qtbot, make_window())
    type_and_test(qtbot, dialog, "https://nowhere.example", "anna", "pw")
    # Before: "changes wait here and go up at the next sync", of a sync not yet set up.
    assert dialog.url_error.text() == (
        "The calendar server did not answer at this address. Check the address (the examples "
        "above show how it looks) and that this computer is connected to the internet, then "
        "press Test connection again."
    )
    assert dialog.focusWidget() is dialog.url


def test_the_window_answers_while_the_server_thinks(store, make_window, qtbot, monkeypatch):
    _server(monkeypatch)
    answer = threading.Event()

    def slow(url, user, password):
        answer.wait(20)
        return connection.Collections(calendars=(), address_books=())

    monkeypatch.setattr(connection, "test_connection", slow)
    window = make_window()
    dialog = open_phones_dialog(qtbot, window)
    qtbot.keyClicks(dialog.url, URL)
    click(qtbot, dialog.test_button)
    # The event loop runs on: the address can still be typed in while the server is asked.
    qtbot.keyClicks(dialog.user, "anna")
    assert dialog.user.text() == "anna"
    assert not dialog.test_button.isEnabled()
    answer.set()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10_000)
    assert dialog.test_button.isEnabled()
    # The user name changed after the test: it must be tested again before Start.
    click(qtbot, dialog.send_choice.buttons["all"])
    assert not dialog.start_button.isEnabled()


def test_a_changed_password_needs_a_new_test(store, make_window, qtbot, monkeypatch):
    _server(monkeypatch)
    dialog = open_phones_dialog(qtbot, make_window())
    type_and_test(qtbot, dialog, URL, "anna", "pw")
    click(qtbot, dialog.send_choice.buttons["title"])
    assert dialog.start_button.isEnabled()
    qtbot.keyClicks(dialog.password, "x")
    assert not dialog.start_button.isEnabled()


def test_the_examples_show_the_next_appointment(store, make_window, qtbot, monkeypatch):
    _server(monkeypatch)
    starts = (datetime.now() + timedelta(days=2)).replace(hour=9, minute=15, second=0)
    save_appointment(
        AppointmentRecord(
            title="Palliative care visit",
            starts_at=starts,
            ends_at=starts + timedelta(hours=1),
            location="Hospice day centre",
            notes="Ask about sleep",
        )
    )
    dialog = open_phones_dialog(qtbot, make_window())
    examples = {send: label.text() for send, label in dialog.send_choice.examples.items()}
    assert all("Palliative care visit" in text for text in examples.values())
    assert "Hospice day centre" not in examples["title"]
    assert "Hospice day centre" in examples["when-where"]
    assert "Ask about sleep" not in examples["when-where"]
    assert "Ask about sleep" in examples["all"]


def test_keyboard_only(store, make_window, qtbot, monkeypatch):
    asked = _server(monkeypatch)
    dialog = open_phones_dialog(qtbot, make_window())
    assert dialog.focusWidget() is dialog.url
    qtbot.keyClicks(dialog.url, URL)
    qtbot.keyClick(dialog.url, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.focusWidget(), "anna")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.focusWidget(), "pw")
    assert (dialog.url.text(), dialog.user.text(), dialog.password.text()) == (URL, "anna", "pw")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.test_button
    qtbot.keyClick(dialog.test_button, Qt.Key.Key_Space)  # Test connection
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10_000)
    # Tab down to the choices; the arrow keys move between them, as in any radio group.
    tab_to(qtbot, dialog, dialog.send_choice.buttons["title"])
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)
    assert dialog.send_choice.send() == "title"
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)
    assert dialog.send_choice.send() == "when-where"
    tab_to(qtbot, dialog, dialog.start_button)
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.keyClick(dialog.start_button, Qt.Key.Key_Space)
    assert stored_settings().send == "when-where"
    assert [a[0] for a in asked] == ["test", "calendar", "book"]


def test_an_untitled_next_appointment_is_shown_as_untitled(store, make_window, qtbot, monkeypatch):
    _server(monkeypatch)
    starts = (datetime.now() + timedelta(days=2)).replace(hour=9, minute=15, second=0)
    save_appointment(
        AppointmentRecord(title="", starts_at=starts, ends_at=starts + timedelta(hours=1))
    )
    dialog = open_phones_dialog(qtbot, make_window())
    for label in dialog.send_choice.examples.values():
        # Before, the line under "A phone shows:" was empty.
        assert label.text().splitlines()[1] == "(no title)"
