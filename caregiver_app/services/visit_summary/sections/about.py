"""The line under the title: the diagnosis when the profile has it, and the allergies."""

from __future__ import annotations

from reportlab.platypus import Flowable

from caregiver_app.services.pdf.paragraph import Paragraph
from caregiver_app.services.pdf.pieces import fill
from caregiver_app.services.pdf.text import markup
from caregiver_app.services.visit_summary.sections.kit import SectionKit


class AboutPart(SectionKit):
    """The line under the title: the diagnosis when the profile has it, and the allergies."""

    def about(self) -> list[Flowable]:
        """The diagnosis and allergies, as the family recorded them."""
        labels, parts = self.labels, []
        if self.data.diagnosis:
            parts.append(markup(fill(labels.diagnosis, text=self.data.diagnosis)))
        if self.data.allergies:
            parts.append(markup(fill(labels.allergies, text=self.data.allergies)))
        else:  # unknown stays unknown: a missing line would read as "no allergies"
            parts.append(markup(labels.allergies_not_entered))
        return [Paragraph("<br/>".join(parts), self.styles.about)]
