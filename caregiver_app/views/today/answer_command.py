"""A one-key answer on the window's undo stack: Edit > Undo makes the dose read as before."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from caregiver_app.services.medication.today_answers import QuickAnswer, redo_answer, take_back


class AnswerCommand(QUndoCommand):
    """A dose answered "given now" or "skipped" with one key.

    Pushed after the answer was kept: the first redo, which ``QUndoStack.push`` runs,
    does nothing.
    """

    def __init__(self, text: str, quick: QuickAnswer, changed: Callable[[], None]) -> None:
        super().__init__(text)  # Edit > Undo reads "Undo <text>"
        self.quick = quick
        self.changed = changed
        self._first = True

    def redo(self) -> None:
        """Keep the answer again (not on the first call: it is kept already)."""
        if self._first:
            self._first = False
            return
        redo_answer(self.quick)
        self.changed()

    def undo(self) -> None:
        """The dose reads as it did: not logged, or its earlier answer."""
        take_back(self.quick)
        self.changed()
