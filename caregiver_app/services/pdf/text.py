"""Fonts and safe text for every PDF the app makes.

Every piece of text a person typed goes through :func:`markup` before it reaches a
ReportLab ``Paragraph``: it escapes what the paragraph parser would read as
markup and sends the characters DejaVu Sans lacks (Chinese, Japanese, Korean) to
the shipped CJK font, so names print as typed in any script.
"""

from __future__ import annotations

import functools
import threading

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics

from caregiver_app.resources import resource_path
from caregiver_app.services.pdf.font_cache import parsed_font

SANS = "CareSans"
SANS_BOLD = "CareSans-Bold"
CJK = "CareCJK"

_FONT_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    CJK: "DroidSansFallback.ttf",
}

_lock = threading.Lock()
_registered: set[str] = set()


def _register(name: str) -> None:
    with _lock:
        if name in _registered:
            return
        pdfmetrics.registerFont(parsed_font(name, resource_path("fonts", _FONT_FILES[name])))
        # <b> inside CareSans text maps to CareSans-Bold; there is no italic face, so
        # italic falls back to upright. The CJK font has one face for every style.
        # addMapping also records the reverse (face -> style), so the upright
        # entries go last and win.
        for bold, italic in ((1, 1), (0, 1), (1, 0), (0, 0)):
            if name == SANS_BOLD:
                addMapping(SANS, bold, italic, SANS_BOLD if bold else SANS)
            elif name == CJK:
                addMapping(CJK, bold, italic, CJK)
        _registered.add(name)


def register_fonts() -> None:
    """Register CareSans and CareSans-Bold with ReportLab (once; safe to repeat).

    CareCJK, a large font (about 140 ms to read), is registered when text first
    needs it (:func:`glyphs`, :func:`markup`), or by :func:`register_cjk_font`.
    Every printout calls this first, so it also sets how ReportLab writes them.
    """
    # Streams in binary, as every PDF reader takes them: ReportLab's default ASCII85
    # (for 7-bit mail) is done in pure Python here and was a tenth of the summary's
    # layout; and no check of every attribute set on a chart's shapes (ours are built
    # by code, not typed in), which was another.
    rl_config.useA85 = 0
    rl_config.shapeChecking = 0
    _register(SANS)
    _register(SANS_BOLD)


def register_cjk_font() -> None:
    """Register CareCJK with ReportLab (once; safe to repeat)."""
    register_fonts()
    _register(CJK)


@functools.cache
def glyphs(font_name: str) -> frozenset[int]:
    """The code points ``font_name`` (one of ours) has a glyph for; registers it if needed."""
    if font_name == CJK:
        register_cjk_font()
    else:
        register_fonts()
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def _clean(text: str) -> str:
    """Line breaks as ``\\n``; other control characters (never printable) as spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(
        char if char == "\n" or not (ord(char) < 32 or 127 <= ord(char) < 160) else " "
        for char in text
    )


@functools.cache
def _plain_sans() -> frozenset[str]:
    """The characters :func:`markup` leaves as they are, but for escaping: those CareSans
    draws, less line breaks and the control characters it turns into spaces."""
    return frozenset(
        chr(code)
        for code in glyphs(SANS)
        if not (code < 32 or 127 <= code < 160)  # "\n" and "\r" are below 32
    )


def markup(text: str, bold: bool = False) -> str:
    """Paragraph markup that prints ``text`` exactly as typed, in a font that has its glyphs."""
    if _plain_sans().issuperset(text):  # the usual text: one run of CareSans, escaped
        result = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return f"<b>{result}</b>" if bold else result
    sans = glyphs(SANS)
    parts: list[str] = []
    current = SANS
    for char in _clean(text):
        if char == "\n":
            piece = "<br/>"
        else:
            if not char.isspace():  # spaces stay with the run they are in
                code = ord(char)  # CareCJK only for what CareSans lacks and it has
                wanted = SANS if code in sans or code not in glyphs(CJK) else CJK
                if wanted != current:
                    parts.append(f'<font name="{CJK}">' if wanted == CJK else "</font>")
                    current = wanted
            piece = _ESCAPES.get(char, char)
        parts.append(piece)
    if current == CJK:
        parts.append("</font>")
    result = "".join(parts)
    return f"<b>{result}</b>" if bold else result


# Typed text longer than a column of a page is printed in pieces of about this many
# characters. ReportLab splits a paragraph across pages by laying out all of what is left,
# and a container copies all of it for each page, so one note of 90,000 characters took
# minutes; pieces flow page to page at the cost of the pages. Shorter text stays whole.
PIECE_CHARACTERS = 600
WHOLE_UP_TO = 3000


def text_pieces(
    text: str, most: int = PIECE_CHARACTERS, whole_up_to: int = WHOLE_UP_TO
) -> list[str]:
    """``text`` as it is when it has at most ``whole_up_to`` characters; else cut into
    pieces of at most ``most`` characters, every character kept.

    Cuts fall at the typed line breaks first (the break itself is where one piece ends
    and the next begins, so it is not printed twice); a line longer than ``most`` is cut
    after the last full stop and space within it, else after the last space, else at
    ``most``.
    """
    if len(text) <= max(most, whole_up_to):
        return [text]
    pieces: list[str] = []
    current: str | None = None  # the piece being filled ("" is an empty typed line)
    for line in text.split("\n"):
        for index, part in enumerate(_cut_line(line, most)):
            if current is None:
                current = part
                continue
            joined = current + ("" if index else "\n") + part
            if len(joined) > most:
                pieces.append(current)
                joined = part
            current = joined
    pieces.append(current or "")
    return pieces


def _cut_line(line: str, most: int) -> list[str]:
    """``line`` in parts of at most ``most`` characters, cut where reading pauses."""
    parts: list[str] = []
    while len(line) > most:
        stop = line.rfind(". ", most // 4, most - 1)
        space = line.rfind(" ", most // 4, most)
        cut = stop + 2 if stop >= 0 else space + 1 if space >= 0 else most
        parts.append(line[:cut])
        line = line[cut:]
    parts.append(line)
    return parts
