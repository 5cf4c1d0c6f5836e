"""Hebrew and Arabic in a printout: joined letters, each line in the order it is read.

ReportLab draws every line left to right, one character after the other, in the order
they were typed, so "שרה לוי" printed as "יול הרש" and Arabic letters stood apart: a
name on a clinical sheet that reads as someone else's. The Unicode bidirectional
algorithm (python-bidi) gives the order a line is drawn in, and arabic-reshaper the joined
shape of each Arabic letter (the presentation forms DejaVu Sans has). Text with no
right-to-left letter, most of what is printed, is never changed.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import arabic_reshaper

# python-bidi and arabic-reshaper load when a printout first has a right-to-left letter:
# most never do, and the reshaper's tables alone took about a tenth of a chart's start.

from caregiver_app.services.pdf.text import SANS, SANS_BOLD, glyphs

_RIGHT_TO_LEFT = frozenset(("R", "AL"))


def has_rtl(text: str) -> bool:
    """True when ``text`` has a right-to-left letter (Hebrew, Arabic, Syriac, Thaana...)."""
    if text.isascii():
        return False
    return any(unicodedata.bidirectional(char) in _RIGHT_TO_LEFT for char in text)


def _first_strong(text: str) -> str:
    """ "R" when the first letter with a direction of its own reads right to left, else "L"
    (a line with no letters, only digits, reads left to right like the page)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "L"
        if kind in _RIGHT_TO_LEFT:
            return "R"
    return "L"


@functools.cache
def _reshaper() -> arabic_reshaper.ArabicReshaper:
    """A reshaper that keeps every mark typed (vowel signs are not removed) and makes only
    the ligatures both CareSans faces draw (lam with alef); the others, such as the one
    word "Allah" drawn as one sign, are missing from DejaVu Sans and would print as boxes."""
    import arabic_reshaper
    from arabic_reshaper.ligatures import LIGATURES

    drawn = glyphs(SANS) & glyphs(SANS_BOLD)
    ligatures = {
        name: all(ord(form) in drawn for form in forms if form) for name, (_, forms) in LIGATURES
    }
    return arabic_reshaper.ArabicReshaper(
        configuration={"delete_harakat": False, "support_ligatures": True, **ligatures}
    )


@functools.cache
def _undrawn_forms() -> dict[int, str]:
    """Joined forms a CareSans face lacks (a few Persian and Urdu letters), each mapped back
    to its letter: drawn unjoined rather than as a box."""
    from arabic_reshaper.letters import LETTERS_ARABIC

    drawn = glyphs(SANS) & glyphs(SANS_BOLD)
    return {
        ord(form): letter
        for letter, forms in LETTERS_ARABIC.items()
        for form in forms
        if form and ord(form) not in drawn
    }


def shaped(text: str) -> str:
    """``text`` with its Arabic letters in their joined forms (reshaping is within words, so
    it is done before lines are broken); text with no Arabic letter as it is."""
    if text.isascii() or not any(unicodedata.bidirectional(char) == "AL" for char in text):
        return text
    return _reshaper().reshape(text).translate(_undrawn_forms())


def visual_line(text: str, direction: str | None = None) -> str:
    """ONE line as it is drawn left to right: Arabic joined, right-to-left runs reversed.

    ``direction`` ("L" or "R") is the paragraph's; by default the line's first letter's.
    """
    if not has_rtl(text):
        return text
    text = shaped(text)
    direction = direction or _first_strong(text)
    order = visual_order(text, direction)
    if order is None:  # python-bidi's own order, brackets unmirrored
        from bidi import get_display

        return str(get_display(text, base_dir=direction))
    return "".join(mirrored(text[index], right_to_left) for index, right_to_left in order)


def _levels(text: str, direction: str) -> list[int] | None:
    """The embedding level of each character of ``text`` (odd: right to left), or None.

    Worked out by the steps of python-bidi's reference implementation (``bidi.algorithm``,
    rules X1 to I2), which keep one record per character; the Rust ``get_display`` gives
    only the finished line, and a line mixing fonts needs each character's place. A text
    whose explicit embedding marks that implementation drops (X9) gives None, and the
    caller draws the line in python-bidi's own order.
    """
    from bidi import algorithm

    storage = algorithm.get_empty_storage()
    storage["base_level"] = algorithm.PARAGRAPH_LEVELS[direction]
    storage["base_dir"] = direction
    algorithm.get_embedding_levels(text, storage)
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    chars = storage["chars"]
    if len(chars) != len(text):
        return None
    return [char["level"] for char in chars]


def visual_order(text: str, direction: str) -> list[tuple[int, bool]] | None:
    """The positions of ``text``'s characters in the order they are drawn, each with True
    when it is in a right-to-left run (drawn mirrored); None when it cannot be worked out.

    Rules L1 and L2 of the bidirectional algorithm: spaces at the line's end take the
    paragraph's level, then every run at or above each odd level is reversed.
    """
    levels = _levels(text, direction)
    if levels is None:
        return None
    base = 1 if direction == "R" else 0
    for index in range(len(text) - 1, -1, -1):
        if not text[index].isspace():
            break
        levels[index] = base
    order = list(range(len(text)))
    highest = max(levels, default=0)
    lowest_odd = min((level for level in levels if level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        start = 0
        while start < len(order):
            if levels[order[start]] < level:
                start += 1
                continue
            end = start
            while end < len(order) and levels[order[end]] >= level:
                end += 1
            order[start:end] = order[start:end][::-1]
            start = end
    return [(index, levels[index] % 2 == 1) for index in order]


def mirrored(char: str, right_to_left: bool) -> str:
    """``char`` as drawn in a run of that direction ("(" in a right-to-left run is ")")."""
    # python-bidi's table of the characters drawn mirrored (rule L4); its Rust
    # get_display reorders but does not mirror.
    from bidi.mirror import MIRRORED

    return MIRRORED.get(char, char) if right_to_left else char


def paragraph_direction(text: str) -> str:
    """A paragraph's direction: its first letter's ("R" for Hebrew or Arabic, else "L")."""
    return _first_strong(text)
