"""How names the family typed are compared: letter case and the way accents are written aside."""

from __future__ import annotations

import unicodedata


def folded(text: str) -> str:
    """``text`` as names are compared: letter case, and whether an accent is one character
    or a letter and a combining mark (as some address books and programs write it), set
    aside. What is kept and shown stays the text as it came."""
    return unicodedata.normalize("NFC", text.casefold())
