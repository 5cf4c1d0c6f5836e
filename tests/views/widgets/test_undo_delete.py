"""Deleting with Edit > Undo to bring it back: the one way every page deletes a record."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtGui import QUndoStack

from caregiver_app.store.deleted_rows import DeletedRow
from caregiver_app.store.errors import RecordAccessError
from caregiver_app.views.signals import AppSignals
from caregiver_app.views.widgets.undo_delete import RowPlaces, UndoableDeletes


@dataclass
class Note:
    id: int
    text: str


class NotePlaces(RowPlaces):
    """The notes' places: no record file, so nothing else writes where a note was."""

    @staticmethod
    def names(row_id: int) -> dict[str, str]:
        return {}

    @staticmethod
    def mark(record: object, names: dict[str, str]) -> DeletedRow:
        return DeletedRow("note", record.id, None)

    @staticmethod
    def check(row: DeletedRow) -> None:
        pass

    @staticmethod
    def ours(row: DeletedRow) -> None:
        pass


class Page:
    """A page with the window's undo stack and signals, and a store of two notes."""

    def __init__(self) -> None:
        self.undo_stack = QUndoStack()
        self.signals = AppSignals()
        self.kept = {1: Note(1, "Ask about the new patch"), 2: Note(2, "Refill on Friday")}
        self.said: list[str] = []
        self.reloads = 0
        self.refuse = False
        self.signals.status_reported.connect(self.said.append)

    def delete(self, note_id: int) -> Note | None:
        if self.refuse:
            raise RecordAccessError("database or disk is full")
        return self.kept.pop(note_id, None)

    def restore(self, note: Note) -> None:
        self.kept[note.id] = note

    def reload(self) -> None:
        self.reloads += 1

    def notes(self) -> UndoableDeletes[Note]:
        return UndoableDeletes(self, self.delete, self.restore, self.reload, NotePlaces())


def test_a_deletion_is_undone_and_redone(qapp):
    page = Page()
    failures: list[RecordAccessError] = []
    deleted = page.notes().delete(
        1, lambda note: f"Delete note {note.text}", "Note deleted.", failures.append
    )
    assert deleted == Note(1, "Ask about the new patch")
    assert list(page.kept) == [2]
    assert page.said == ["Note deleted."]
    assert page.reloads == 1
    assert page.undo_stack.undoText() == "Delete note Ask about the new patch"
    page.undo_stack.undo()
    assert page.kept[1] == Note(1, "Ask about the new patch")
    page.undo_stack.redo()
    assert 1 not in page.kept
    assert failures == []


def test_a_refused_deletion_changes_nothing_and_says_why(qapp):
    page = Page()
    page.refuse = True
    failures: list[RecordAccessError] = []
    assert page.notes().delete(1, lambda note: note.text, "Note deleted.", failures.append) is None
    assert [str(error) for error in failures] == ["database or disk is full"]
    assert list(page.kept) == [1, 2]
    assert page.undo_stack.count() == 0
    assert page.said == []
    assert page.reloads == 0


def test_a_note_already_gone_is_left_at_that(qapp):
    page = Page()
    assert page.notes().delete(9, lambda note: note.text, "Note deleted.", print) is None
    assert page.undo_stack.count() == 0
    assert page.said == []


def test_without_failed_the_refusal_goes_up(qapp):
    page = Page()
    page.refuse = True
    with pytest.raises(RecordAccessError, match="disk is full"):
        page.notes().delete(1, lambda note: note.text, "")
    assert list(page.kept) == [1, 2]
    assert page.undo_stack.count() == 0
