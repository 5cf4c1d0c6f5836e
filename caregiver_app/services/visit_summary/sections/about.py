"""The line under the title: the diagnosis and allergies, when the profile has them."""

from __future__ import annotations

from reportlab.platypus import Flowable

from caregiver_app.services.pdf.paragraph import Paragraph
from caregiver_app.services.pdf.pieces import fill
from caregiver_app.services.pdf.text import markup
from caregiver_app.services.visit_summary.sections.kit import SectionKit


class AboutPart(SectionKit):
    """The line under the title: the diagnosis and allergies, when the profile has them."""

    def about(self) -> list[Flowable]:
        """The diagnosis and allergies, as the family recorded them."""
        labels, parts = self.labels, []
        if self.data.diagnosis:
            parts.append(markup(fill(labels.diagnosis, text=self.data.diagnosis)))
        if self.data.allergies:
            parts.append(markup(fill(labels.allergies, text=self.data.allergies)))
        if not parts:
            return []
        return [Paragraph("<br/>".join(parts), self.styles.about)]
