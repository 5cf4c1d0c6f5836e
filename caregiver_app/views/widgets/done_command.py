"""A change already made, on the window's undo stack: Undo takes it back, Redo makes it again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand


class DoneCommand(QUndoCommand):
    """A change the user made, pushed once it is kept: ``again`` makes it again, ``back``
    takes it back, and ``changed`` then lets the window reload.

    The first redo, which ``QUndoStack.push`` runs, does nothing: the change is made
    already, and any error was shown then.
    """

    def __init__(
        self,
        text: str,
        again: Callable[[], object],
        back: Callable[[], object],
        changed: Callable[[], None],
    ) -> None:
        super().__init__(text)  # Edit > Undo reads "Undo <text>"
        self._again = again
        self._back = back
        self.changed = changed
        self._first = True

    def redo(self) -> None:
        """Make the change again (not on the first call: it is made already)."""
        if self._first:
            self._first = False
            return
        self._again()
        self.changed()

    def undo(self) -> None:
        """Take the change back."""
        self._back()
        self.changed()
