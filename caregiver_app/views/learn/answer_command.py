"""Marking a question answered, as one step of Edit > Undo and Redo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from caregiver_app.store.deleted_rows import ours
from caregiver_app.store.questions import QuestionRecord, get_question, save_question
from caregiver_app.views.widgets.done_command import DoneCommand


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


class AnswerQuestionCommand(DoneCommand):
    """A question marked answered; Edit > Undo puts it back on the open list.

    Undo and Redo change only what the answering form changed (the answer, and the
    question's wording if it was corrected there), each time on the question as it is
    then: an edit made in between (the answer written out more fully after saving, the
    wording fixed after the undo) is kept, not replaced by an older copy. A question
    another computer deleted or changed since is left as it is, and the step says so.
    """

    def __init__(
        self,
        before: QuestionRecord,
        changed: Callable[[], None],
        failed: Callable[[str], object],
    ) -> None:
        super().__init__(
            QCoreApplication.translate("QuestionPanel", "Answer “{text}”").format(
                text=short_text(before.text)
            ),
            self._again,
            self._back,
            changed,
            failed,
        )
        self.before = before
        self._after = get_question(before.id)  # the dialog has saved it
        self._fields: tuple[str, ...] = ()
        if self._after is not None:
            self._fields = tuple(
                name
                for name in _FORM_FIELDS
                if getattr(self._after, name) != getattr(self.before, name)
            )

    def _again(self) -> None:
        if self._after is not None:
            self._apply(self._after)

    def _back(self) -> None:
        self._after = self._apply(self.before)  # as it was, with any later edit

    def _apply(self, source: QuestionRecord) -> QuestionRecord:
        seen = ours(get_question(self.before.id))
        save_question(seen._replace(**{name: getattr(source, name) for name in self._fields}))
        return seen
