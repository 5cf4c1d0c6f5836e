"""The open questions section, numbered, with whom to ask."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from caregiver_app.services.pdf.pieces import fill, muted
from caregiver_app.services.pdf.text import markup
from caregiver_app.services.visit_summary.sections.kit import SectionKit


class QuestionsPart(SectionKit):
    """The open questions section, numbered, with whom to ask."""

    def questions(self) -> list[Flowable]:
        """The open questions for this visit, each with whom to ask."""
        labels, s = self.labels, self.styles
        title = labels.questions_title
        if not self.data.questions:
            return self.headed(title, [self.none_line(labels.questions_none)])
        items = []
        for number, question in enumerate(self.data.questions, start=1):
            text = markup(question.text)
            if question.ask_of:
                text += " " + muted(markup(fill(labels.ask_of, who=question.ask_of)))
            items.append(Paragraph(text, s.question, bulletText=f"{number}."))
        first, rest = items[:2], items[2:]
        return [*self.headed(title, first), *rest]
