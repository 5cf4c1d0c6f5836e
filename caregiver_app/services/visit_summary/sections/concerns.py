"""The visit summary's main concerns, numbered in a shaded box."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Table

from caregiver_app.services.pdf.palette import ACCENT, HEADER_FILL
from caregiver_app.services.pdf.styles import table_style
from caregiver_app.services.pdf.text import markup
from caregiver_app.services.visit_summary.sections.kit import SectionKit


class ConcernsPart(SectionKit):
    """The visit summary's main concerns, numbered in a shaded box."""

    def concerns(self) -> list[Flowable]:
        """The main concerns, numbered."""
        s = self.styles
        items = [
            Paragraph(markup(text), s.concern, bulletText=f"{number}.")
            for number, text in enumerate(self.data.concerns, start=1)
        ]
        box = Table([[items]], colWidths=[self.width])
        box.setStyle(
            table_style(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), HEADER_FILL),
                    ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ]
            )
        )
        return self.headed(self.labels.concerns_title, [box])
