"""Fonts and safe text for every PDF the app makes.

Every piece of text a person typed goes through :func:`markup` before it reaches a
ReportLab ``Paragraph``: it escapes what the paragraph parser would read as
markup and sends each character DejaVu Sans lacks to the shipped font that has it
(:func:`font_for`: Chinese, Japanese and Korean to the CJK font, emoji and pictographs to
the symbols font), so names and notes print as typed in any script.
"""

from __future__ import annotations

import functools
import re
import threading
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFError

from caregiver_app.resources import resource_path
from caregiver_app.services.pdf.font_cache import parsed_font

SANS = "CareSans"
SANS_BOLD = "CareSans-Bold"
CJK = "CareCJK"
SYMBOLS = "CareSymbols"

_FONT_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    CJK: "DroidSansFallback.ttf",
    SYMBOLS: "CareSymbols.ttf",
}
# The blocks CareSymbols was cut to (resources/fonts/README.md): symbols, dingbats and
# emoji. A character outside them is never looked up in it, so Chinese text does not
# read the symbols font, nor an emoji the much larger CJK one.
SYMBOL_BLOCKS = (
    (0x2000, 0x24FF),
    (0x2600, 0x27BF),
    (0x2B00, 0x2BFF),
    (0x3030, 0x3030),
    (0x303D, 0x303D),
    (0x3297, 0x3297),
    (0x3299, 0x3299),
    (0x1F000, 0x1F6FF),
    (0x1F900, 0x1F9FF),
)
# A skin tone mark after an emoji (U+1F3FB-1F3FF): a colour a printout in black cannot
# show, which Symbola draws as a grey square beside the emoji. It is left out of the print.
_TONE_MARK = re.compile("(?<=\\S)[\U0001f3fb-\U0001f3ff]")
# The fonts with one face that serves every style (no bold or italic of their own).
_ONE_FACE = (CJK, SYMBOLS)

_lock = threading.Lock()
_registered: set[str] = set()


def _register(name: str) -> None:
    with _lock:
        if name in _registered:
            return
        pdfmetrics.registerFont(parsed_font(name, font_file(name)))
        # <b> inside CareSans text maps to CareSans-Bold; there is no italic face, so
        # italic falls back to upright. The CJK and symbols fonts have one face for every
        # style. addMapping also records the reverse (face -> style), so the upright
        # entries go last and win.
        for bold, italic in ((1, 1), (0, 1), (1, 0), (0, 0)):
            if name == SANS_BOLD:
                addMapping(SANS, bold, italic, SANS_BOLD if bold else SANS)
            elif name in _ONE_FACE:
                addMapping(name, bold, italic, name)
        _registered.add(name)


def register_fonts() -> None:
    """Register CareSans and CareSans-Bold with ReportLab (once; safe to repeat).

    CareCJK, a large font (about 140 ms to read), and CareSymbols are registered when
    text first needs them (:func:`glyphs`, :func:`markup`), CareCJK also by
    :func:`register_cjk_font`. Every printout calls this first, so it also sets how
    ReportLab writes them.
    """
    # Streams in binary, as every PDF reader takes them: ReportLab's default ASCII85
    # (for 7-bit mail) is done in pure Python here and was a tenth of the summary's
    # layout; and no check of every attribute set on a chart's shapes (ours are built
    # by code, not typed in), which was another.
    rl_config.useA85 = 0
    rl_config.shapeChecking = 0
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    _register(SANS)
    _register(SANS_BOLD)


def register_cjk_font() -> None:
    """Register CareCJK with ReportLab (once; safe to repeat)."""
    register_fonts()
    _register(CJK)


def _to_unicode_cmap(font_name: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode map of a font subset, with characters beyond U+FFFF written as
    UTF-16 (two code units), as the PDF standard asks.

    ReportLab writes every character as four hex digits, so an emoji (U+1F44D) became
    five digits that PDF readers take as U+1F44: copying a note out of a summary, or a
    screen reader reading it, gave a wrong character. The rest of the map is ReportLab's.
    """
    cmap = _reportlab_cmap(font_name, [0] * len(subset)).splitlines()
    header = f"{len(subset)} beginbfchar"
    if header not in cmap:  # a ReportLab that writes its map another way: its own map
        return str(_reportlab_cmap(font_name, subset))
    first = cmap.index(header) + 1
    cmap[first : first + len(subset)] = [
        f"<{index:02X}> <{chr(code).encode('utf-16-be').hex().upper()}>"
        for index, code in enumerate(subset)
    ]
    return "\n".join(cmap)


_reportlab_cmap = ttfonts.makeToUnicodeCMap


@functools.cache
def glyphs(font_name: str) -> frozenset[int]:
    """The code points ``font_name`` (one of ours) has a glyph for; registers it if needed.

    None for CareSymbols when its file cannot be read: emoji then print as the boxes they
    printed before it shipped, rather than the printout failing (``--self-test`` names the
    missing file).
    """
    register_fonts()
    if font_name == SYMBOLS:
        try:
            _register(SYMBOLS)
        except (OSError, TTFError):
            return frozenset()
    elif font_name in _ONE_FACE:
        _register(font_name)
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


# One character each font is shipped to draw: what --self-test asks of every font file.
SAMPLES = {SANS: "A", SANS_BOLD: "A", CJK: "王", SYMBOLS: "🙏"}


def font_file(font_name: str) -> Path:
    """The shipped file of ``font_name`` (one of ours)."""
    return resource_path("fonts", _FONT_FILES[font_name])


@functools.cache
def font_for(char: str, font_name: str = SANS) -> str:
    """The font that draws ``char``: ``font_name`` (CareSans or CareSans-Bold) where CareSans
    has it, and for spaces; else CareSymbols or CareCJK where that one has it; else
    ``font_name``, which prints its box for a missing character."""
    code = ord(char)
    if code in glyphs(SANS) or char.isspace():
        return font_name
    if any(low <= code <= high for low, high in SYMBOL_BLOCKS) and code in glyphs(SYMBOLS):
        return SYMBOLS
    if code in glyphs(CJK):
        return CJK
    return font_name


_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def printed(text: str) -> str:
    """``text`` as a printout draws it: the skin tone marks after emoji left out."""
    return _TONE_MARK.sub("", text)


def _clean(text: str) -> str:
    """Line breaks as ``\\n``; other control characters (never printable) as spaces; what
    :func:`printed` leaves out, left out."""
    text = printed(text).replace("\r\n", "\n").replace("\r", "\n")
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
    parts: list[str] = []
    current = SANS
    for char in _clean(text):
        if char == "\n":
            piece = "<br/>"
        else:
            if not char.isspace():  # spaces stay with the run they are in
                wanted = font_for(char)
                if wanted != current:
                    if current != SANS:
                        parts.append("</font>")
                    if wanted != SANS:
                        parts.append(f'<font name="{wanted}">')
                    current = wanted
            piece = _ESCAPES.get(char, char)
        parts.append(piece)
    if current != SANS:
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
