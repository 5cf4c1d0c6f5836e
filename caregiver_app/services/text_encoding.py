"""Telling a text file saved as UTF-16 or UTF-32 from one that is simply not text."""

from __future__ import annotations

import codecs

_BOMS = (  # UTF-32 first: its little-endian mark begins with UTF-16's
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)
_SAMPLE = 512


def wide_encoding(data: bytes) -> str | None:
    """The name "UTF-16" or "UTF-32" when ``data`` looks like text saved so, else None.

    A byte order mark says so; without one, text in Latin letters has a zero byte
    in every second (UTF-16) or in three of every four bytes (UTF-32).
    """
    for mark, name in _BOMS:
        if data.startswith(mark):
            return name
    sample = bytes(data[:_SAMPLE])
    if len(sample) < 8:
        return None
    for width, name in ((4, "UTF-32"), (2, "UTF-16")):
        usable = len(sample) - len(sample) % width
        units = [sample[i : i + width] for i in range(0, usable, width)]
        # Little-endian puts the letter first, big-endian last; the rest are zeros.
        for letter in (0, width - 1):
            plain = sum(1 for unit in units if unit[letter] != 0 and unit.count(0) == width - 1)
            if plain >= 0.9 * len(units):
                return name
    return None
