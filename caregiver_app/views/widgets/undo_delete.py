"""One deletion on the window's undo stack: Edit > Undo puts the record back as it was."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QUndoStack

from caregiver_app.views.widgets.done_command import DoneCommand

Record = TypeVar("Record")


class DeleteCommand(DoneCommand, Generic[Record]):
    """A record the user deleted; Undo saves it again (same id), Redo deletes it again.

    Push it after the deletion succeeded (see :class:`DoneCommand`).
    """

    def __init__(
        self,
        text: str,
        record: Record,
        delete: Callable[[int], object],
        restore: Callable[[Record], object],
        changed: Callable[[], None],
    ) -> None:
        super().__init__(text, lambda: delete(record.id), lambda: restore(record), changed)
        self.record = record


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
