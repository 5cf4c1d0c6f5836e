"""Text in a ReportLab drawing: shipped fonts per script, fitted to the room it has."""

from __future__ import annotations

from reportlab.graphics.shapes import (
    Group,
    String,
)
from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics

from caregiver_app.services.pdf.bidi import visual_line
from caregiver_app.services.pdf.palette import INK
from caregiver_app.services.pdf.text import CJK, SANS, SANS_BOLD, font_for, printed


def plain(text: str) -> str:
    """One line of text: control characters (never printable, invalid in XML) as spaces, and
    what a printout leaves out (:func:`printed`) left out."""
    cleaned = "".join(" " if ord(c) < 32 or 127 <= ord(c) < 160 else c for c in printed(text))
    return " ".join(cleaned.split())


def _needs_other_font(text: str) -> bool:
    """True when a character of ``text`` is drawn by a font other than CareSans."""
    return any(font_for(char) != SANS for char in text)


def text_width(text: str, font_name: str, size: float) -> float:
    """The width of ``text`` as :func:`drawn_text` draws it in ``font_name``, in points: each
    run of characters in the font that draws it (:func:`_runs`)."""
    return sum(pdfmetrics.stringWidth(piece, font, size) for piece, font in _runs(text, font_name))


def _fit(text: str, font_name: str, size: float, room: float) -> str:
    """``text``, shortened with an ellipsis if it is wider than ``room``."""
    if text_width(text, font_name, size) <= room:
        return text
    while text and text_width(text + "…", font_name, size) > room:
        text = text[:-1]
    return text.rstrip() + "…" if text else ""


def _runs(text: str, font_name: str) -> list[tuple[str, str]]:
    """(piece, font) runs: each character in the font that draws it (:func:`font_for`), CareSans
    characters in ``font_name``.

    The CJK and symbols fonts have no Latin letters or digits, so one font for a mixed
    label ("评分（0-10）", "Mood 🙂") would drop the digits or letters.
    """
    runs: list[tuple[str, str]] = []
    for char in text:
        font = font_for(char, font_name)
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
        total = text_width(text, font_name, size)
        start = {"start": x, "middle": x - total / 2, "end": x - total}[anchor]
        for piece, font in _runs(text, font_name):
            # A run's own spaces become room beside it: an SVG reader drops the spaces at
            # the ends of a text, which left "最近 30 天" as "最近30  天".
            drawn = piece.strip()
            lead = pdfmetrics.stringWidth(piece[: len(piece) - len(piece.lstrip())], font, size)
            if drawn:
                self.add(
                    String(start + lead, y, drawn, fontName=font, fontSize=size, fillColor=color)
                )
            start += pdfmetrics.stringWidth(piece, font, size)

    def width(self) -> float:
        """How wide the label is when drawn."""
        return text_width(self.text, self.fontName, self.size)


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
    """A line of text for the chart, in CareSans, or the CJK or symbols font where a character
    needs it."""
    # The CJK font has no bold: a bold line with CJK in it is drawn in the regular weight
    # throughout, so its digits and Latin words do not stand out from the characters.
    base = SANS_BOLD if bold and not any(font_for(c) == CJK for c in text) else SANS
    if room is not None:
        text = _fit(text, base, size, room)
    text = visual_line(text)  # Hebrew and Arabic in the order read, Arabic letters joined
    if not _needs_other_font(text):
        return String(x, y, text, fontName=base, fontSize=size, fillColor=color, textAnchor=anchor)
    return _Label(x, y, text, base, size, color, anchor)


def shown_width(shape: String | _Label, size: float) -> float:
    """The drawn width of what drawn_text returned."""
    if isinstance(shape, _Label):
        return shape.width()
    return text_width(shape.text, shape.fontName, size)
