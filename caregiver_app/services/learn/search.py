"""Full-text search over the Learn articles, fast enough to run on every key press.

The index is built once: every word of every title and body, folded (lower case,
accents removed), with the places it occurs. A query's words must all be found,
each as a whole word or as the start of one ("effu" finds "effusion"), so results
appear while the user is still typing. Articles with every word in the title come
first, then by a score that favours title hits and frequent body hits. Pure Python,
no Qt.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

from caregiver_app.services.learn.folding import CJK, cjk_pairs, fold, is_cjk
from caregiver_app.services.learn.synonyms import SynonymTable, term_pattern

WORD = re.compile(r"\w+")
MIN_PREFIX = 2  # a one-letter term matches only the word itself, not every word it starts
SNIPPET_BEFORE = 45  # characters of context before the first match
SNIPPET_LENGTH = 150
MIN_SNIPPET_BLOCK = 60  # shorter blocks (headings) give a snippet only when nothing else does
TITLE_WEIGHT = 10.0
EXACT_BONUS = 0.5
MIN_MARKED = 4  # in a phrase, shorter words ("of", "de") are not marked on their own
# Nor these: a phrase's little words would mark every "para" of the article.
UNMARKED = frozenset({"para", "with", "from", "into", "that", "this", "when", "como", "sobre"})


def tokens(text: str) -> Iterable[tuple[str, int, int]]:
    """(folded token, start, end) for every word, and every character pair of a CJK run."""
    for match in WORD.finditer(text):
        word, start = match.group(), match.start()
        position = 0
        for cjk in CJK.finditer(word):
            if cjk.start() > position:
                piece = word[position : cjk.start()]
                yield fold(piece), start + position, start + cjk.start()
            run = cjk.group()
            if len(run) == 1:
                yield run, start + cjk.start(), start + cjk.end()
            for offset in range(len(run) - 1):
                at = start + cjk.start() + offset
                yield run[offset : offset + 2], at, at + 2
            position = cjk.end()
        if position < len(word):
            yield fold(word[position:]), start + position, match.end()


def query_terms(query: str) -> list[str]:
    """The folded words of a query, each once, in the order typed."""
    terms: list[str] = []
    for term, _start, _end in tokens(query):
        if term not in terms:
            terms.append(term)
    return terms


def match_spans(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """(start, end) of every word in ``text`` whose folded form is one of ``words``."""
    wanted = set(words)
    if not wanted:
        return []
    return [(start, end) for term, start, end in tokens(text) if term in wanted]


@dataclass(frozen=True)
class SearchHit:
    """One article that matches: where the words are, and a line of context to show."""

    id: str
    title: str
    snippet: str
    snippet_spans: tuple[tuple[int, int], ...]  # the matched words inside ``snippet``
    title_match: bool  # every query word is in the title
    score: float
    words: frozenset[str]  # folded words of this article that matched: highlight these


@dataclass(frozen=True)
class _Part:
    """One thing a query asks for: a typed word, or a group of synonyms found in it."""

    term: str
    words: tuple[str, ...] = ()  # a typed word: the indexed words it stands for
    per_document: dict[int, frozenset[str]] | None = None  # a group: its words, by article

    def documents(self, index: LearnIndex) -> set[int]:
        if self.per_document is not None:
            return set(self.per_document)
        found: set[int] = set()
        for word in self.words:
            found |= index.documents(word)
        return found

    def words_in(self, document: int) -> Iterable[str]:
        if self.per_document is not None:
            return self.per_document.get(document, ())
        return self.words


class LearnIndex:
    """An inverted index over (id, title, plain text) documents, and groups of synonyms."""

    def __init__(
        self,
        documents: Iterable[tuple[str, str, str]],
        synonyms: SynonymTable | None = None,
    ) -> None:
        self._synonyms = synonyms or SynonymTable(())
        self._groups: dict[int, dict[int, frozenset[str]]] = {}  # filled as groups are used
        self._folded: dict[int, str] = {}
        self._ids: list[str] = []
        self._titles: list[str] = []
        self._texts: list[str] = []
        self._body: dict[str, dict[int, list[int]]] = {}
        self._title: dict[str, set[int]] = {}
        for index, (doc_id, title, text) in enumerate(documents):
            self._ids.append(doc_id)
            self._titles.append(title)
            self._texts.append(text)
            for term, start, _end in tokens(text):
                places = self._body.setdefault(term, {})
                places.setdefault(index, []).append(start)
            for term, _start, _end in tokens(title):
                self._title.setdefault(term, set()).add(index)
        self._vocabulary = sorted(set(self._body) | set(self._title))

    def __len__(self) -> int:
        return len(self._ids)

    def _expand(self, term: str) -> list[str]:
        """The indexed words ``term`` stands for: itself, and the words it begins."""
        if len(term) < MIN_PREFIX and not is_cjk(term):
            return [term] if term in self._body or term in self._title else []
        words = []
        position = bisect_left(self._vocabulary, term)
        while position < len(self._vocabulary) and self._vocabulary[position].startswith(term):
            words.append(self._vocabulary[position])
            position += 1
        return words

    def documents(self, word: str) -> set[int]:
        """The articles holding an indexed word, in the title or the body."""
        return set(self._body.get(word, {})) | self._title.get(word, set())

    def _folded_text(self, document: int) -> str:
        if document not in self._folded:
            self._folded[document] = fold(f"{self._titles[document]}\n{self._texts[document]}")
        return self._folded[document]

    def _term_places(self, term: str) -> dict[int, set[str]]:
        """The articles holding one term of a group, with the indexed words to mark there."""
        places: dict[int, set[str]] = {}
        if " " not in term and (not is_cjk(term) or len(term) <= 2):
            # One word, or two characters: found as a typed word is, with the words it begins.
            for word in self._expand(term):
                for document in self.documents(word):
                    places.setdefault(document, set()).add(word)
            return places
        if is_cjk(term):
            pieces = [[pair] for pair in cjk_pairs(term)]
        else:  # a phrase: its words as they are, the last one also as a plural
            *first, last = term.split()
            pieces = [[word] for word in first] + [[last, f"{last}s", f"{last}es"]]
        candidates: set[int] | None = None
        for words in pieces:
            found = set().union(*(self.documents(word) for word in words))
            candidates = found if candidates is None else candidates & found
        pattern = term_pattern(term)
        marked = {
            word
            for words in pieces
            for word in words
            if len(word) >= MIN_MARKED and word not in UNMARKED
        }
        if is_cjk(term):
            marked = set(cjk_pairs(term))
        for document in candidates or ():
            if pattern.search(self._folded_text(document)):
                places[document] = {word for word in marked if document in self.documents(word)}
        return places

    def _group(self, group: int) -> dict[int, frozenset[str]]:
        """The articles holding any term of a group (worked out once, when first asked)."""
        if group not in self._groups:
            places: dict[int, set[str]] = {}
            for term in self._synonyms.groups[group].terms:
                for document, words in self._term_places(term).items():
                    places.setdefault(document, set()).update(words)
            self._groups[group] = {doc: frozenset(words) for doc, words in places.items()}
        return self._groups[group]

    def _parts(self, query: str) -> list[_Part]:
        """Groups of synonyms named in the query (a phrase counts as one), then its words."""
        folded = fold(query)
        parts: list[_Part] = []
        rest: list[str] = []
        last = 0
        for found in self._synonyms.find(folded):
            rest.append(folded[last : found.start])
            last = found.end
            if all(part.term != found.term for part in parts):
                parts.append(_Part(found.term, per_document=self._group(found.group)))
        rest.append(folded[last:])
        for term in query_terms(" ".join(rest)):
            parts.append(_Part(term, words=tuple(self._expand(term))))
        return parts

    def search(self, query: str, limit: int | None = None) -> list[SearchHit]:
        """Articles holding every word of ``query`` (or a synonym of it), best first."""
        expanded = self._parts(query)
        candidates: set[int] | None = None
        for part in expanded:
            found = part.documents(self)
            candidates = found if candidates is None else candidates & found
            if not candidates:
                return []
        if not candidates:
            return []
        hits = [self._hit(index, expanded) for index in candidates]
        order = {doc_id: position for position, doc_id in enumerate(self._ids)}
        hits.sort(key=lambda hit: (not hit.title_match, -hit.score, order[hit.id]))
        return hits[:limit] if limit is not None else hits

    def _hit(self, index: int, expanded: list[_Part]) -> SearchHit:
        score = 0.0
        title_terms = 0
        matched: set[str] = set()
        places_found: list[int] = []
        for part in expanded:
            in_title = False
            count = 0
            for word in part.words_in(index):
                if index in self._title.get(word, ()):
                    in_title = True
                    matched.add(word)
                places = self._body.get(word, {}).get(index)
                if places:
                    count += len(places)
                    matched.add(word)
                    places_found.extend(places)
                    if word == part.term:
                        score += EXACT_BONUS
            if in_title:
                title_terms += 1
                score += TITLE_WEIGHT
            if count:
                score += 1 + math.log(count)
        snippet = _snippet(self._texts[index], _best_place(self._texts[index], places_found))
        return SearchHit(
            id=self._ids[index],
            title=self._titles[index],
            snippet=snippet,
            snippet_spans=tuple(match_spans(snippet, matched)),
            title_match=title_terms == len(expanded),
            score=score,
            words=frozenset(matched),
        )


def _best_place(text: str, places: list[int]) -> int:
    """The first match in a real paragraph, not a heading or a short list item, if any."""
    places = sorted(places)
    for place in places:
        start = text.rfind("\n", 0, place) + 1
        end = text.find("\n", place)
        if (len(text) if end < 0 else end) - start >= MIN_SNIPPET_BLOCK:
            return place
    return places[0] if places else 0


def _snippet(text: str, place: int) -> str:
    """About a line of context around ``place``, inside its own paragraph, cut between words."""
    block_start = text.rfind("\n", 0, place) + 1
    block_end = text.find("\n", place)
    block_end = len(text) if block_end < 0 else block_end
    start = max(block_start, place - SNIPPET_BEFORE)
    if start > block_start:
        space = text.rfind(" ", block_start, start + 1)
        start = space + 1 if space >= 0 else block_start
    end = min(block_end, start + SNIPPET_LENGTH)
    if end < block_end:
        space = text.find(" ", end, block_end)
        end = space if space >= 0 else block_end
    piece = " ".join(text[start:end].split())
    return ("… " if start > block_start else "") + piece + (" …" if end < block_end else "")
