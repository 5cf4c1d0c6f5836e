"""Table cells of the chart: plain text where it can be, a paragraph where it must.

A week of a busy record fills hundreds of cells. A plain string is drawn by the table
directly; a paragraph is parsed, measured and wrapped several times over. So a cell is
plain text when every character is in CareSans and every line fits its column, and a
paragraph (wrapped, with CareCJK for what CareSans lacks) only otherwise.
"""

from __future__ import annotations

import functools

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

from caregiver_app.services.pdf.bidi import has_rtl
from caregiver_app.services.pdf.paragraph import Paragraph
from caregiver_app.services.pdf.text import SANS, glyphs, markup


@functools.cache
def _plain_characters() -> frozenset[int]:
    # What CareSans draws, less the characters paragraph markup or a line would read.
    return glyphs(SANS) - {ord(char) for char in "\r\n\t"}


def cell(lines: list[str], style: ParagraphStyle, width: float) -> str | Paragraph:
    """``lines`` as a table cell ``width`` wide (inside its padding), in ``style``'s font."""
    lines = [part for line in lines for part in (line.splitlines() or [""])]
    plain = _plain_characters()
    if all(
        all(ord(char) in plain for char in line)
        and not has_rtl(line)  # a paragraph draws Hebrew and Arabic in reading order
        and stringWidth(line, style.fontName, style.fontSize) <= width
        for line in lines
    ):
        return "\n".join(lines)
    return Paragraph("<br/>".join(markup(line) for line in lines), style)
