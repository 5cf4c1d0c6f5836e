"""A change already made, on the window's undo stack: Undo takes it back, Redo makes it again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from caregiver_app.store.errors import RecordAccessError, RowTakenError


class StepRefusedError(RowTakenError):
    """An undo or redo step the record refuses for a reason of its own (a name another
    row took since), in a whole sentence that says so and what to do; dropped from the
    stack like a step whose row was changed elsewhere."""


class DoneCommand(QUndoCommand):
    """A change the user made, pushed once it is kept: ``again`` makes it again, ``back``
    takes it back, and ``changed`` then lets the window reload.

    The first redo, which ``QUndoStack.push`` runs, does nothing: the change is made
    already, and any error was shown then. Should a step fail later, ``failed`` hears one
    sentence. A step whose record was changed underneath it (a sync, another program) is
    dropped from the stack; one the record refused for a moment (busy, full) stays, for
    the other direction to mend and for another try.
    """

    def __init__(
        self,
        text: str,
        again: Callable[[], object],
        back: Callable[[], object],
        changed: Callable[[], None],
        failed: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__(text)  # Edit > Undo reads "Undo <text>"
        self._again = again
        self._back = back
        self.changed = changed
        self.failed = failed
        self._first = True

    def redo(self) -> None:
        """Make the change again (not on the first call: it is made already)."""
        if self._first:
            self._first = False
            return
        self._run(self._again, undoing=False)

    def undo(self) -> None:
        """Take the change back."""
        self._run(self._back, undoing=True)

    def _run(self, step: Callable[[], object], undoing: bool) -> None:
        # An exception must not leave a Qt undo callback: it would reach the user as a crash.
        try:
            step()
        except (RowTakenError, RecordAccessError) as error:
            if self.failed is None:
                raise
            self.failed(self._sentence(error, undoing))
            if isinstance(error, RowTakenError):
                self.setObsolete(True)  # QUndoStack drops the step
        self.changed()

    def _sentence(self, error: Exception, undoing: bool) -> str:
        translate = QCoreApplication.translate
        if isinstance(error, StepRefusedError):
            return str(error)  # its own sentence: "changed elsewhere" would be untrue
        if isinstance(error, RowTakenError):
            sentence = (
                translate(
                    "DoneCommand",
                    "{step}: cannot be undone, as it was changed since on another computer or"
                    " by another program. Nothing was changed.",
                )
                if undoing
                else translate(
                    "DoneCommand",
                    "{step}: cannot be redone, as it was changed since on another computer or"
                    " by another program. Nothing was changed.",
                )
            )
            return sentence.format(step=self.text())
        sentence = (
            translate("DoneCommand", "{step}: could not be undone ({reason}). Nothing was changed.")
            if undoing
            else translate(
                "DoneCommand", "{step}: could not be redone ({reason}). Nothing was changed."
            )
        )
        return sentence.format(step=self.text(), reason=error)
