"""The order people read names in: numbers by value, case and accents set aside.

A plain text sort puts "Morphine 10 mg" before "Morphine 2 mg", "Zinc" before "aspirin"
and "Éclair" after "Zinc" (code points). A medicine list on paper or on screen is read
by eye, so it is sorted by the key below. It is the same in every language (no process
locale: the same record prints in the same order on every family computer), folds
accents and case the way a dictionary does, and reads "0.5" and "0,5" as one half.
Equal keys ("Paracetamol" and "paracétamol") keep the order they came in (sorts in
Python are stable).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import lru_cache

# A number as written in a medicine name: "10", "0.5", "2,5" (a decimal comma in Spanish).
_NUMBER = re.compile(r"(\d+(?:[.,]\d+)?)")


def _without_accents(text: str) -> str:
    """``text`` without accents or case: "Éclair" -> "eclair", "Straße" -> "strasse"."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(bare.casefold().split())


# Sorts ask for the key of the same few medicine names over and over (a log of thousands
# of doses sorts by time, then name), so each name's key is worked out once.
@lru_cache(maxsize=1024)
def reading_key(text: str) -> tuple[tuple[int, Decimal, str], ...]:
    """A sort key for ``text``: numbers by value, case-insensitive, accents folded.

    Each part is (0, value, "") for a number and (1, 0, text) for the words between, so
    a number and a word never compare with each other directly.
    """
    parts: list[tuple[int, Decimal, str]] = []
    for index, piece in enumerate(_NUMBER.split(_without_accents(text))):
        if index % 2:
            parts.append((0, Decimal(piece.replace(",", ".")), ""))
        elif piece:
            parts.append((1, Decimal(0), piece))
    return tuple(parts)
