"""The paragraph and table styles every printout starts from, in the shipped fonts."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from caregiver_app.services.pdf.palette import ACCENT, HEADER_FILL, INK, MUTED, RULE
from caregiver_app.services.pdf.text import SANS, SANS_BOLD

TableCommand = tuple[object, ...]  # ("BACKGROUND", (col, row), (col, row), colour), ...

# A table laid out edge to edge: no room around its cells, except below.
FLUSH: list[TableCommand] = [
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
]


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


def bold_style(name: str, size: float, leading: float, **overrides: object) -> ParagraphStyle:
    """A paragraph style in CareSans Bold, ``size`` on ``leading`` points."""
    return paragraph_style(name, fontName=SANS_BOLD, fontSize=size, leading=leading, **overrides)


def muted_style(name: str, size: float, leading: float, **overrides: object) -> ParagraphStyle:
    """A paragraph style in grey, ``size`` on ``leading`` points."""
    return paragraph_style(name, textColor=MUTED, fontSize=size, leading=leading, **overrides)


def grid(pad: float, side: float) -> list[TableCommand]:
    """A list table's look: a tinted heading row, light rules between rows, text at the top."""
    return [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.75, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 1),
        ("LEFTPADDING", (0, 0), (-1, -1), side),
        ("RIGHTPADDING", (0, 0), (-1, -1), side),
    ]


def table_style(commands: list[TableCommand]) -> TableStyle:
    """A table style whose cells default to CareSans (platypus would select Helvetica)."""
    return TableStyle([("FONT", (0, 0), (-1, -1), SANS), *commands])
