"""A vital sign the family did not touch is saved as the record held it, whatever the box
shows: the boxes show one decimal, and an entry edited only to add to its note saved
37.25 °C from a file as 37.3, and 100.1 °F typed on another computer (37.83 °C) as 37.8
(100.0 °F back on that computer)."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale, Qt

from caregiver_app.services.diary.csv_file import import_parsed, read_csv
from caregiver_app.store.diary.entries import entries_between
from tests.helpers.keys import retype
from tests.helpers.large_text import shown_active
from tests.helpers.locales import LOCALES

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _locale_restored():
    previous = QLocale()
    yield
    QLocale.setDefault(previous)


def _diary(make_window, qtbot, locale: str):
    window = make_window()
    QLocale.setDefault(LOCALES[locale])  # the window applied the system's; the test's wins
    window.show()
    qtbot.waitExposed(window)
    return window.diary_tab


def _open_the_entry(make_window, qtbot, locale: str):
    """The only entry, opened from the table by keyboard."""
    tab = _diary(make_window, qtbot, locale)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)  # opens the entry, as a double click does
    return shown_active(qtbot, tab.entry_dialog)


def _save(qtbot, dialog):
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible(), dialog.error_label.text()
    (entry,) = entries_between(None, None)
    return entry


def _edit_the_note(make_window, qtbot, locale: str, words: str):
    """Open the only entry, type ``words`` at the end of its note, Save."""
    dialog = _open_the_entry(make_window, qtbot, locale)
    note = dialog.ui.noteEdit
    note.setFocus()
    qtbot.keyClick(note, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(note, words)
    return _save(qtbot, dialog)


def test_values_from_a_file_are_kept_when_only_the_note_is_edited(store, make_window, qtbot):
    import_parsed(
        read_csv(
            b"recorded_at,note,vital:temperature_c,vital:weight_kg,vital:oxygen_flow_lpm\r\n"
            b"2026-11-20T09:00,Slept,37.25,70.25,2.25\r\n"
        )
    )
    entry = _edit_the_note(make_window, qtbot, "es_ES", " badly")
    assert entry.note == "Slept badly"
    assert (entry.temperature_c, entry.weight_kg, entry.oxygen_flow_lpm) == (37.25, 70.25, 2.25)


def test_fahrenheit_typed_on_one_computer_survives_an_edit_on_a_metric_one(
    store, make_window, qtbot
):
    tab = _diary(make_window, qtbot, "en_US")
    qtbot.mouseClick(tab.new_button, LEFT)
    dialog = shown_active(qtbot, tab.entry_dialog)
    retype(qtbot, dialog.ui.temperatureSpin, "100.1")
    retype(qtbot, dialog.ui.weightSpin, "150.3")
    typed = _save(qtbot, dialog)
    tab.window().close()

    # The family's other computer, in Celsius and kilograms.
    entry = _edit_the_note(make_window, qtbot, "es_ES", "Fiebre por la tarde")
    assert (entry.temperature_c, entry.weight_kg) == (typed.temperature_c, typed.weight_kg)

    dialog = _open_the_entry(make_window, qtbot, "en_US")
    assert dialog.ui.temperatureSpin.text() == "100.1 °F"  # not 100.0
    assert dialog.ui.weightSpin.text() == "150.3 lb"


def test_a_value_changed_is_saved_as_typed(store, make_window, qtbot):
    import_parsed(read_csv(b"recorded_at,vital:temperature_c\r\n2026-11-20T09:00,37.25\r\n"))
    dialog = _open_the_entry(make_window, qtbot, "es_ES")
    retype(qtbot, dialog.ui.temperatureSpin, "38,4")
    entry = _save(qtbot, dialog)
    assert entry.temperature_c == 38.4
    assert entry.recorded_at == datetime(2026, 11, 20, 9, 0)
