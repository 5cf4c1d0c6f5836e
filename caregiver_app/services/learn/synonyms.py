"""Words that mean the same to a family, kept with the articles in ``synonyms.txt``.

One group a line: the id of the article about it, a colon, then the words and phrases
of the group, separated by commas::

    # A line starting with # is a note.
    strong-pain-medicines: morphine*, oxycodone*, opioid, painkiller
    breathlessness-at-home: breathless, shortness of breath, dyspnoea
    -: a group that belongs to no article

A word marked ``*`` is the name of a medicine: a medicine on the family's list whose
name holds it links to the group's article. A search for any word of a group also
finds the articles that hold another word of it. A line that does not follow this is
logged with its number and left out; the other lines still work.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from caregiver_app.services.learn.folding import CJK, fold

log = logging.getLogger(__name__)

SYNONYMS_FILE = "synonyms.txt"
NO_ARTICLE = "-"
MEDICINE_MARK = "*"

_ARTICLE_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_WORDS = re.compile(r"\w+")
# A plural or a Spanish "-es" still belongs to its word ("opioids", "opioides").
_PLURAL = r"(?:e?s)?"


class SynonymLineError(ValueError):
    """One line of a synonyms file does not follow the format."""


@dataclass(frozen=True)
class SynonymGroup:
    """Words and phrases that mean the same, and the article about them ("" for none)."""

    article: str
    terms: tuple[str, ...]  # folded, one space between the words of a phrase
    medicines: frozenset[str] = frozenset()  # the terms that are names of medicines


def _term(raw: str, line_number: int) -> tuple[str, bool]:
    text = raw.strip()
    medicine = text.endswith(MEDICINE_MARK)
    text = text.removesuffix(MEDICINE_MARK).strip()
    words = _WORDS.findall(fold(text))
    if not words:
        raise SynonymLineError(
            f"line {line_number}: an empty word between commas; write one word or phrase "
            "between each pair of commas"
        )
    return " ".join(words), medicine


def parse_line(line: str, line_number: int) -> SynonymGroup:
    """One group line; raises :class:`SynonymLineError` naming the line and what is wrong."""
    article, colon, rest = line.partition(":")
    article = article.strip()
    if not colon:
        raise SynonymLineError(
            f"line {line_number}: no colon; write the article id, a colon, then the words"
        )
    if article != NO_ARTICLE and not _ARTICLE_ID.fullmatch(article):
        raise SynonymLineError(
            f"line {line_number}: {article!r} is not an article id (lower-case letters, "
            f"digits and hyphens, or {NO_ARTICLE} for none)"
        )
    terms: list[str] = []
    medicines: set[str] = set()
    for raw in rest.split(","):
        term, medicine = _term(raw, line_number)
        if term not in terms:
            terms.append(term)
        if medicine:
            medicines.add(term)
    if len(terms) < 2:
        raise SynonymLineError(f"line {line_number}: a group needs at least two words")
    return SynonymGroup(
        "" if article == NO_ARTICLE else article, tuple(terms), frozenset(medicines)
    )


def parse_synonyms(text: str, name: str = SYNONYMS_FILE) -> tuple[SynonymGroup, ...]:
    """Every well-formed group of a file's text; each malformed line is logged and left out."""
    groups = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            groups.append(parse_line(line, number))
        except SynonymLineError as error:
            log.error("%s %s; the line is left out.", name, error)
    return tuple(groups)


def load_synonyms(folder: Path) -> tuple[SynonymGroup, ...]:
    """The groups of ``folder/synonyms.txt``; none when the file is missing or unreadable."""
    path = folder / SYNONYMS_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ()
    except (OSError, UnicodeDecodeError) as error:
        log.error(
            "%s/%s could not be read (%s); search goes on without it.",
            folder.name,
            SYNONYMS_FILE,
            error,
        )
        return ()
    return parse_synonyms(text, f"{folder.name}/{SYNONYMS_FILE}")


def _pattern(term: str) -> str:
    """A regular expression (as text) for a folded term inside folded text."""
    if CJK.fullmatch(term.replace(" ", "")):
        return re.escape(term.replace(" ", ""))  # written without spaces, found inside a run
    words = r"\s+".join(re.escape(word) for word in term.split())
    return rf"(?<!\w){words}{_PLURAL}(?!\w)"


@functools.lru_cache(maxsize=512)
def term_pattern(term: str) -> re.Pattern[str]:
    """A folded term as a compiled expression: whole words, or inside a run of Chinese."""
    return re.compile(_pattern(term))


@dataclass(frozen=True)
class SynonymMatch:
    """A group term found in a text: which group, which term, and where (folded text)."""

    group: int
    term: str
    start: int
    end: int


class SynonymTable:
    """The groups of one language (or several), ready to be found in a query or a name."""

    def __init__(self, groups: Iterable[SynonymGroup]) -> None:
        self.groups = tuple(groups)
        owner: dict[str, int] = {}
        for number, group in enumerate(self.groups):
            for term in group.terms:
                owner.setdefault(term, number)
        self._owner = owner
        # Looked up by words, longest first, so "shortness of breath" wins over "breath";
        # a dictionary, not one large expression, so building the table costs nothing.
        self._most_words = max((len(term.split()) for term in owner), default=0)
        self._chinese = {term for term in owner if CJK.fullmatch(term)}
        self._longest_chinese = max((len(term) for term in self._chinese), default=0)

    def __bool__(self) -> bool:
        return bool(self.groups)

    def _term(self, words: str) -> str:
        """The group term these folded words are, a plural ending aside; "" if none."""
        candidates = [words]
        if words.endswith("s"):
            candidates.append(words[:-1])
        if words.endswith("es"):
            candidates.append(words[:-2])
        for candidate in candidates:
            if candidate in self._owner and candidate not in self._chinese:
                return candidate
        return ""

    def find(self, folded: str) -> Iterator[SynonymMatch]:
        """Every group term in already folded text, left to right, never overlapping."""
        if not self._owner:
            return
        words = list(_WORDS.finditer(folded))
        position = 0
        while position < len(words):
            word = words[position]
            if CJK.search(word.group()):
                yield from self._find_chinese(word.group(), word.start())
                position += 1
                continue
            for count in range(min(self._most_words, len(words) - position), 0, -1):
                run = words[position : position + count]
                if count > 1 and any(CJK.search(item.group()) for item in run):
                    continue
                term = self._term(" ".join(item.group() for item in run))
                if term:
                    yield SynonymMatch(self._owner[term], term, run[0].start(), run[-1].end())
                    position += count
                    break
            else:
                position += 1

    def _find_chinese(self, word: str, offset: int) -> Iterator[SynonymMatch]:
        """Chinese terms inside a word (a run of characters has no spaces), longest first."""
        at = 0
        while at < len(word):
            for length in range(min(self._longest_chinese, len(word) - at), 1, -1):
                piece = word[at : at + length]
                if piece in self._chinese:
                    yield SynonymMatch(self._owner[piece], piece, offset + at, offset + at + length)
                    at += length
                    break
            else:
                at += 1

    def medicine_article(self, name: str) -> str:
        """The article about a medicine whose name holds a medicine word of a group, or ""."""
        for found in self.find(fold(name)):
            group = self.groups[found.group]
            if group.article and found.term in group.medicines:
                return group.article
        return ""
