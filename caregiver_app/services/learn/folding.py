"""How Learn text is compared: accents removed, case folded, Chinese runs told apart."""

from __future__ import annotations

import functools
import re
import unicodedata


# The same few thousand words come back again and again while the index is built.
@functools.lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """A word as the index keeps it: accents removed, case folded."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


# Chinese, Japanese and Korean are written without spaces between words, so a run of
# those characters is indexed as overlapping pairs ("疼痛难忍": 疼痛, 痛难, 难忍): a
# two-character word is then found wherever it stands in the run.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+")


def is_cjk(term: str) -> bool:
    """True for a token made of CJK characters."""
    return bool(CJK.fullmatch(term))


def cjk_pairs(run: str) -> list[str]:
    """The tokens the index keeps for a run of CJK characters: its overlapping pairs."""
    if len(run) == 1:
        return [run]
    return [run[offset : offset + 2] for offset in range(len(run) - 1)]
