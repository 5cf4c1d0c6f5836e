"""The version a conflict did not keep is a click away: from the note and the status dialog."""

from __future__ import annotations

import os
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel

from caregiver_app.services.phones.events import render_events
from caregiver_app.store.calendar.appointments import save_appointment
from caregiver_app.store.calendar.records import AppointmentRecord
from caregiver_app.store.phones.state import set_aside
from tests.project.test_accessibility import unnamed_focusable
from tests.views.phones.fakes import FakeSync, report, set_up_phones
from tests.views.phones.helpers import click, open_phones_dialog

CONFLICT = (
    "“Oncology review” was changed here and on a phone since the last sync: the phone's "
    "newer version was kept; the version from here is in its history."
)


def _review(title: str, location: str) -> AppointmentRecord:
    starts = datetime(2027, 3, 12, 10, 0)
    return AppointmentRecord(
        title=title,
        starts_at=starts,
        ends_at=starts + timedelta(hours=1),
        location=location,
        notes="Ask about the new pain patch",
    )


def _a_conflict() -> None:
    """The record holds the phone's version; this computer's is set aside, as the sync does."""
    appointment_id = save_appointment(_review("Oncology review", "Clinic 3"))
    (mine,) = render_events([_review("Oncology review with Dr Ruiz", "Day hospital")], "all")
    set_aside("appointment", appointment_id, "phone", mine.data.decode("utf-8"))


def _window(qtbot, make_window, monkeypatch, *reports):
    set_up_phones()
    fake = FakeSync(monkeypatch, *reports)
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: fake.runs >= 1 and window.phones.job is None, timeout=10_000)
    return window


def test_the_note_shows_the_other_version(store, make_window, qtbot, monkeypatch):
    _a_conflict()
    window = _window(qtbot, make_window, monkeypatch, report(conflicts=[CONFLICT]))
    notes = window.phones.notes
    assert notes.other_button.isVisible()
    assert notes.other_button.text() == "Show the other version..."
    assert unnamed_focusable(window) == []
    click(qtbot, notes.other_button)
    dialog = notes.set_aside_dialog
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Versions set aside"
    assert unnamed_focusable(dialog) == []
    text = dialog.text().replace("\u202f", " ")
    assert "“Oncology review” on March 12, 2027" in text
    assert "The phone's version was kept. This is the version from this computer." in text
    assert "Title:\nOncology review with Dr Ruiz" in text
    assert "When:\nMarch 12, 2027 at 10:00 AM to 11:00 AM" in text
    assert "Place:\nDay hospital" in text
    assert "Notes:\nAsk about the new pain patch" in text
    assert "BEGIN:" not in text and "SUMMARY" not in text
    assert dialog.raw_buttons == []  # read, so no raw text is offered
    # The note stays until Got it; Escape closes the dialog.
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert notes.conflict_banner.isVisible()


def test_unreadable_text_is_folded_away(store, make_window, qtbot, monkeypatch):
    appointment_id = save_appointment(_review("Oncology review", "Clinic 3"))
    set_aside("appointment", appointment_id, "here", "BEGIN:VCALENDAR\r\nhalf a calendar")
    window = _window(qtbot, make_window, monkeypatch, report(conflicts=[CONFLICT]))
    click(qtbot, window.phones.notes.other_button)
    dialog = window.phones.notes.set_aside_dialog
    qtbot.waitExposed(dialog)
    assert "could not be read as an appointment" in dialog.text()
    (button,) = dialog.raw_buttons
    (raw,) = dialog.raw_texts
    assert button.text() == "Show the text as the server sent it"
    assert not raw.isVisible()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert raw.isVisible()
    assert raw.toPlainText().startswith("BEGIN:VCALENDAR")
    assert raw.isReadOnly()


def test_the_status_dialog_button_waits_for_a_version(store, make_window, qtbot, monkeypatch):
    window = _window(qtbot, make_window, monkeypatch)
    dialog = open_phones_dialog(qtbot, window)
    assert dialog.set_aside_button.text() == "&Versions set aside..."
    assert not dialog.set_aside_button.isEnabled()
    # The greyed button says when it will work: in a line under it, and to a screen reader.
    hint = dialog.findChild(QLabel, "phonesSetAsideHint")
    assert hint.isVisible() and hint.text().startswith(
        "Nothing has been set aside yet. When a sync"
    )
    assert dialog.set_aside_button.accessibleDescription() == hint.text()
    assert dialog.set_aside_button.toolTip() == hint.text()
    dialog.reject()

    _a_conflict()
    dialog = open_phones_dialog(qtbot, window)
    assert dialog.set_aside_button.isEnabled()
    assert not dialog.findChild(QLabel, "phonesSetAsideHint").isVisible()
    assert dialog.set_aside_button.accessibleDescription() == ""
    assert unnamed_focusable(dialog) == []
    click(qtbot, dialog.set_aside_button)
    shown = dialog.set_aside_dialog
    qtbot.waitExposed(shown)
    assert "Title:\nOncology review with Dr Ruiz" in shown.text()
    with qtbot.waitSignal(shown.finished):
        qtbot.keyClick(shown, Qt.Key.Key_Escape)


@pytest.mark.parametrize("percent", [100, 200])
def test_screenshot_at_text_size(store, make_window, qtbot, monkeypatch, data_dir, percent):
    """The dialog at normal and double text, saved for a person to look at."""
    settings = QSettings(str(data_dir / "window-settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("view/textPercent", percent)
    settings.sync()
    _a_conflict()
    appointment_id = save_appointment(_review("CT scan", "Radiology"))
    set_aside("appointment", appointment_id, "here", "BEGIN:VCALENDAR\r\nhalf a calendar")
    window = _window(qtbot, make_window, monkeypatch, report(conflicts=[CONFLICT]))
    assert window.text_scale.percent == percent
    click(qtbot, window.phones.notes.other_button)
    dialog = window.phones.notes.set_aside_dialog
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    folder = os.environ.get("SET_ASIDE_SCREENSHOTS")
    if folder:
        dialog.grab().save(os.path.join(folder, f"set-aside-{percent}.png"))
        window.grab().save(os.path.join(folder, f"window-{percent}.png"))
    assert dialog.width() <= dialog.screen().availableGeometry().width()
