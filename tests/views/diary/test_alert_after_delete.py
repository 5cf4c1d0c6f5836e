"""The alert about a saved entry goes when that entry is deleted, and comes back with it.

Before, the banner kept describing a severe score ("Pain is 9 ...") after the family had
deleted the entry it was about; Edit > Undo, Redo and a dismissal now each leave it as a
careful reader would expect.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from caregiver_app.store.diary.entries import count_entries
from tests.helpers.keys import retype

LEFT = Qt.MouseButton.LeftButton
SEVERE = "Pain is 9, in the severe band (7 to 10)."


def _severe_entry(window, qtbot):
    tab = window.diary_tab
    tab.clock = lambda: datetime(2026, 12, 2, 10, 0)
    qtbot.mouseClick(tab.new_button, LEFT)
    dialog = tab.entry_dialog
    qtbot.waitExposed(dialog)
    retype(qtbot, dialog.ui.painSpin, "9")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert SEVERE in tab.alert_banner.text() and not tab.alert_panel.isHidden()
    return tab


def _delete_selected(tab, qtbot):
    qtbot.mouseClick(tab.delete_button, LEFT)
    delete = next(b for b in tab.delete_box.findChildren(QPushButton) if b.text() == "Delete")
    qtbot.mouseClick(delete, LEFT)


def test_deleting_the_entry_hides_its_alert_and_undo_brings_both_back(store, make_window, qtbot):
    window = make_window()
    tab = _severe_entry(window, qtbot)

    _delete_selected(tab, qtbot)
    assert count_entries() == 0
    assert tab.alert_panel.isHidden()  # before: still up, about an entry that is gone

    window.actions_by_name["undo"].trigger()  # Edit > Undo
    assert count_entries() == 1
    assert not tab.alert_panel.isHidden()
    assert SEVERE in tab.alert_banner.text()

    window.actions_by_name["redo"].trigger()  # Edit > Redo deletes it again
    assert count_entries() == 0
    assert tab.alert_panel.isHidden()


def test_a_dismissed_alert_stays_away_when_its_entry_comes_back(store, make_window, qtbot):
    window = make_window()
    tab = _severe_entry(window, qtbot)
    qtbot.mouseClick(tab.dismiss_alert, LEFT)
    _delete_selected(tab, qtbot)
    window.actions_by_name["undo"].trigger()
    assert count_entries() == 1
    assert tab.alert_panel.isHidden()


def test_deleting_another_entry_leaves_the_alert(store, make_window, qtbot):
    window = make_window()
    tab = _severe_entry(window, qtbot)
    qtbot.mouseClick(tab.new_button, LEFT)
    dialog = tab.entry_dialog
    qtbot.waitExposed(dialog)
    retype(qtbot, dialog.ui.painSpin, "2")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert tab.alert_panel.isHidden()  # the mild entry saved last has no alert
    qtbot.mouseClick(tab.new_button, LEFT)
    dialog = tab.entry_dialog
    qtbot.waitExposed(dialog)
    retype(qtbot, dialog.ui.painSpin, "8")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not tab.alert_panel.isHidden()
    tab.table.selectRow(tab.model.rowCount() - 1)  # the oldest, the first severe one
    _delete_selected(tab, qtbot)
    assert count_entries() == 2
    assert "Pain is 8" in tab.alert_banner.text() and not tab.alert_panel.isHidden()
