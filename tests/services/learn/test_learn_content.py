"""The shipped Learn articles and glossary: complete, linked, original, and parsed as written."""

import re

import pytest

from caregiver_app.services.learn.content import (
    GLOSSARY_ID,
    GROUP_KEYS,
    ROLE_NAMES,
    ContentError,
    content_language,
    learn_dir,
    load_library,
    markdown_blocks,
    parse_article,
)
from tests.helpers.paths import PROJECT_ROOT

REFERENCE = PROJECT_ROOT.parent / "shared" / "reference" / "000_7c0cd3083cc8e69a.txt"
# Fragments shorter than this are names (an organisation, a role, "Palliative care"),
# which an article has to use too; anything longer would be the source's prose.
MIN_SENTENCE_WORDS = 4


@pytest.fixture(scope="module")
def library():
    return load_library("en")


def normalised(text: str) -> str:
    """Lower case, curly quotes straightened, punctuation gone, whitespace collapsed."""
    text = text.casefold().replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def sentences(text: str) -> list[str]:
    """Every line split at . ! and ?, normalised, long enough to be prose."""
    found = []
    for line in text.splitlines():
        for piece in re.split(r"(?<=[.!?])\s+", line.strip()):
            sentence = normalised(piece)
            if len(sentence.split()) >= MIN_SENTENCE_WORDS:
                found.append(sentence)
    return found


def test_at_least_twelve_articles_in_every_group(library):
    assert len(library.articles) >= 12
    assert [key for key, _articles in library.grouped()] == list(GROUP_KEYS)
    ids = {article.id for article in library.articles}
    for topic in (
        "what-is-palliative-care",
        "what-palliative-care-includes",
        "your-palliative-team",
        "where-care-happens",
        "how-often-visits",
        "how-to-start",
        "when-to-start",
        "symptom-diary",
        "breakthrough-doses",
        "preparing-for-a-visit",
        "looking-after-yourself",
        "trusted-resources",
    ):
        assert topic in ids, topic


def test_every_article_has_a_title_a_summary_a_source_and_a_role(library):
    for article in library.ordered():
        assert article.title and len(article.title) < 60, article.id
        assert 20 < len(article.summary) < 160, article.id
        assert article.sources, article.id
        assert all(len(source) > 10 for source in article.sources), article.id
        if article.id != GLOSSARY_ID:
            assert article.ask_role in ROLE_NAMES, article.id
            assert len(article.plain_text.split()) > 120, article.id


def test_every_link_resolves_and_none_leaves_the_app(library):
    used = set()
    for article in library.ordered():
        for target in article.links:
            assert target.startswith(("glossary:", "article:")), (article.id, target)
            assert library.resolve(target) is not None, (article.id, target)
            used.add(target)
        assert "http" not in article.markdown.casefold(), article.id
        assert "www." not in article.markdown.casefold(), article.id
    for entry in library.glossary.values():
        for match in re.finditer(r"\]\(([^)]*)\)", entry.definition):
            assert library.resolve(match.group(1)) is not None, (entry.id, match.group(1))
    # Most glossary words are linked from some article, so readers meet them in context.
    assert sum(f"glossary:{key}" in used for key in library.glossary) >= 20


def test_glossary_has_the_words_families_ask_about(library):
    for key in (
        "palliative-care",
        "hospice",
        "metastatic",
        "nsclc",
        "nurse-navigator",
        "breakthrough-dose",
        "pleural-effusion",
        "telehealth",
        "advance-directive",
        "esas-r",
    ):
        assert key in library.glossary, key
        assert len(library.glossary[key].definition) > 30, key
    assert library.glossary["nsclc"].term == "NSCLC (non-small cell lung cancer)"


def test_team_article_has_one_section_per_role_and_questions_to_ask(library):
    team = library.article("your-palliative-team")
    headings = [block.text for block in team.blocks if block.heading_level == 2]
    for heading in headings:
        assert team.section_role(heading) in ROLE_NAMES, heading
    roles = {team.section_role(heading) for heading in headings}
    for role in (
        "palliative care physician",
        "nurse navigator",
        "social worker or counselor",
        "pharmacist",
        "chaplain",
        "respiratory therapist",
        "pulmonologist",
        "registered dietitian",
        "care coordinator",
        "oncologist",
    ):
        assert role in roles, role
    assert team.plain_text.count("Questions you might ask") == len(headings)
    assert team.section_role("Not a role") == team.ask_role


def test_the_app_never_advises_and_always_gives_the_emergency_number(library):
    text = "\n".join(article.plain_text for article in library.ordered()).casefold()
    for advice in ("you should take", "increase the dose", "reduce the dose", "stop taking"):
        assert advice not in text
    for article_id in ("breakthrough-doses", "other-symptoms", "what-is-palliative-care"):
        assert "911" in library.article(article_id).plain_text
    diary = library.article("symptom-diary").plain_text
    for item in (
        "Pain",
        "Tiredness (lack of energy)",
        "Drowsiness (feeling sleepy)",
        "Nausea",
        "Lack of appetite",
        "Shortness of breath",
        "Depression (feeling sad)",
        "Anxiety (feeling nervous)",
        "Wellbeing (how you feel overall)",
    ):
        assert item in diary
    assert "7 to 10: severe" in diary
    research = library.article("when-to-start")
    assert any("Temel" in source and "2010" in source for source in research.sources)
    assert any("ASCO" in source and "2024" in source for source in research.sources)


@pytest.mark.skipif(not REFERENCE.is_file(), reason="the source article is not checked out")
def test_no_article_repeats_a_sentence_of_the_source_article(library):
    source = set(sentences(REFERENCE.read_text(encoding="utf-8")))
    assert len(source) > 50
    repeated = []
    for article in library.ordered():
        # The Sources list is left out: it names the same publications on purpose.
        for text in [article.title, article.summary, *(b.text for b in article.blocks)]:
            repeated += [(article.id, s) for s in sentences(text) if s in source]
    for entry in library.glossary.values():
        repeated += [(entry.id, s) for s in sentences(entry.definition) if s in source]
    assert repeated == []


def test_the_sentence_check_would_catch_a_copied_sentence():
    copied = "People often confuse palliative care with end-of-life or hospice care."
    assert normalised(copied) in sentences("Intro. " + copied.upper().replace(" ", "  "))


# ---------------------------------------------------------------- format


ARTICLE = """---
group: day
order: 5
ask: Pharmacist
---
# A *test* article

*A summary with a [link](glossary:hospice).*

First paragraph
wrapped over two lines.

## Part

- one item
  carried on
- two

## Sources

- A source, 2024.
"""


def test_parse_article_reads_the_header_title_summary_body_and_sources():
    article = parse_article("test", ARTICLE)
    assert (article.group, article.order, article.ask_role) == ("day", 5, "pharmacist")
    assert article.title == "A test article"
    assert article.summary == "A summary with a link."
    assert article.sources == ("A source, 2024.",)
    assert article.links == ("glossary:hospice",)
    assert [block.text for block in article.blocks] == [
        "First paragraph wrapped over two lines.",
        "Part",
        "one item carried on",
        "two",
    ]
    assert article.markdown.startswith("# A *test* article")
    assert "group:" not in article.markdown


@pytest.mark.parametrize(
    "broken, message",
    [
        (ARTICLE.replace("group: day", "group: elsewhere"), "group must be"),
        (ARTICLE.replace("ask: Pharmacist", "ask: wizard"), "not one of the offered roles"),
        (ARTICLE.replace("# A *test* article", "A test article"), "first line must be"),
        (ARTICLE.replace("*A summary", "A summary"), "summary"),
        (ARTICLE.replace("order: 5", "order: soon"), "whole number"),
        (ARTICLE.replace("---\n#", "#", 1), "never closed"),
    ],
)
def test_a_broken_article_is_refused_with_its_file_named(broken, message):
    with pytest.raises(ContentError, match=message) as caught:
        parse_article("broken", broken)
    assert "broken.md" in str(caught.value)


def test_a_broken_file_is_left_out_and_the_rest_load(tmp_path, caplog):
    (tmp_path / "good.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "bad.md").write_text("no title here", encoding="utf-8")
    library = load_library(folder=tmp_path)
    assert [article.id for article in library.articles] == ["good"]
    assert "bad.md" in caplog.text
    with pytest.raises(OSError):
        load_library(folder=tmp_path / "missing")


def test_markdown_blocks_numbered_lists_and_headings():
    blocks = list(markdown_blocks("1. **When**: now\n2. Later\n\n### Small {#x}\n"))
    assert [(b.text, b.list_item, b.heading_level) for b in blocks] == [
        ("When: now", True, 0),
        ("Later", True, 0),
        ("Small", False, 3),
    ]


def test_content_language_falls_back_to_english():
    assert content_language("en_US") == "en"
    assert content_language("xx_YY") == "en"
    assert content_language("C") == "en"
    assert learn_dir("en").is_dir()
