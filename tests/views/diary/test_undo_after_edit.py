"""Undo, edit, Redo, Undo: the entry that comes back is the one last seen, edits and all."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from caregiver_app.store.diary.entries import EntryRecord, get_entry, save_entry
from tests.helpers.keys import retype


def _delete_the_entry(tab, entry_id, qtbot) -> None:
    tab.select_entry(entry_id)
    box = tab.delete_selected()
    delete = next(b for b in box.findChildren(QPushButton) if b.text() == "Delete")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)


def test_an_edit_made_between_undo_and_redo_comes_back_with_the_next_undo(
    store, make_window, qtbot
):
    at = (datetime.now() - timedelta(hours=3)).replace(second=0, microsecond=0)
    entry_id = save_entry(EntryRecord(recorded_at=at, scores={"pain": 2}, note="Restless."))
    window = make_window()
    tab = window.diary_tab
    undo, redo = window.actions_by_name["undo"], window.actions_by_name["redo"]
    _delete_the_entry(tab, entry_id, qtbot)
    undo.trigger()  # back it comes: pain 2
    # The family corrects it: pain was 8, and a word more in the note.
    tab.select_entry(entry_id)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = tab.entry_dialog
    retype(qtbot, dialog.ui.painSpin, "8")
    dialog.ui.noteEdit.setFocus()
    qtbot.keyClick(dialog.ui.noteEdit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.ui.noteEdit, " Woke twice.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    edited = get_entry(entry_id)
    assert (edited.scores["pain"], edited.note) == (8, "Restless. Woke twice.")
    # Edit > Redo deletes it again, and Edit > Undo brings back the corrected entry.
    redo.trigger()
    assert get_entry(entry_id) is None
    undo.trigger()
    assert get_entry(entry_id) == edited  # was pain 2 and "Restless.": the edit lost
    assert tab.model.rowCount() == 1
