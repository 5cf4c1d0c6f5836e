"""The document every printout is laid out in: its margins, its one frame a page, its details."""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from caregiver_app.services.pdf.paragraph import Paragraph
from caregiver_app.services.pdf.pieces import CREATOR
from caregiver_app.services.pdf.text import SANS, markup

PageDrawing = Callable[[Canvas, BaseDocTemplate], None]


def new_document(
    buffer: io.BytesIO,
    page_size: tuple[float, float],
    title: str,
    *,
    side: float,
    top: float,
    bottom: float,
    author: str = "",
) -> BaseDocTemplate:
    """A document on ``page_size`` with these margins; the file names only its title."""
    return BaseDocTemplate(
        buffer,
        pagesize=page_size,
        leftMargin=side,
        rightMargin=side,
        topMargin=top,
        bottomMargin=bottom,
        title=title,
        author=author,
        subject="",
        keywords="",
        creator=CREATOR,
        producer="",
        initialFontName=SANS,  # no Helvetica in the file, not even unused
    )


def one_frame_pages(
    document: BaseDocTemplate,
    *,
    on_page: PageDrawing | None = None,
    on_page_end: PageDrawing | None = None,
) -> None:
    """Pages of one frame inside the margins; ``on_page`` draws as a page starts (read
    first), ``on_page_end`` as it ends (read last)."""
    frame = Frame(
        document.leftMargin, document.bottomMargin, document.width, document.height, id="body"
    )
    drawing: dict[str, PageDrawing] = {}
    if on_page is not None:
        drawing["onPage"] = on_page
    if on_page_end is not None:
        drawing["onPageEnd"] = on_page_end
    document.addPageTemplates([PageTemplate(id="page", frames=[frame], **drawing)])


def draw_text(
    canvas: Canvas, text: str, style: ParagraphStyle, x: float, bottom: float, width: float
) -> None:
    """Plain ``text`` in ``style`` at most ``width`` wide, its last line ending at ``bottom``."""
    paragraph = Paragraph(markup(text), style)
    _width, height = paragraph.wrap(width, bottom)
    paragraph.drawOn(canvas, x, bottom - height)
