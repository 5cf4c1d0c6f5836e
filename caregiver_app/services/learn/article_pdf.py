"""One Learn article as a PDF to print or keep: the text, then the glossary words it uses.

The article's Markdown is laid out by a small reader of the subset the articles use
(headings, paragraphs, bullet and numbered lists, bold and italic, links shown as
their words). Every piece of text goes through
:func:`caregiver_app.services.pdf.text.markup`; fixed wording comes from the caller,
already translated.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from pathlib import Path

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
)

from caregiver_app.services.atomic_file import atomic_write_bytes
from caregiver_app.services.learn.content import Article, GlossaryEntry
from caregiver_app.services.learn.folding import CJK
from caregiver_app.services.pdf.document import draw_text, new_document, one_frame_pages
from caregiver_app.services.pdf.palette import ACCENT
from caregiver_app.services.pdf.pieces import CREATOR, fill
from caregiver_app.services.pdf.styles import bold_style, muted_style, paragraph_style
from caregiver_app.services.pdf.text import SANS_BOLD, markup, register_fonts
from caregiver_app.services.wording import QT_TRANSLATE_NOOP, LabelSet, translated

MARGIN = 0.75 * inch
FOOTER_Y = 0.45 * inch

_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_INLINE = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(\*|_)(?=\S)(.+?)(?<=\S)\3")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
_BULLET = re.compile(r"^\s*[-*+]\s+(.*)$")
_NUMBERED = re.compile(r"^\s*(\d+)[.)]\s+(.*)$")


class ArticlePdfLabels(LabelSet):
    """The fixed wording printed around an article, already translated."""

    words_heading: str = QT_TRANSLATE_NOOP("ArticlePdf", "Words used in this article")
    footer: str = QT_TRANSLATE_NOOP(
        "ArticlePdf",
        "From Care Companion. General information, not medical advice: ask your "
        "care team. In an emergency call 911 (or your local emergency number).",
    )

    @classmethod
    def translated(cls) -> ArticlePdfLabels:
        """The wording in the user's language."""
        return translated(cls.english(), "ArticlePdf")


def inline_markup(text: str) -> str:
    """Markdown inline text as ReportLab markup: links as their words, bold and italic kept.

    Every run of the text itself goes through :func:`markup`, so nothing in it can be
    read as a tag.
    """
    text = _LINK.sub(lambda match: match.group(1), text).replace("\\", "")
    parts: list[str] = []
    last = 0
    for match in _INLINE.finditer(text):
        parts.append(markup(text[last : match.start()]))
        if match.group(1):
            parts.append(markup(match.group(2), bold=True))
        else:
            parts.append(f"<i>{markup(match.group(4))}</i>")
        last = match.end()
    parts.append(markup(text[last:]))
    return "".join(parts)


def _style(name: str, **overrides: object) -> ParagraphStyle:
    """An article's paragraph style: the shared one, a size larger for reading at home."""
    return paragraph_style(name, **{"fontSize": 11, "leading": 15.5, **overrides})


class _Styles:
    def __init__(self, cjk: bool = False) -> None:
        self.title = bold_style("title", 22, 27, spaceAfter=6)
        self.summary = muted_style("summary", 12.5, 17, spaceAfter=10)
        self.h2 = bold_style("h2", 14, 18, textColor=ACCENT, spaceBefore=12, spaceAfter=4)
        self.h3 = bold_style("h3", 12, 16, spaceBefore=8)
        self.body = _style("body", spaceAfter=6)
        self.item = _style("item", leftIndent=18, bulletIndent=4, spaceAfter=2)
        self.term = _style("term", fontName=SANS_BOLD, spaceBefore=4)
        self.definition = _style("definition", leftIndent=12, spaceAfter=4)
        self.small = muted_style("small", 8.5, 11)
        self.footer = muted_style("footer", 8.5, 11, alignment=TA_CENTER)
        self.page = muted_style("page", 8.5, 11, alignment=TA_RIGHT)
        if cjk:
            # Chinese has no spaces to break at: by words, a sentence after "Care Companion"
            # went whole to the next line, leaving the name alone on its own.
            for style in vars(self).values():
                style.wordWrap = "CJK"


def markdown_flowables(markdown: str, styles: _Styles | None = None) -> list[Flowable]:
    """Flowables for the article Markdown: a heading stays with the paragraph after it."""
    styles = styles or _Styles()
    story: list[Flowable] = []
    paragraph: list[str] = []
    item: tuple[str, list[str]] | None = None  # (bullet, lines)
    summary_done = False
    title_seen = False

    def flush() -> None:
        nonlocal item, summary_done
        if item is not None:
            bullet, lines = item
            story.append(Paragraph(inline_markup(" ".join(lines)), styles.item, bulletText=bullet))
            item = None
        if paragraph:
            text = " ".join(paragraph)
            if title_seen and not summary_done and text.startswith("*") and text.endswith("*"):
                story.append(Paragraph(inline_markup(text.strip("*")), styles.summary))
            else:
                story.append(Paragraph(inline_markup(text), styles.body))
            summary_done = True
            paragraph.clear()

    for raw in markdown.splitlines():
        line = raw.strip()
        heading = _HEADING.match(line)
        bullet = _BULLET.match(raw)
        numbered = _NUMBERED.match(raw)
        if not line:
            flush()
        elif heading:
            flush()
            level = len(heading.group(1))
            if level == 1:
                story.append(Paragraph(inline_markup(heading.group(2)), styles.title))
                title_seen = True
            else:
                story.append(CondPageBreak(1.2 * inch))
                style = styles.h2 if level == 2 else styles.h3
                story.append(Paragraph(inline_markup(heading.group(2)), style))
        elif bullet:
            flush()
            item = ("•", [bullet.group(1)])
        elif numbered:
            flush()
            item = (f"{numbered.group(1)}.", [numbered.group(2)])
        elif item is not None:
            item[1].append(line)
        else:
            paragraph.append(line)
    flush()
    return story


class _Footer:
    """The footer and, on longer articles, "Page X of Y", drawn as each page starts."""

    def __init__(self, labels: ArticlePdfLabels, page_size: tuple[float, float], total_pages: int):
        self.labels = labels
        self.styles = _Styles()
        self.width = page_size[0] - 2 * MARGIN
        self.page_height = page_size[1]
        self.total_pages = total_pages

    def draw(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        """The footer centred at the bottom; the page number at the top right."""
        width = self.width
        canvas.saveState()
        footer_left = MARGIN + width * 0.1
        draw_text(
            canvas, self.labels.footer, self.styles.footer, footer_left, FOOTER_Y + 11, width * 0.8
        )
        if self.total_pages > 1:
            text = fill(self.labels.page_of, page=str(document.page), pages=str(self.total_pages))
            page = Paragraph(markup(text), self.styles.page)
            page.wrap(width, MARGIN)
            page.drawOn(canvas, MARGIN, self.page_height - MARGIN / 2)
        canvas.restoreState()


def _story(
    article: Article, words: Iterable[GlossaryEntry], labels: ArticlePdfLabels
) -> list[Flowable]:
    styles = _Styles(cjk=bool(CJK.search(article.markdown)))
    story = markdown_flowables(article.markdown, styles)
    words = list(words)
    if words:
        story.append(Spacer(0, 6))
        story.append(CondPageBreak(1.2 * inch))
        story.append(Paragraph(markup(labels.words_heading), styles.h2))
        for entry in words:
            definition = " ".join(entry.definition.split())
            story.append(
                KeepTogether(
                    [
                        Paragraph(markup(entry.term), styles.term),
                        Paragraph(inline_markup(definition), styles.definition),
                    ]
                )
            )
    return story


def _render(
    article: Article,
    words: list[GlossaryEntry],
    labels: ArticlePdfLabels,
    page_size: tuple[float, float],
    total_pages: int,
) -> tuple[bytes, int]:
    buffer = io.BytesIO()
    document = new_document(
        buffer, page_size, article.title, side=MARGIN, top=MARGIN, bottom=MARGIN, author=CREATOR
    )
    one_frame_pages(document, on_page=_Footer(labels, page_size, total_pages).draw)
    document.build(_story(article, words, labels))
    return buffer.getvalue(), document.page


def build_article_pdf(
    path: Path,
    article: Article,
    words: Iterable[GlossaryEntry],
    labels: ArticlePdfLabels,
    page_size: tuple[float, float] = LETTER,
) -> None:
    """Write ``article`` and the meanings of ``words`` to ``path`` as a PDF (all or nothing)."""
    register_fonts()
    words = list(words)
    data, pages = _render(article, words, labels, page_size, total_pages=1)
    if pages > 1:  # laid out again, now that "Page X of Y" knows Y
        data, _pages = _render(article, words, labels, page_size, total_pages=pages)
    atomic_write_bytes(Path(path), data)
