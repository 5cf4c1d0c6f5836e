"""A step of Edit > Undo that the record refuses says why in a sentence; nothing crashes."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from caregiver_app.store.errors import RecordAccessError
from caregiver_app.views.widgets.done_command import DoneCommand


def test_a_full_disk_during_undo_is_said_and_the_step_stays_for_another_try(qapp):
    stack = QUndoStack()
    said: list[str] = []
    full = True

    def back() -> None:
        if full:
            raise RecordAccessError("database or disk is full")

    stack.push(DoneCommand("Delete note", lambda: None, back, lambda: None, said.append))
    stack.undo()
    assert said == [
        "Delete note: could not be undone (database or disk is full). Nothing was changed."
    ]
    assert stack.count() == 1  # Redo (which changes nothing) and then Undo try again
    full = False
    stack.redo()
    stack.undo()
    assert len(said) == 1
