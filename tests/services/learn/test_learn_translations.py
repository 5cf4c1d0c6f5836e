"""The Spanish and Chinese articles match the English ones: same articles, ids, sources, links."""

import pytest

from caregiver_app.services.learn.content import content_language, learn_dir, load_library

LANGUAGES = sorted(
    path.name for path in learn_dir("en").parent.iterdir() if path.is_dir() and path.name != "en"
)


def test_spanish_and_chinese_are_shipped():
    assert {"es", "zh"} <= set(LANGUAGES)
    assert content_language("es_MX") == "es"
    assert content_language("zh_CN") == "zh"
    assert content_language("fr_FR") == "en"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translation_matches_english(language):
    english, translated = load_library("en"), load_library(language)
    assert [a.id for a in translated.ordered()] == [a.id for a in english.ordered()]
    assert list(translated.glossary) == list(english.glossary)  # same ids, same order
    for article in translated.ordered():
        source = english.article(article.id)
        assert article.title and 10 <= len(article.summary) < 160, article.id
        assert article.sources == source.sources, article.id
        assert sorted(article.links) == sorted(source.links), article.id
        assert all(translated.resolve(target) is not None for target in article.links)
        assert "http" not in article.markdown.casefold(), article.id
        assert (article.group, article.order, article.ask_role) == (
            source.group,
            source.order,
            source.ask_role,
        ), article.id
        assert "{#" not in article.markdown  # id markers never show
    for article_id in ("breakthrough-doses", "what-is-palliative-care"):
        assert "911" in translated.article(article_id).plain_text


@pytest.mark.parametrize(
    ("query", "at_least"), [("疼痛", 4), ("胸腔积液", 3), ("药师", 4), ("症状", 10)]
)
def test_chinese_search_finds_words_inside_runs_of_characters(query, at_least):
    hits = load_library("zh").index.search(query)
    assert len(hits) >= at_least
    assert all(hit.snippet_spans or hit.title_match for hit in hits)


def test_spanish_search_ignores_accents():
    index = load_library("es").index
    assert index.search("síntomas") == index.search("sintomas") != []
