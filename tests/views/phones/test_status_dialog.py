"""Once set up, the same menu item shows where things go, Sync now, and Stop (asked first)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QApplication

from caregiver_app.services.phones import settings
from caregiver_app.views.look.view_options import LANGUAGE_KEY
from caregiver_app.views.widgets.form_dialog import grow_to_fit
from tests.helpers.clipping import problems
from tests.project.test_accessibility import unnamed_focusable
from tests.views.phones.fakes import FakeSync, set_up_phones
from tests.views.phones.helpers import click, open_phones_dialog


def _dialog(qtbot, make_window, monkeypatch):
    set_up_phones()
    fake = FakeSync(monkeypatch)
    stopped: list[bool] = []
    real_stop = settings.stop_phones
    monkeypatch.setattr(settings, "stop_phones", lambda: (stopped.append(True), real_stop()))
    window = make_window()
    dialog = open_phones_dialog(qtbot, window)
    qtbot.waitUntil(lambda: fake.runs == 1 and window.phones.job is None, timeout=10_000)
    return window, dialog, fake, stopped


def test_status_and_sync_now(store, make_window, qtbot, monkeypatch):
    window, dialog, fake, _stopped = _dialog(qtbot, make_window, monkeypatch)
    assert dialog.objectName() == "phonesStatusDialog"
    assert unnamed_focusable(dialog) == []
    where = dialog.findChild(type(dialog.status), "phonesWhere").text()
    assert "“Care Companion”" in where and "https://cloud.example.org/remote.php/dav" in where
    sent = dialog.findChild(type(dialog.status), "phonesSent").text()
    assert sent == "What leaves this computer: the title, place and time."
    click(qtbot, dialog.sync_button)
    qtbot.waitUntil(lambda: fake.runs == 2 and window.phones.job is None, timeout=10_000)
    assert dialog.status.text().startswith("Calendar synced as of")


def test_stop_asks_first_and_leaves_the_server(store, make_window, qtbot, monkeypatch):
    window, dialog, fake, stopped = _dialog(qtbot, make_window, monkeypatch)
    click(qtbot, dialog.stop_button)
    question = dialog.question
    qtbot.waitExposed(question)
    assert "The server is left as it is" in question.text()
    click(qtbot, question.button(question.StandardButton.Cancel))  # Cancel changes nothing
    assert stopped == []
    assert settings.stored_settings() is not None

    click(qtbot, dialog.stop_button)
    question = dialog.question
    qtbot.waitExposed(question)
    with qtbot.waitSignal(dialog.finished):
        click(qtbot, question.findChild(type(dialog.stop_button), "phonesStopConfirm"))
    assert stopped == [True]
    assert settings.stored_settings() is None
    assert not window.phones.label.isVisible()
    window.signals.appointments_changed.emit()
    window.phones.sync_now()
    assert fake.runs == 1
    # The same menu item now sets phones up again.
    assert open_phones_dialog(qtbot, window).objectName() == "phonesSetupDialog"


@pytest.mark.parametrize("language", ["en", "es", "zh_CN"])
def test_nothing_is_cut_off_at_the_largest_text(
    store, make_window, qtbot, monkeypatch, data_dir, language
):
    screen = QRect(0, 0, 1280, 800)  # the smallest screen the app is made for
    set_up_phones()
    FakeSync(monkeypatch)
    kept = QSettings(str(data_dir / "window-settings.ini"), QSettings.Format.IniFormat)
    kept.setValue(LANGUAGE_KEY, language)
    kept.sync()
    window = make_window()
    window.change_text_size(lambda: window.text_scale.apply(200))
    dialog = open_phones_dialog(qtbot, window)
    grow_to_fit(dialog, screen)  # what it does on that screen when shown
    for _ in range(3):
        QApplication.processEvents()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    assert problems(dialog) == []
