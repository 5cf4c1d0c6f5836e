"""Marking a question answered, as one step of Edit > Undo and Redo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from caregiver_app.store.questions import QuestionRecord, get_question, save_question


def short_text(text: str, limit: int = 40) -> str:
    """``text`` on one line, cut to ``limit`` characters with "…", as an Edit menu item shows it."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# What the answering form can change; saving ignores the rest (ids, order, display names).
_FORM_FIELDS = (
    "text",
    "ask_role",
    "ask_contact_id",
    "appointment_id",
    "occurrence_start",
    "answer",
    "answered_at",
)


class AnswerQuestionCommand(QUndoCommand):
    """A question marked answered; Edit > Undo puts it back on the open list.

    Undo and Redo change only what the answering form changed (the answer, and the
    question's wording if it was corrected there), each time on the question as it is
    then: an edit made in between (the answer written out more fully after saving, the
    wording fixed after the undo) is kept, not replaced by an older copy.
    """

    def __init__(self, before: QuestionRecord, changed: Callable[[], None]) -> None:
        super().__init__(
            QCoreApplication.translate("QuestionPanel", "Answer “{text}”").format(
                text=short_text(before.text)
            )
        )
        self.before = before
        self.changed = changed
        self._first = True
        self._after: QuestionRecord | None = None
        self._fields: tuple[str, ...] = ()

    def redo(self) -> None:
        """Answer the question again (the first time, the dialog has saved it)."""
        if self._first:  # the dialog already saved it
            self._first = False
            self._after = get_question(self.before.id)
            if self._after is not None:
                self._fields = tuple(
                    name
                    for name in _FORM_FIELDS
                    if getattr(self._after, name) != getattr(self.before, name)
                )
            return
        if self._after is not None:
            self._apply(self._after)
        self.changed()

    def undo(self) -> None:
        """Put the question back as it was before it was answered."""
        self._after = get_question(self.before.id) or self._after  # with any later edit
        self._apply(self.before)
        self.changed()

    def _apply(self, source: QuestionRecord) -> None:
        current = get_question(self.before.id)
        if current is None:
            return  # no longer in the record (a sync took it away): nothing to change
        for name in self._fields:
            setattr(current, name, getattr(source, name))
        save_question(current)
