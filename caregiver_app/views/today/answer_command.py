"""A one-key answer on the window's undo stack: Edit > Undo makes the dose read as before."""

from __future__ import annotations

from collections.abc import Callable

from caregiver_app.services.medication.today_answers import QuickAnswer, redo_answer, take_back
from caregiver_app.views.widgets.done_command import DoneCommand


class AnswerCommand(DoneCommand):
    """A dose answered "given now" or "skipped" with one key; Undo makes it read as it did
    (not logged, or its earlier answer), Redo keeps the answer again as it was last seen
    (with what its dialog added after the key)."""

    def __init__(
        self,
        text: str,
        quick: QuickAnswer,
        changed: Callable[[], None],
        failed: Callable[[str], object],
    ) -> None:
        super().__init__(text, self._again, self._back, changed, failed)
        self.quick = quick

    def _back(self) -> None:
        # The answer as last seen, changed in its dialog since perhaps: what Redo keeps.
        self.quick = take_back(self.quick)

    def _again(self) -> None:
        redo_answer(self.quick)
