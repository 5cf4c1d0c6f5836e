"""The paragraph and table styles every printout starts from, in the shipped fonts."""

from __future__ import annotations

from collections.abc import Collection

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


def joined_rows(
    commands: list[TableCommand], continued: Collection[int], row_count: int
) -> list[TableCommand]:
    """A list table's ``commands`` (from :func:`grid`) for rows some of which go on in the
    row below (the pieces of a long text, ``text_pieces``): no rule and no padding between
    a row in ``continued`` and the next, so the pieces read as one text."""
    if not continued:
        return commands
    under = ("LINEBELOW", (0, 1), (-1, -1))
    at = next(i for i, command in enumerate(commands) if command[:3] == under)
    rule = commands[at]
    rules: list[TableCommand] = [
        (rule[0], (0, row), (-1, row), *rule[3:])
        for row in range(1, row_count)
        if row not in continued
    ]
    joins: list[TableCommand] = []
    for row in continued:
        joins += [
            ("BOTTOMPADDING", (0, row), (-1, row), 0),
            ("TOPPADDING", (0, row + 1), (-1, row + 1), 0),
        ]
    return [*commands[:at], *rules, *commands[at + 1 :], *joins]


def table_style(commands: list[TableCommand]) -> TableStyle:
    """A table style whose cells default to CareSans (platypus would select Helvetica)."""
    return TableStyle([("FONT", (0, 0), (-1, -1), SANS), *commands])
