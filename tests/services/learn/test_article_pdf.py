"""A Learn article as PDF, read back with an independent reader (pdfium)."""

import pypdfium2
import pytest
from reportlab.lib.pagesizes import A4, LETTER

from caregiver_app.services.learn.article_pdf import (
    ArticlePdfLabels,
    build_article_pdf,
    inline_markup,
)
from caregiver_app.services.learn.content import GlossaryEntry, load_library, parse_article

LABELS = ArticlePdfLabels.english()


def _pages(path):
    document = pypdfium2.PdfDocument(str(path))
    try:
        return [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()


def test_inline_markup_keeps_bold_and_escapes_everything_else():
    text = "**When** a < b & [c](glossary:c) *is* <b>not bold</b>"
    result = inline_markup(text)
    assert result.startswith("<b>When</b> a &lt; b &amp; c <i>is</i> &lt;b&gt;not bold")
    assert "glossary:" not in result


def test_a_long_article_is_numbered_and_lists_its_glossary_words(tmp_path):
    library = load_library()
    article = library.article("your-palliative-team")
    words = [library.glossary["pleural-effusion"], library.glossary["chaplain"]]
    target = tmp_path / "team.pdf"
    build_article_pdf(target, article, words, LABELS, A4)
    pages = _pages(target)
    assert len(pages) > 1
    assert f"Page 1 of {len(pages)}" in pages[0]
    text = " ".join(" ".join(pages).split())
    assert text.index("Who is on the palliative care team") < text.index("Oncologist")
    for role in ("Palliative care physician", "Registered dietitian", "Oncologist"):
        assert role in text
    assert "• What are we aiming for with the plan as it stands?" in text
    assert "Words used in this article Pleural effusion A build-up" in text
    assert "Sources" in text and "Pettrigrew R et al." in text
    assert text.count("not medical advice") == len(pages)


def test_a_short_article_has_no_page_numbers_and_prints_hostile_text_as_written(tmp_path):
    article = parse_article(
        "odd",
        "---\ngroup: day\n---\n# 王小明 <b>&amp;</b>\n\n*Summary < here.*\n\n"
        "1. first\n2. second\n\n## Sources\n\n- Nobody, 2024.\n",
    )
    target = tmp_path / "odd.pdf"
    build_article_pdf(target, article, [GlossaryEntry("x", "X & <y>", "Means *z*.")], LABELS)
    (page,) = _pages(target)
    text = " ".join(page.split())
    assert "王小明 <b>&amp;</b>" in text
    assert "Summary < here." in text
    assert "1. first 2. second" in text
    assert "X & <y> Means z." in text
    assert "Page 1" not in text


NEW_ARTICLES = (
    "when-to-call-now",
    "strong-pain-medicines",
    "breathlessness-at-home",
    "treatment-side-effects",
    "hospice-and-last-weeks",
    "fatigue-sleep-eating",
    "caregiver-wellbeing",
)


@pytest.mark.parametrize("language", ["en", "es", "zh"])
@pytest.mark.parametrize("paper", [LETTER, A4], ids=["letter", "a4"])
def test_when_to_call_prints_on_one_page_naming_whom_to_call(tmp_path, language, paper):
    """The list a family pins by the phone: one page, every line routed to someone."""
    library = load_library(language)
    article = library.article("when-to-call-now")
    target = tmp_path / "when.pdf"
    build_article_pdf(target, article, [], LABELS, paper)
    (page,) = _pages(target)
    text = " ".join(page.split())
    assert article.title in text
    assert "911" in text


@pytest.mark.parametrize("language", ["en", "es", "zh"])
@pytest.mark.parametrize("article_id", NEW_ARTICLES)
def test_each_new_article_prints_with_its_sources(tmp_path, language, article_id):
    library = load_library(language)
    article = library.article(article_id)
    assert article is not None, f"{language}/{article_id}.md is missing"
    target = tmp_path / f"{article_id}.pdf"
    build_article_pdf(target, article, [], LABELS, A4)
    text = " ".join(" ".join(_pages(target)).split())
    assert article.title in text
    assert len(article.sources) >= 2
    assert article.sources[0].split()[0] in text


def test_chinese_lines_break_between_characters_not_only_at_spaces(tmp_path):
    """A Chinese sentence after a Latin name goes on on the same line, and a line never
    starts with a full stop (by words, "Care Companion" stood alone on its line and a
    lone "。" began the next)."""
    article = parse_article(
        "zh-test",
        "---\ngroup: day\n---\n# 解救剂量\n\n*为什么团队会问。*\n\n"
        "Care Companion 会统计用药次数并显示出来。"
        "它从不建议任何调整；只有团队才能作出这个决定。\n\n"
        "姑息治疗团队中负责接诊登记、预约和保险问题的成员；如果需要转到安宁疗护，"
        "也由他们负责也由他们负责。\n\n## 资料来源\n\n- Nobody, 2024.\n",
    )
    target = tmp_path / "zh.pdf"
    build_article_pdf(target, article, [], LABELS, A4)
    lines = [line.strip() for line in _pages(target)[0].splitlines()]
    assert "Care Companion" not in lines
    assert any(line.startswith("Care Companion 会统计") for line in lines), lines
    assert not any(line.startswith("。") for line in lines), lines
