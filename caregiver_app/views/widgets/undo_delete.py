"""One deletion on the window's undo stack: Edit > Undo puts the record back as it was."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QUndoCommand, QUndoStack

Record = TypeVar("Record")


class DeleteCommand(QUndoCommand, Generic[Record]):
    """A record the user deleted; Undo saves it again (same id), Redo deletes it again.

    Push it after the deletion succeeded: the first redo, which ``QUndoStack.push``
    runs, does nothing, as the record is gone already and any error was shown then.
    """

    def __init__(
        self,
        text: str,
        record: Record,
        delete: Callable[[int], object],
        restore: Callable[[Record], object],
        changed: Callable[[], None],
    ) -> None:
        super().__init__(text)  # Edit > Undo reads "Undo <text>"
        self.record = record
        self._delete = delete
        self._restore = restore
        self.changed = changed
        self._first = True

    def redo(self) -> None:
        """Delete the record again (not on the first call: it is deleted already)."""
        if self._first:
            self._first = False
            return
        self._delete(self.record.id)
        self.changed()

    def undo(self) -> None:
        """Save the record back as it was."""
        self._restore(self.record)
        self.changed()


def push_deletion(
    undo_stack: QUndoStack,
    command: DeleteCommand[Record],
    report: Callable[[str], object],
    done: str,
) -> None:
    """Put a deletion that succeeded on the undo stack, announce the change, and say ``done``."""
    undo_stack.push(command)
    command.changed()
    if done:
        report(done)
