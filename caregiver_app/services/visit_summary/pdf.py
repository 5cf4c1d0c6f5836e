"""The visit summary PDF: the handout the caregiver gives the care team.

Lays out :class:`~caregiver_app.services.visit_summary.data.VisitSummaryData` (the
data step) with ReportLab platypus. Every page carries the same header (the person,
date of birth, period, who prepared it and when) and a footer with "Page X of Y";
the sections come from :mod:`caregiver_app.services.visit_summary.sections`. The app
reports, never advises: nothing here suggests what to change.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Table

from caregiver_app.services.pdf.document import draw_text, new_document
from caregiver_app.services.pdf.palette import RULE
from caregiver_app.services.pdf.paragraph import Paragraph
from caregiver_app.services.pdf.pieces import fill, numbered_canvas, unbroken
from caregiver_app.services.pdf.styles import FLUSH, table_style
from caregiver_app.services.pdf.text import markup, register_fonts
from caregiver_app.services.visit_summary.data import VisitSummaryData
from caregiver_app.services.visit_summary.sections.story import SummarySections
from caregiver_app.services.visit_summary.style import Styles, SummaryWording

MARGIN_X = 0.5 * inch
MARGIN_TOP = 0.4 * inch  # above the header
HEADER_GAP = 8  # between the header's rule and the first line of the page
MARGIN_BOTTOM = 0.62 * inch
FOOTER_Y = 0.34 * inch


def header_lines(data: VisitSummaryData, wording: SummaryWording) -> tuple[list[str], list[str]]:
    """The header's left lines (title, name, born) and right lines (period, prepared by)."""
    labels = wording.labels
    left = [labels.title, data.patient_name]
    if data.date_of_birth is not None:
        left.append(fill(labels.born, date=labels.format_date(data.date_of_birth)))
    request = data.request
    # Spaces inside a date (and in "30 days") never break, so a line breaks between them.
    if request.days == 1:
        period = fill(labels.one_day, date=unbroken(labels.format_date(request.start)))
    else:
        period = fill(
            labels.period,
            start=unbroken(labels.format_date(request.start)),
            end=unbroken(labels.format_date(request.end)),
            days=unbroken(labels.count_days(request.days)),
        )
    prepared_on = unbroken(labels.format_date(data.prepared_at.date()))
    if data.caregiver_name:
        prepared = fill(labels.prepared_by, name=data.caregiver_name, date=prepared_on)
    else:
        prepared = fill(labels.prepared_anonymous, date=prepared_on)
    return left, [period, prepared]


class _Furniture:
    """The header and footer drawn on every page, and the room they take.

    The first page has the full header; later pages a shorter one with the same
    facts (person, date of birth, period, who prepared it), leaving more room.
    """

    def __init__(
        self, data: VisitSummaryData, wording: SummaryWording, page_size: tuple[float, float]
    ) -> None:
        self.labels = wording.labels
        self.page_width, self.page_height = page_size
        self.width = self.page_width - 2 * MARGIN_X
        self.styles = Styles()
        self.left, self.right = header_lines(data, wording)
        # Each header is made once and drawn on every page it heads (a long appendix has
        # dozens): the same paragraphs, laid out at the same width.
        self.headers = {first: self._header(first) for first in (True, False)}
        self.heights = {
            first: header.wrap(self.width, self.page_height)[1]
            for first, header in self.headers.items()
        }

    def _header(self, first: bool) -> Table:
        s = self.styles
        title, name, *born = self.left
        period, prepared = self.right
        if first:
            left = [Paragraph(markup(name), s.name)] if name else []
            left += [Paragraph(markup(text), s.born) for text in born]
            right = [
                Paragraph(markup(title), s.title),
                Paragraph(markup(period), s.period),
                Paragraph(markup(prepared), s.prepared),
            ]
        else:
            left = [Paragraph(markup(name), s.running_name)] if name else []
            left += [Paragraph(markup(text), s.running) for text in born]
            right = [
                Paragraph(markup(f"{title}: {period}"), s.running_period),
                Paragraph(markup(prepared), s.running_prepared),
            ]
        share = 0.42 if first else 0.32  # a later page's period fits on one line
        table = Table([[left, right]], colWidths=[self.width * share, self.width * (1 - share)])
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    *FLUSH,
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4 if first else 3),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.9, RULE),
                ]
            )
        )
        return table

    def top_margin(self, first: bool) -> float:
        """The room above the page's text: margin, header and a gap."""
        return MARGIN_TOP + self.heights[first] + HEADER_GAP

    def frame(self, first: bool) -> Frame:
        """Where the text of the first page, or of a later one, goes."""
        height = self.page_height - self.top_margin(first) - MARGIN_BOTTOM
        return Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            self.width,
            height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="first" if first else "later",
        )

    def draw_header(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        """The header, drawn as the page starts, so it is also read first."""
        first = document.page == 1
        header = self.headers[first]
        header.wrapOn(canvas, self.width, self.page_height)
        canvas.saveState()
        header.drawOn(canvas, MARGIN_X, self.page_height - MARGIN_TOP - self.heights[first])
        canvas.restoreState()

    def draw_footer(self, canvas: Canvas, page: int, pages: int) -> None:
        """The footer line and "Page X of Y", drawn once the number of pages is known."""
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, FOOTER_Y + 14, MARGIN_X + self.width, FOOTER_Y + 14)
        bottom = FOOTER_Y + 9
        draw_text(
            canvas, self.labels.footer, self.styles.footer, MARGIN_X, bottom, self.width * 0.78
        )
        number = fill(self.labels.page_of, page=str(page), pages=str(pages))
        right = MARGIN_X + self.width * 0.8
        draw_text(canvas, number, self.styles.page, right, bottom, self.width * 0.2)


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
    document = new_document(
        buffer,
        page_size,
        wording.labels.title,
        side=MARGIN_X,
        top=furniture.top_margin(True),
        bottom=MARGIN_BOTTOM,
    )
    document.addPageTemplates(
        [
            PageTemplate(
                id="first",
                frames=[furniture.frame(True)],
                onPage=furniture.draw_header,
                autoNextPageTemplate="later",
            ),
            PageTemplate(id="later", frames=[furniture.frame(False)], onPage=furniture.draw_header),
        ]
    )
    story = SummarySections(data, wording, furniture.width).story()
    document.build(story, canvasmaker=numbered_canvas(furniture.draw_footer))
    return buffer.getvalue()
