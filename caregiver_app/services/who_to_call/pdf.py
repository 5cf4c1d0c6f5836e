"""The "Who to call" sheet as a PDF: one page if it fits, the type tighter before a second."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate

from caregiver_app.services.atomic_file import atomic_write_bytes
from caregiver_app.services.pdf.document import draw_text, new_document, one_frame_pages
from caregiver_app.services.pdf.palette import RULE
from caregiver_app.services.pdf.pieces import fill
from caregiver_app.services.pdf.text import register_fonts
from caregiver_app.services.who_to_call.labels import WhoToCallLabels
from caregiver_app.services.who_to_call.sheet import Sheet, SheetContent
from caregiver_app.services.who_to_call.sheet_style import COMPACT, DENSITIES, Density, SheetStyles

MARGIN_X = 0.5 * inch
FRAME_PADDING = 6  # platypus' default padding inside the page frame
MARGIN_TOP = 0.5 * inch
MARGIN_BOTTOM = 0.75 * inch
FOOTER_Y = 0.4 * inch


class _Footer:
    """The footer line and, on longer sheets, "Page X of Y", drawn as each page ends."""

    def __init__(self, labels: WhoToCallLabels, document: BaseDocTemplate, total_pages: int):
        self.labels = labels
        self.styles = SheetStyles()
        self.left = document.leftMargin + FRAME_PADDING
        self.width = document.width - 2 * FRAME_PADDING
        self.total_pages = total_pages

    def draw(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        """Drawn when the page ends, so the footer also comes last when the text is read."""
        left, width = self.left, self.width
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        top = FOOTER_Y + 16
        canvas.line(left, top, left + width, top)
        draw_text(canvas, self.labels.footer, self.styles.footer, left, FOOTER_Y + 10, width)
        if self.total_pages > 1:
            text = fill(self.labels.page_of, page=str(document.page), pages=str(self.total_pages))
            draw_text(canvas, text, self.styles.page, left, FOOTER_Y - 4, width)
        canvas.restoreState()


def _render(
    sheet: Sheet, labels: WhoToCallLabels, page_size: tuple[float, float], total_pages: int
) -> tuple[bytes, int]:
    buffer = io.BytesIO()
    document = new_document(
        buffer, page_size, labels.title, side=MARGIN_X, top=MARGIN_TOP, bottom=MARGIN_BOTTOM
    )
    one_frame_pages(document, on_page_end=_Footer(labels, document, total_pages).draw)
    document.build(sheet.story())
    return buffer.getvalue(), document.page


def build_who_to_call_pdf(
    path: Path, content: SheetContent, page_size: tuple[float, float] = LETTER
) -> None:
    """Write the "Who to call" sheet of ``content`` to ``path`` (all or nothing)."""
    register_fonts()
    width = page_size[0] - 2 * MARGIN_X - 2 * FRAME_PADDING
    labels = content.labels

    def sheet(density: Density) -> Sheet:
        return Sheet(content, width, density)

    # Calm spacing when the sheet fits one page; tighter when that keeps it to one.
    counted: dict[Density, int] = {}
    for density in DENSITIES:
        data, counted[density] = _render(sheet(density), labels, page_size, total_pages=1)
        if counted[density] == 1:
            break
    else:  # too long for one page anyway: compact, its pages counted above, for "Page X of Y"
        data, _pages = _render(sheet(COMPACT), labels, page_size, total_pages=counted[COMPACT])
    atomic_write_bytes(Path(path), data)
