"""The pulse typed into a diary entry as a person does, and read back from the record."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from caregiver_app.store.diary.entries import count_entries, entries_between, get_entry
from tests.helpers.keys import retype


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _entry_dialog(make_window, qtbot):
    window = make_window()
    window.show()
    tab = window.diary_tab
    _click(qtbot, tab.new_button)
    dialog = tab.entry_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return window, dialog


def test_a_typed_pulse_is_what_the_record_keeps(store, make_window, qtbot, typing_locale):
    _window, dialog = _entry_dialog(make_window, qtbot)
    ui = dialog.ui
    # Tab from the weight into the pulse, as a person does.
    ui.weightSpin.setFocus()
    qtbot.keyClick(ui.weightSpin, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is ui.pulseSpin
    assert ui.pulseSpin.text() == "not recorded"
    retype(qtbot, ui.pulseSpin, "88")
    qtbot.keyClick(ui.pulseSpin, Qt.Key.Key_Return)  # Enter saves
    assert not dialog.isVisible(), dialog.error_label.text()
    (entry,) = entries_between(None, None)
    assert entry.pulse_bpm == 88
    assert entry.temperature_c is None and entry.weight_kg is None


def test_a_blank_pulse_stays_not_recorded(store, make_window, qtbot):
    _window, dialog = _entry_dialog(make_window, qtbot)
    ui = dialog.ui
    retype(qtbot, ui.painSpin, "4")
    retype(qtbot, ui.pulseSpin, "72")
    qtbot.keyClick(ui.pulseSpin, Qt.Key.Key_Tab)
    retype(qtbot, ui.pulseSpin, "")  # taken back
    qtbot.keyClick(ui.pulseSpin, Qt.Key.Key_Tab)
    assert ui.pulseSpin.text() == "not recorded"
    _click(qtbot, dialog.save_button)
    assert not dialog.isVisible(), dialog.error_label.text()
    (entry,) = entries_between(None, None)
    assert entry.pulse_bpm is None and entry.scores["pain"] == 4


def test_a_pulse_out_of_range_is_refused_with_a_sentence_and_kept(store, make_window, qtbot):
    _window, dialog = _entry_dialog(make_window, qtbot)
    ui = dialog.ui
    retype(qtbot, ui.pulseSpin, "8")  # on the way to 88, not a pulse
    qtbot.keyClick(ui.pulseSpin, Qt.Key.Key_Tab)
    assert ui.pulseSpin.cleanText() == "8"  # kept as typed, not replaced
    _click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert "whole number from 20 to 250" in dialog.error_label.text()
    assert dialog.focusWidget() is ui.pulseSpin or ui.pulseSpin.hasFocus()
    assert count_entries() == 0
    retype(qtbot, ui.pulseSpin, "250")
    _click(qtbot, dialog.save_button)
    assert not dialog.isVisible(), dialog.error_label.text()
    (entry,) = entries_between(None, None)
    assert entry.pulse_bpm == 250


def test_editing_an_entry_shows_its_pulse(store, make_window, qtbot):
    _window, dialog = _entry_dialog(make_window, qtbot)
    retype(qtbot, dialog.ui.pulseSpin, "64")
    _click(qtbot, dialog.save_button)
    (entry,) = entries_between(None, None)
    from caregiver_app.views.diary.entry_dialog import EntryDialog

    again = EntryDialog(get_entry(entry.id))
    qtbot.addWidget(again)
    assert again.ui.pulseSpin.cleanText() == "64"
    assert again.record().pulse_bpm == 64


def test_a_digit_past_the_limit_is_shown_and_refused_not_dropped(store, make_window, qtbot):
    _window, dialog = _entry_dialog(make_window, qtbot)
    ui = dialog.ui
    retype(qtbot, ui.pulseSpin, "300")  # the box stops at 250: Qt would keep "30"
    assert ui.pulseSpin.cleanText() == "300"
    qtbot.keyClick(ui.pulseSpin, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "whole number from 20 to 250" in dialog.error_label.text()
    assert ui.pulseSpin.cleanText() == "300" and count_entries() == 0
    qtbot.keyClick(ui.pulseSpin, Qt.Key.Key_Backspace)  # 30, as the person now means
    qtbot.keyClick(ui.pulseSpin, Qt.Key.Key_Return)
    assert not dialog.isVisible(), dialog.error_label.text()
    (entry,) = entries_between(None, None)
    assert entry.pulse_bpm == 30


def test_a_temperature_with_more_decimals_than_kept_is_refused(store, make_window, qtbot):
    _window, dialog = _entry_dialog(make_window, qtbot)
    ui = dialog.ui
    typed = "37.55" if ui.temperatureSpin.decimals() == 1 else "37.555"
    retype(qtbot, ui.temperatureSpin, typed)
    assert ui.temperatureSpin.cleanText() == typed
    _click(qtbot, dialog.save_button)
    assert dialog.isVisible() and "after the decimal point" in dialog.error_label.text()
    assert count_entries() == 0


def test_a_command_key_with_a_digit_types_nothing(store, make_window, qtbot):
    _window, dialog = _entry_dialog(make_window, qtbot)
    ui = dialog.ui
    retype(qtbot, ui.pulseSpin, "30")
    qtbot.keyClick(ui.pulseSpin, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    assert ui.pulseSpin.cleanText() == "30"  # a command, not a zero typed past the limit
