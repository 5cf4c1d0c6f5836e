"""The visit summary PDF: the handout the caregiver gives the care team.

Lays out :class:`~caregiver_app.services.visit_summary_data.VisitSummaryData` (the
data step) with ReportLab platypus. Every page carries the same header (the person,
date of birth, period, who prepared it and when) and a footer with "Page X of Y";
the sections come from :mod:`caregiver_app.services.visit_summary_sections`. The app
reports, never advises: nothing here suggests what to change.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.units import inch
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table

from caregiver_app.services.atomic_file import atomic_write_bytes
from caregiver_app.services.pdf_pieces import CREATOR, RULE, fill, numbered_canvas, table_style
from caregiver_app.services.pdf_text import SANS, markup, register_fonts
from caregiver_app.services.visit_summary_data import VisitSummaryData
from caregiver_app.services.visit_summary_sections import Styles, SummarySections, SummaryWording

MARGIN_X = 0.6 * inch
MARGIN_TOP = 0.45 * inch  # above the header
HEADER_GAP = 10  # between the header's rule and the first line of the page
MARGIN_BOTTOM = 0.75 * inch
FOOTER_Y = 0.42 * inch


def header_lines(data: VisitSummaryData, wording: SummaryWording) -> tuple[list[str], list[str]]:
    """The header's left lines (title, name, born) and right lines (period, prepared by)."""
    labels = wording.labels
    left = [labels.title, data.patient_name]
    if data.date_of_birth is not None:
        left.append(fill(labels.born, date=labels.format_date(data.date_of_birth)))
    request = data.request
    period = fill(
        labels.period,
        start=labels.format_date(request.start),
        end=labels.format_date(request.end),
        days=str(request.days),
    )
    prepared_on = labels.format_date(data.prepared_at.date())
    if data.caregiver_name:
        prepared = fill(labels.prepared_by, name=data.caregiver_name, date=prepared_on)
    else:
        prepared = fill(labels.prepared_anonymous, date=prepared_on)
    return left, [period, prepared]


class _Furniture:
    """The header and footer drawn on every page, and the room they take."""

    def __init__(self, data: VisitSummaryData, wording: SummaryWording, page_size) -> None:
        self.labels = wording.labels
        self.page_width, self.page_height = page_size
        self.width = self.page_width - 2 * MARGIN_X
        self.styles = Styles()
        self.left, self.right = header_lines(data, wording)
        self.header_height = self._header().wrap(self.width, self.page_height)[1]

    def _header(self) -> Table:
        s = self.styles
        title, name, *born = self.left
        left = [Paragraph(markup(title), s.title)]
        if name:
            left.append(Paragraph(markup(name), s.name))
        left += [Paragraph(markup(text), s.born) for text in born]
        period, prepared = self.right
        right = [Paragraph(markup(period), s.period), Paragraph(markup(prepared), s.prepared)]
        table = Table([[left, right]], colWidths=[self.width * 0.52, self.width * 0.48])
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.9, RULE),
                ]
            )
        )
        return table

    @property
    def top_margin(self) -> float:
        """The room above the page's text: margin, header and a gap."""
        return MARGIN_TOP + self.header_height + HEADER_GAP

    def draw(self, canvas, page: int, pages: int) -> None:
        """Header on top, footer text and "Page X of Y" at the bottom."""
        header = self._header()
        header.wrapOn(canvas, self.width, self.page_height)
        header.drawOn(canvas, MARGIN_X, self.page_height - MARGIN_TOP - self.header_height)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, FOOTER_Y + 14, MARGIN_X + self.width, FOOTER_Y + 14)
        footer = Paragraph(markup(self.labels.footer), self.styles.footer)
        _w, height = footer.wrap(self.width * 0.78, MARGIN_BOTTOM)
        footer.drawOn(canvas, MARGIN_X, FOOTER_Y + 9 - height)
        number = fill(self.labels.page_of, page=str(page), pages=str(pages))
        page_number = Paragraph(markup(number), self.styles.page)
        _w, height = page_number.wrap(self.width * 0.2, MARGIN_BOTTOM)
        page_number.drawOn(canvas, MARGIN_X + self.width * 0.8, FOOTER_Y + 9 - height)


def summary_pdf_bytes(
    data: VisitSummaryData,
    wording: SummaryWording | None = None,
    page_size: tuple[float, float] = LETTER,
) -> bytes:
    """The summary as PDF bytes (for the preview, the printer, or a file)."""
    register_fonts()
    wording = wording or SummaryWording.english()
    furniture = _Furniture(data, wording, page_size)
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=page_size,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=furniture.top_margin,
        bottomMargin=MARGIN_BOTTOM,
        title=wording.labels.title,
        author="",
        subject="",
        keywords="",
        creator=CREATOR,
        producer="",
        initialFontName=SANS,  # no Helvetica in the file, not even unused
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        furniture.width,
        document.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="summary",
    )
    document.addPageTemplates([PageTemplate(id="summary", frames=[frame])])
    story = SummarySections(data, wording, furniture.width).story()
    document.build(story, canvasmaker=numbered_canvas(furniture.draw))
    return buffer.getvalue()


def write_summary_pdf(
    path: Path,
    data: VisitSummaryData,
    wording: SummaryWording | None = None,
    page_size: tuple[float, float] = LETTER,
) -> None:
    """Write the summary to ``path``: all or nothing, readable only by the user."""
    atomic_write_bytes(Path(path), summary_pdf_bytes(data, wording, page_size))
