"""Text typed in Arabic or Hebrew set inside a line of the window, kept in its own direction."""

from __future__ import annotations

import unicodedata

_RIGHT_TO_LEFT = frozenset({"R", "AL"})  # Hebrew letters; Arabic letters
_FIRST_STRONG_ISOLATE = "\u2068"
_POP_DIRECTIONAL_ISOLATE = "\u2069"


def isolated(text: str) -> str:
    """``text`` marked as a unit of its own when it holds right-to-left letters.

    Without the marks, Qt reads a number that follows such a name ("صداع: 3 mild") as
    part of it and draws it on the far side of the name, away from its own words. Text
    without right-to-left letters is left as it is, so nothing else changes.
    """
    if any(unicodedata.bidirectional(char) in _RIGHT_TO_LEFT for char in text):
        return f"{_FIRST_STRONG_ISOLATE}{text}{_POP_DIRECTIONAL_ISOLATE}"
    return text
