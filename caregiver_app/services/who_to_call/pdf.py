"""The "Who to call" sheet as a PDF: one page if it fits, the type tighter before a second."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.units import inch
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageTemplate,
    Paragraph,
)

from caregiver_app.services.atomic_file import atomic_write_bytes
from caregiver_app.services.pdf.palette import RULE
from caregiver_app.services.pdf.pieces import CREATOR, fill
from caregiver_app.services.pdf.text import SANS, markup, register_fonts
from caregiver_app.services.who_to_call.labels import WhoToCallLabels
from caregiver_app.services.who_to_call.sheet import Sheet
from caregiver_app.services.who_to_call.sheet_style import COMPACT, DENSITIES, Density, SheetStyles
from caregiver_app.store.contacts import ContactRecord

MARGIN_X = 0.5 * inch
FRAME_PADDING = 6  # platypus' default padding inside the page frame
MARGIN_TOP = 0.5 * inch
MARGIN_BOTTOM = 0.75 * inch
FOOTER_Y = 0.4 * inch


class _SheetDocument(BaseDocTemplate):
    """One frame a page, with the footer line and, on longer sheets, "Page X of Y"."""

    def __init__(self, buffer, *, footer: str, page_of: str, total_pages: int, **kwargs):
        super().__init__(buffer, **kwargs)
        self._footer = footer
        self._page_of = page_of
        self._total_pages = total_pages
        self._styles = SheetStyles()
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="sheet")
        # Drawn when the page ends, so the footer also comes last when the text is read.
        self.addPageTemplates([PageTemplate(id="sheet", frames=[frame], onPageEnd=self._decorate)])

    def _decorate(self, canvas, doc) -> None:
        left = self.leftMargin + FRAME_PADDING
        width = self.width - 2 * FRAME_PADDING
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        top = FOOTER_Y + 16
        canvas.line(left, top, left + width, top)
        footer = Paragraph(markup(self._footer), self._styles.footer)
        _w, height = footer.wrap(width, MARGIN_BOTTOM)
        footer.drawOn(canvas, left, FOOTER_Y + 10 - height)
        if self._total_pages > 1:
            text = fill(self._page_of, page=str(doc.page), pages=str(self._total_pages))
            number = Paragraph(markup(text), self._styles.page)
            _w, height = number.wrap(width, MARGIN_BOTTOM)
            number.drawOn(canvas, left, FOOTER_Y - 4 - height)
        canvas.restoreState()


def _render(sheet: Sheet, labels: WhoToCallLabels, page_size, total_pages: int):
    buffer = io.BytesIO()
    document = _SheetDocument(
        buffer,
        footer=labels.footer,
        page_of=labels.page_of,
        total_pages=total_pages,
        pagesize=page_size,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=labels.title,
        author="",
        subject="",
        keywords="",
        creator=CREATOR,
        producer="",
        initialFontName=SANS,  # no Helvetica in the file, not even unused
    )
    document.build(sheet.story())
    return buffer.getvalue(), document.page


def build_who_to_call_pdf(
    path: Path,
    contacts: list[ContactRecord],
    patient_name: str,
    prepared_on: date,
    labels: WhoToCallLabels,
    role_label: Callable[[str], str],
    phone_display: Callable[[str], str],
    page_size: tuple[float, float] = LETTER,
) -> None:
    """Write the "Who to call" sheet for ``contacts`` to ``path`` (all or nothing)."""
    register_fonts()
    width = page_size[0] - 2 * MARGIN_X - 2 * FRAME_PADDING

    def sheet(density: Density) -> Sheet:
        return Sheet(
            list(contacts),
            patient_name,
            prepared_on,
            labels,
            role_label,
            phone_display,
            width,
            density,
        )

    # Calm spacing when the sheet fits one page; tighter when that keeps it to one.
    for density in DENSITIES:
        data, pages = _render(sheet(density), labels, page_size, total_pages=1)
        if pages == 1:
            break
    else:  # too long for one page anyway: compact, counted first for "Page X of Y"
        _data, pages = _render(sheet(COMPACT), labels, page_size, total_pages=1)
        data, _pages = _render(sheet(COMPACT), labels, page_size, total_pages=pages)
    atomic_write_bytes(Path(path), data)
