"""The Learn articles and the glossary: read from ``resources/learn/<language>/``, parsed once.

An article is one Markdown file::

    ---
    group: understanding          (one of GROUPS)
    order: 10                     (place within the group)
    ask: palliative care physician  (the role "Ask my team" suggests; a name from ROLES)
    ---
    # Title

    *One-line summary.*

    Body, with links to the glossary as [pleural effusion](glossary:pleural-effusion)
    and to other articles as [Preparing for a visit](article:preparing-for-a-visit).

    ## Sources

    - One source per line.

The file name without ``.md`` is the article's id: it is what a question or a bookmark
stores, and it is the same in every language. ``glossary.md`` has a title, a summary and
one ``## Term`` section per word (``## Term {#id}`` to choose the id), then ``## Sources``
(in a translation, the translated heading marked ``{#sources}``).
Web links are not allowed anywhere: the app never opens one.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from caregiver_app.resources import resource_path
from caregiver_app.services.contacts.display_labels import role_name_from_label
from caregiver_app.services.contacts.roles import ROLES
from caregiver_app.services.learn.synonyms import SynonymGroup, SynonymTable, load_synonyms
from caregiver_app.services.wording import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from caregiver_app.services.learn.search import LearnIndex

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "en"
GLOSSARY_ID = "glossary"

# The reader's list, in this order (translated in the views, context "Learn").
GROUPS = (
    ("understanding", QT_TRANSLATE_NOOP("Learn", "Understanding palliative care")),
    ("team", QT_TRANSLATE_NOOP("Learn", "Your team")),
    ("day", QT_TRANSLATE_NOOP("Learn", "Day to day")),
    ("you", QT_TRANSLATE_NOOP("Learn", "For you")),
)
GROUP_KEYS = tuple(key for key, _label in GROUPS)
ROLE_NAMES = frozenset(role.name for role in ROLES)

_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)\)")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
_ANCHOR = re.compile(r"\s*\{#([a-z0-9-]+)\}\s*$")
_ANCHOR_IN_TEXT = re.compile(r"[ \t]*\{#[a-z0-9-]+\}[ \t]*$", re.MULTILINE)
_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")


class ContentError(ValueError):
    """A shipped file does not follow the article format; the message names the file."""


@dataclass(frozen=True)
class Block:
    """One paragraph, heading or list item of an article, as plain text."""

    text: str
    heading_level: int = 0  # 1-6 for a heading, 0 otherwise
    list_item: bool = False


@dataclass(frozen=True)
class Article:
    """One article: what the list shows, what the reader renders, what search reads."""

    id: str
    title: str
    summary: str
    group: str
    order: int
    ask_role: str
    markdown: str  # for QTextBrowser.setMarkdown: the file without its metadata header
    sources: tuple[str, ...]
    links: tuple[str, ...] = ()  # every link target, e.g. "glossary:hospice"
    blocks: tuple[Block, ...] = field(default=(), repr=False)

    @property
    def plain_text(self) -> str:
        """The body as plain text, one block a line (title and sources left out)."""
        return "\n".join(block.text for block in self.blocks)

    def section_role(self, heading: str) -> str:
        """The role to ask about text under ``heading``: the heading's own role, if it names
        one (the team article has one section per role), else the article's."""
        name = role_name_from_label(heading)
        return name if name in ROLE_NAMES else self.ask_role


@dataclass(frozen=True)
class GlossaryEntry:
    """One word of the glossary and its plain-language meaning (Markdown)."""

    id: str
    term: str
    definition: str


@dataclass
class LearnLibrary:
    """Every article of one language, the glossary, and (on first use) the search index."""

    language: str
    articles: tuple[Article, ...]
    glossary: dict[str, GlossaryEntry]
    glossary_page: Article | None = None
    synonyms: tuple[SynonymGroup, ...] = ()  # from synonyms.txt beside the articles

    def article(self, article_id: str) -> Article | None:
        """An article (or the glossary page) by id, or None."""
        if self.glossary_page is not None and article_id == self.glossary_page.id:
            return self.glossary_page
        return next((item for item in self.articles if item.id == article_id), None)

    def grouped(self) -> list[tuple[str, list[Article]]]:
        """(group key, its articles in order) for every group that has any."""
        result = []
        for key in GROUP_KEYS:
            members = sorted(
                (item for item in self.articles if item.group == key),
                key=lambda item: (item.order, item.title.casefold()),
            )
            if members:
                result.append((key, members))
        return result

    def ordered(self) -> list[Article]:
        """Articles in list order, the glossary page last."""
        items = [item for _key, members in self.grouped() for item in members]
        return items + ([self.glossary_page] if self.glossary_page else [])

    def resolve(self, target: str) -> Article | GlossaryEntry | None:
        """What a link such as ``glossary:hospice`` or ``article:how-to-start`` points to."""
        scheme, _sep, name = target.partition(":")
        if scheme == "glossary":
            return self.glossary.get(name)
        if scheme == "article":
            return self.article(name)
        return None

    @functools.cached_property
    def index(self) -> LearnIndex:
        """The index over titles, bodies and synonyms, built the first time it is asked for."""
        from caregiver_app.services.learn.search import LearnIndex

        documents = (
            (item.id, item.title, f"{item.summary}\n{item.plain_text}") for item in self.ordered()
        )
        return LearnIndex(documents, SynonymTable(self.synonyms))


# ---------------------------------------------------------------- parsing


def inline_plain(text: str) -> str:
    """Markdown inline text as it reads: links become their words, emphasis marks go."""
    text = _LINK.sub(lambda match: match.group(1), text)
    previous = None
    while previous != text:
        previous = text
        text = _EMPHASIS.sub(lambda match: match.group(2), text)
    return text.replace("\\", "")


def markdown_blocks(markdown: str) -> Iterator[Block]:
    """Paragraphs, headings and list items, with wrapped lines joined, as plain text."""
    current: list[str] = []
    list_item = False

    def flush() -> Iterator[Block]:
        if current:
            yield Block(inline_plain(" ".join(current)), list_item=list_item)
            current.clear()

    for raw in markdown.splitlines():
        line = raw.strip()
        heading = _HEADING.match(line)
        if not line:
            yield from flush()
        elif heading:
            yield from flush()
            text = _ANCHOR.sub("", heading.group(2))
            yield Block(inline_plain(text), heading_level=len(heading.group(1)))
        elif _LIST_MARK.match(raw):
            yield from flush()
            list_item = True
            current.append(_LIST_MARK.sub("", raw).strip())
        else:
            if not current:
                list_item = False
            current.append(line)
    yield from flush()


def _front_matter(text: str, name: str) -> tuple[dict[str, str], str]:
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        return {}, text
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise ContentError(f"{name}: the header opened with --- is never closed") from None
    meta = {}
    for line in lines[1:end]:
        key, sep, value = line.partition(":")
        if not sep:
            raise ContentError(f"{name}: header line without a colon: {line!r}")
        meta[key.strip().casefold()] = value.strip()
    return meta, "\n".join(lines[end + 1 :]).lstrip("\n")


def _title_and_summary(body: str, name: str) -> tuple[str, str, str]:
    """(title, summary, the rest) from ``# Title`` and the ``*summary*`` line under it."""
    lines = [line.strip() for line in body.splitlines()]
    filled = [i for i, line in enumerate(lines) if line]
    if not filled or not lines[filled[0]].startswith("# "):
        raise ContentError(f"{name}: the first line must be the title, as '# Title'")
    if len(filled) < 2:
        raise ContentError(f"{name}: no summary line under the title")
    summary_line = lines[filled[1]]
    if not (summary_line.startswith("*") and summary_line.endswith("*") and len(summary_line) > 2):
        raise ContentError(f"{name}: the line under the title must be the *summary*")
    title = inline_plain(lines[filled[0]][2:].strip())
    summary = inline_plain(summary_line.strip("*").strip())
    rest = "\n".join(body.splitlines()[filled[1] + 1 :])
    return title, summary, rest


def _sections(rest: str) -> list[tuple[str, str]]:
    """(``## heading``, its text) pairs; text before the first heading has heading ""."""
    sections: list[tuple[str, list[str]]] = [("", [])]
    for line in rest.splitlines():
        if line.startswith("## "):
            sections.append((line[3:].strip(), []))
        else:
            sections[-1][1].append(line)
    return [(heading, "\n".join(lines)) for heading, lines in sections]


def _is_sources(heading: str) -> bool:
    """``## Sources``, or a translated heading marked ``{#sources}`` (``## Fuentes {#sources}``)."""
    anchor = _ANCHOR.search(heading)
    return heading.casefold() == "sources" or (anchor is not None and anchor.group(1) == "sources")


def _sources(sections: list[tuple[str, str]]) -> tuple[str, ...]:
    for heading, text in sections:
        if _is_sources(heading):
            return tuple(block.text for block in markdown_blocks(text) if block.list_item)
    return ()


def _without_sources(sections: list[tuple[str, str]]) -> str:
    kept = [
        (f"## {heading}\n" if heading else "") + text
        for heading, text in sections
        if not _is_sources(heading)
    ]
    return "\n".join(kept)


def parse_article(article_id: str, text: str) -> Article:
    """One article file's text as an :class:`Article`; raises :class:`ContentError`."""
    name = f"{article_id}.md"
    meta, body = _front_matter(text, name)
    title, summary, rest = _title_and_summary(body, name)
    group = meta.get("group", "")
    if group not in GROUP_KEYS:
        raise ContentError(f"{name}: group must be one of {', '.join(GROUP_KEYS)}")
    ask_role = meta.get("ask", "").casefold()
    if ask_role and ask_role not in ROLE_NAMES:
        raise ContentError(f"{name}: 'ask: {ask_role}' is not one of the offered roles")
    try:
        order = int(meta.get("order", "0"))
    except ValueError:
        raise ContentError(f"{name}: order must be a whole number") from None
    sections = _sections(rest)
    return Article(
        id=article_id,
        title=title,
        summary=summary,
        group=group,
        order=order,
        ask_role=ask_role,
        markdown=_ANCHOR_IN_TEXT.sub("", body),
        sources=_sources(sections),
        links=tuple(match.group(2) for match in _LINK.finditer(body)),
        blocks=tuple(markdown_blocks(_without_sources(sections))),
    )


def slug(text: str) -> str:
    """``"Pleural effusion"`` becomes ``"pleural-effusion"``."""
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


def parse_glossary(text: str) -> tuple[Article, dict[str, GlossaryEntry]]:
    """The glossary as a page the reader can show, and its entries by id."""
    meta, body = _front_matter(text, "glossary.md")
    title, summary, rest = _title_and_summary(body, "glossary.md")
    entries: dict[str, GlossaryEntry] = {}
    sections = _sections(rest)
    for heading, definition in sections:
        if not heading or _is_sources(heading):
            continue
        anchor = _ANCHOR.search(heading)
        term = _ANCHOR.sub("", heading).strip()
        entry_id = anchor.group(1) if anchor else slug(term)
        if entry_id in entries:
            raise ContentError(f"glossary.md: '{entry_id}' is defined twice")
        if not definition.strip():
            raise ContentError(f"glossary.md: '{term}' has no definition")
        entries[entry_id] = GlossaryEntry(entry_id, inline_plain(term), definition.strip())
    page = Article(
        id=GLOSSARY_ID,
        title=title,
        summary=summary,
        group="",
        order=0,
        ask_role=meta.get("ask", ""),
        markdown=_ANCHOR_IN_TEXT.sub("", body),
        sources=_sources(sections),
        links=tuple(match.group(2) for match in _LINK.finditer(body)),
        blocks=tuple(markdown_blocks(_ANCHOR_IN_TEXT.sub("", _without_sources(sections)))),
    )
    return page, entries


# ---------------------------------------------------------------- loading


def learn_dir(language: str = DEFAULT_LANGUAGE) -> Path:
    """The folder of one language's articles."""
    return resource_path("learn", language)


def content_language(locale_name: str) -> str:
    """The language folder for a locale such as ``"es_MX"``: its own if shipped, else English."""
    language = locale_name.replace("-", "_").split("_")[0].casefold()
    if language and language != DEFAULT_LANGUAGE and learn_dir(language).is_dir():
        return language
    return DEFAULT_LANGUAGE


def load_library(language: str = DEFAULT_LANGUAGE, folder: Path | None = None) -> LearnLibrary:
    """Read every article of ``language``. A broken file is logged and left out.

    Raises OSError when the folder itself cannot be read (the app was installed
    without its resources).
    """
    folder = folder or learn_dir(language)
    articles: list[Article] = []
    glossary_page: Article | None = None
    glossary: dict[str, GlossaryEntry] = {}
    for path in sorted(folder.glob("*.md")):
        if not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
            if path.stem == GLOSSARY_ID:
                glossary_page, glossary = parse_glossary(text)
            else:
                articles.append(parse_article(path.stem, text))
        except (ContentError, OSError, UnicodeDecodeError) as error:
            log.error("Learn article left out: %s", error)
    if not articles and not folder.is_dir():
        raise FileNotFoundError(folder)
    synonyms = load_synonyms(folder)
    return LearnLibrary(language, tuple(articles), glossary, glossary_page, synonyms)
