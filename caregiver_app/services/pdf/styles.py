"""The paragraph and table styles every printout starts from, in the shipped fonts."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from caregiver_app.services.pdf.palette import INK
from caregiver_app.services.pdf.text import SANS


def paragraph_style(name: str, **overrides: object) -> ParagraphStyle:
    """A paragraph style in CareSans, 10 on 13 points, long words split rather than clipped."""
    base: dict[str, object] = {
        "fontName": SANS,
        "bulletFontName": SANS,  # platypus would draw list numbers in Helvetica
        "fontSize": 10,
        "leading": 13,
        "textColor": INK,
        "splitLongWords": 1,
    }
    base.update(overrides)
    return ParagraphStyle(name, **base)


def table_style(commands: list[tuple[object, ...]]) -> TableStyle:
    """A table style whose cells default to CareSans (platypus would select Helvetica)."""
    return TableStyle([("FONT", (0, 0), (-1, -1), SANS), *commands])
