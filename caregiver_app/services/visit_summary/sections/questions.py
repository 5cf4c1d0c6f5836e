"""The open questions section, numbered, with whom to ask; as many as fit a share of page 2."""

from __future__ import annotations

from functools import partial

from reportlab.platypus import Flowable

from caregiver_app.services.pdf.paragraph import Paragraph
from caregiver_app.services.pdf.pieces import fill, muted
from caregiver_app.services.pdf.text import markup
from caregiver_app.services.visit_summary.counted import VisitSummary
from caregiver_app.services.visit_summary.sections.fitted import Block, FittedBlocks
from caregiver_app.services.visit_summary.sections.kit import SectionKit

QUESTIONS_MOST = 100  # points: about eight questions, so the rest of page 2 keeps its room


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

    def question_line(self, number: int) -> Paragraph:
        """Question ``number`` (from 1), with whom to ask."""
        question = self.data.questions[number - 1] if self.data.questions else None
        assert question is not None
        text = markup(question.text)
        if question.ask_of:
            text += " " + muted(markup(fill(self.labels.ask_of, who=question.ask_of)))
        return Paragraph(text, self.styles.question, bulletText=f"{number}.")
