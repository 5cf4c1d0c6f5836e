"""The visit summary's main concerns, numbered in a shaded box."""

from __future__ import annotations

from reportlab.platypus import Flowable, Table

from caregiver_app.services.pdf.palette import ACCENT, HEADER_FILL
from caregiver_app.services.pdf.paragraph import Paragraph
from caregiver_app.services.pdf.styles import FLUSH, table_style
from caregiver_app.services.pdf.text import markup
from caregiver_app.services.visit_summary.sections.kit import SectionKit


class ConcernsPart(SectionKit):
    """The visit summary's main concerns, numbered in a shaded box."""

    def concerns(self, width: float | None = None) -> list[Flowable]:
        """The main concerns, numbered, in a box ``width`` wide (the text's width if None)."""
        s = self.styles
        items = [
            Paragraph(markup(text), s.concern, bulletText=f"{number}.")
            for number, text in enumerate(self.data.concerns, start=1)
        ]
        # Concerns pasted at length may be taller than a page: the box splits, as text does.
        box = Table([[items]], colWidths=[width or self.width], splitInRow=1)
        box.setStyle(
            table_style(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), HEADER_FILL),
                    ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ]
            )
        )
        if width is not None:  # beside the diagnosis, in a table's cell: no page to keep on
            return [self.heading(self.labels.concerns_title), box]
        return self.headed(self.labels.concerns_title, [box])

    def about_and_concerns(self, about: list[Flowable]) -> list[Flowable]:
        """The diagnosis and allergies on the left, the main concerns beside them."""
        if not self.data.concerns:
            return about
        if not about:
            return self.concerns()
        left = self.width * 0.4
        right = self.width - left - 12
        row = Table([[about, self.concerns(right)]], colWidths=[left + 12, right], splitInRow=1)
        row.setStyle(table_style([*FLUSH, ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return [row]
