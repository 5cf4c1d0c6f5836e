"""The open questions section, numbered, with whom to ask; as many as fit a share of page 2.

A question too long for its share is cut at a word and marked as going on in the app,
so one long question leaves room for the short ones after it and never runs over pages.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication
from reportlab.platypus import Flowable

from caregiver_app.services.pdf.paragraph import Paragraph
from caregiver_app.services.pdf.pieces import fill, muted
from caregiver_app.services.pdf.text import markup
from caregiver_app.services.visit_summary.counted import VisitSummary
from caregiver_app.services.visit_summary.sections.fitted import Block, FittedBlocks
from caregiver_app.services.visit_summary.sections.kit import SectionKit

QUESTIONS_MOST = 100  # points: about eight questions, so the rest of page 2 keeps its room
QUESTION_LINES = 3  # lines one question may take before it is cut: others keep their room


class ShortenedLine(Flowable):
    """A paragraph made by ``make(text, cut)``, ``text`` cut at a word (``cut`` True) when
    whole it would be taller than ``most`` points at the width it is laid out at."""

    def __init__(self, text: str, make: Callable[[str, bool], Paragraph], most: float) -> None:
        super().__init__()
        self.text = text
        self.make = make
        self.most = most
        self.whole = self.line = make(text, False)

    def _shortened(self, width: float) -> Paragraph:
        """The longest start of the text, ended at a space where there is one, that fits."""
        # Characters kept: low fits or is the least. No glyph is narrower than a point
        # and a half, so three lines never hold more than the high bound.
        low, high = 1, min(len(self.text), int(width * QUESTION_LINES / 1.5))
        while low < high:
            middle = (low + high + 1) // 2
            if self.make(self.text[:middle], True).wrap(width, 1e6)[1] <= self.most:
                low = middle
            else:
                high = middle - 1
        kept = self.text[:low]
        space = kept.rstrip().rfind(" ")
        if space > low // 2:  # a word cut in two reads as a typing mistake
            kept = kept[:space]
        return self.make(kept.rstrip(), True)

    def wrap(  # ReportLab's argument names
        self,
        availWidth: float,  # noqa: N803
        availHeight: float,  # noqa: N803
    ) -> tuple[float, float]:
        """The line's size at ``availWidth``, shortened first if it is too tall."""
        line = self.whole
        if line.wrap(availWidth, 1e6)[1] > self.most:
            line = self._shortened(availWidth)
        self.line = line
        self.width, self.height = line.wrap(availWidth, 1e6)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        """Never split: it is at most a few lines."""
        return []

    def draw(self) -> None:
        """The (shortened) paragraph."""
        self.line.drawOn(self.canv, 0, 0)


class QuestionsPart(SectionKit):
    """The open questions section, numbered, with whom to ask."""

    def more_questions(self, count: int) -> Paragraph | None:
        """How many open questions did not fit."""
        text = VisitSummary.tr(
            "%n more open questions did not fit here; the app lists them all.",
            None,
            count,
        )
        return Paragraph(muted(markup(text), 8), self.styles.small)

    def questions(self) -> list[Flowable]:
        """The open questions for this visit, each with whom to ask, in the list's order."""
        labels = self.labels
        title = labels.questions_title
        if not self.data.questions:
            return self.headed(title, [self.none_line(labels.questions_none)])
        rest: list[Block] = [
            (1, partial(self.question_line, number))
            for number in range(2, len(self.data.questions) + 1)
        ]
        fitted = FittedBlocks(rest, self.more_questions, most=QUESTIONS_MOST)
        return [*self.headed(title, [self.question_line(1)]), fitted]

    def question_line(self, number: int) -> Flowable:
        """Question ``number`` (from 1), with whom to ask; cut with a mark when too long."""
        question = self.data.questions[number - 1] if self.data.questions else None
        assert question is not None
        style = self.styles.question
        ask_of = (
            " " + muted(markup(fill(self.labels.ask_of, who=question.ask_of)))
            if question.ask_of
            else ""
        )
        goes_on = " " + muted(
            markup(QCoreApplication.translate("VisitSummary", "… (continues in the app)"))
        )

        def make(text: str, cut: bool) -> Paragraph:
            shown = markup(text) + (goes_on if cut else "") + ask_of
            return Paragraph(shown, style, bulletText=f"{number}.")

        return ShortenedLine(question.text, make, QUESTION_LINES * style.leading + 0.5)
