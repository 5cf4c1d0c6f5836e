"""The background sync: at start, after changes, every five minutes; never two at once."""

from __future__ import annotations

import threading
from datetime import datetime

import pytest
from PySide6.QtCore import QLocale, QTime

from caregiver_app.services.phones import errors
from caregiver_app.views.look.locale_format import display_locale
from caregiver_app.views.phones import phones_sync
from tests.views.phones.fakes import FakeSync, report, set_up_phones, status


def _started(qtbot, make_window, fake, runs=1):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: fake.runs >= runs and window.phones.job is None, timeout=10_000)
    return window


def test_in_step_at_start_from_a_worker_thread(store, make_window, qtbot, monkeypatch):
    set_up_phones()
    fake = FakeSync(
        monkeypatch, report(the_status=status(datetime.now().replace(hour=10, minute=2)))
    )
    window = _started(qtbot, make_window, fake)
    label = window.phones.label
    ten_past = display_locale().toString(QTime(10, 2), QLocale.FormatType.ShortFormat)
    assert label.isVisible()
    assert label.text() == f"Calendar synced as of {ten_past}"
    assert label.accessibleName() == label.text()
    assert fake.threads[0] is not threading.main_thread()


def test_server_away_says_how_many_changes_wait(store, make_window, qtbot, monkeypatch):
    set_up_phones()
    away = status(waiting=3, problem=str(errors.unreachable()))
    fake = FakeSync(monkeypatch, errors.unreachable(), after=away)
    window = _started(qtbot, make_window, fake)
    label = window.phones.label
    assert label.text() == "Server not reachable; 3 changes waiting"
    # The whole sentence, with what to do, is a hover (and a menu item) away.
    assert label.toolTip() == f"{errors.unreachable()} (3 changes waiting)"


def test_a_wrong_password_pauses_and_says_where_to_fix_it(store, make_window, qtbot, monkeypatch):
    set_up_phones()
    refused = status(problem=str(errors.wrong_password()), paused=True)
    fake = FakeSync(monkeypatch, errors.wrong_password(), after=refused)
    window = _started(qtbot, make_window, fake)
    label = window.phones.label
    assert label.text() == "Wrong password: sync paused (File > Phones and calendars...)"
    assert label.toolTip() == str(errors.wrong_password())


def test_changes_in_a_row_make_one_sync(store, make_window, qtbot, monkeypatch):
    set_up_phones()
    fake = FakeSync(monkeypatch)
    window = _started(qtbot, make_window, fake)
    window.phones.soon.setInterval(50)  # the family's few seconds, shortened
    for _ in range(3):
        window.signals.appointments_changed.emit()
    window.signals.contacts_changed.emit()
    qtbot.waitUntil(lambda: fake.runs == 2 and window.phones.job is None, timeout=10_000)
    qtbot.wait(200)
    assert fake.runs == 2


def test_never_two_at_once(store, make_window, qtbot, monkeypatch):
    set_up_phones()
    fake = FakeSync(monkeypatch)
    window = _started(qtbot, make_window, fake)
    fake.gate.clear()
    window.phones.sync_now()
    qtbot.waitUntil(lambda: fake.running == 1, timeout=10_000)
    window.phones.sync_now()
    window.phones.sync_now()
    window.signals.status_reported.emit("the window answers meanwhile")
    fake.gate.set()
    qtbot.waitUntil(lambda: fake.runs == 3 and window.phones.job is None, timeout=10_000)
    assert fake.most_at_once == 1


def test_what_came_back_is_announced_without_syncing_again(store, make_window, qtbot, monkeypatch):
    set_up_phones()
    fake = FakeSync(monkeypatch, report(received=2), report())
    window = make_window()
    window.phones.soon.setInterval(50)
    with qtbot.waitSignals(
        [window.signals.appointments_changed, window.signals.contacts_changed], timeout=10_000
    ):
        window.show()
    qtbot.waitUntil(lambda: window.phones.job is None, timeout=10_000)
    qtbot.wait(200)
    assert fake.runs == 1


def test_every_five_minutes(store, make_window, qtbot, monkeypatch):
    set_up_phones()
    fake = FakeSync(monkeypatch)
    window = _started(qtbot, make_window, fake)
    assert window.phones.every.isActive()
    assert window.phones.every.interval() == phones_sync.EVERY_MS == 5 * 60 * 1000
    window.phones.every.setInterval(50)
    qtbot.waitUntil(lambda: fake.runs >= 2, timeout=10_000)


def test_off_shows_nothing_and_never_syncs(store, make_window, qtbot, monkeypatch):
    fake = FakeSync(monkeypatch)
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(100)
    window.signals.appointments_changed.emit()
    assert not window.phones.label.isVisible()
    assert fake.runs == 0
    assert window.phones.job is None


@pytest.mark.qt_no_exception_capture
def test_a_fault_of_the_program_is_not_shown_as_syncing_forever(
    store, make_window, qtbot, monkeypatch
):
    set_up_phones()
    fake = FakeSync(monkeypatch, ValueError("a bug"), report())
    window = _started(qtbot, make_window, fake)
    assert window.phones.label.text() == (
        "The calendar sync stopped unexpectedly; it is tried again soon."
    )
    window.phones.sync_now()
    qtbot.waitUntil(lambda: fake.runs == 2 and window.phones.job is None, timeout=10_000)
    assert window.phones.label.text().startswith("Calendar synced as of")
