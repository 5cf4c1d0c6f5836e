"""Text in a ReportLab drawing: shipped fonts per script, fitted to the room it has."""

from __future__ import annotations

from reportlab.graphics.shapes import (
    Group,
    String,
)
from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics

from caregiver_app.services.pdf.palette import INK
from caregiver_app.services.pdf.text import CJK, SANS, SANS_BOLD, glyphs


def plain(text: str) -> str:
    """One line of text: control characters (never printable, invalid in XML) as spaces."""
    cleaned = "".join(" " if ord(c) < 32 or 127 <= ord(c) < 160 else c for c in text)
    return " ".join(cleaned.split())


def _font_for(text: str, font_name: str) -> str:
    """``font_name``, or the CJK font when the text needs glyphs only that font has."""
    sans = glyphs(SANS)  # the CJK font is read only for text CareSans cannot print
    needs_cjk = any(ord(c) not in sans and ord(c) in glyphs(CJK) for c in text if not c.isspace())
    return CJK if needs_cjk else font_name


def text_width(text: str, font_name: str, size: float) -> float:
    """The width of ``text`` in one font, in points."""
    return pdfmetrics.stringWidth(text, font_name, size)


def _fit(text: str, font_name: str, size: float, room: float) -> str:
    """``text``, shortened with an ellipsis if it is wider than ``room``."""
    if text_width(text, font_name, size) <= room:
        return text
    while text and text_width(text + "…", font_name, size) > room:
        text = text[:-1]
    return text.rstrip() + "…" if text else ""


def _runs(text: str, font_name: str) -> list[tuple[str, str]]:
    """(piece, font) runs: CJK characters in the CJK font, everything else in ``font_name``.

    The CJK font has no Latin letters or digits, so one font for a mixed label
    ("评分（0-10）") would drop the digits.
    """
    sans = glyphs(SANS)
    runs: list[tuple[str, str]] = []
    for char in text:
        font = CJK if ord(char) not in sans and ord(char) in glyphs(CJK) else font_name
        if runs and runs[-1][1] == font:
            runs[-1] = (runs[-1][0] + char, font)
        else:
            runs.append((char, font))
    return runs


class _Label(Group):
    """A line of text drawn as one String per font run, placed side by side."""

    def __init__(
        self,
        x: float,
        y: float,
        text: str,
        font_name: str,
        size: float,
        color: Color,
        anchor: str,
    ) -> None:
        super().__init__()
        # Plain attributes for callers; ReportLab's shapes only accept declared ones.
        self.__dict__.update(text=text, fontName=font_name, size=size)
        runs = _runs(text, font_name)
        total = sum(text_width(piece, font, size) for piece, font in runs)
        start = {"start": x, "middle": x - total / 2, "end": x - total}[anchor]
        for piece, font in runs:
            self.add(String(start, y, piece, fontName=font, fontSize=size, fillColor=color))
            start += text_width(piece, font, size)

    def width(self) -> float:
        """How wide the label is when drawn."""
        return sum(
            text_width(piece, font, self.size) for piece, font in _runs(self.text, self.fontName)
        )


def drawn_text(
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    color: Color = INK,
    anchor: str = "start",
    room: float | None = None,
) -> String | _Label:
    """A line of text for the chart, in CareSans or the CJK font where a character needs it."""
    base = SANS_BOLD if bold else SANS
    font = _font_for(text, base)
    if room is not None:
        text = _fit(text, font, size, room)
    if font == base:
        return String(x, y, text, fontName=font, fontSize=size, fillColor=color, textAnchor=anchor)
    return _Label(x, y, text, base, size, color, anchor)


def shown_width(shape: String | _Label, size: float) -> float:
    """The drawn width of what drawn_text returned."""
    if isinstance(shape, _Label):
        return shape.width()
    return text_width(shape.text, shape.fontName, size)
