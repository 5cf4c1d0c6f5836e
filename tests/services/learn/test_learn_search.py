"""Full-text search over the Learn articles: whole words and prefixes, ranking, snippets, speed."""

import time

import pytest

from caregiver_app.services.learn.content import load_library
from caregiver_app.services.learn.search import LearnIndex, fold, match_spans, query_terms

DOCUMENTS = [
    ("body", "Getting started", "Fluid around the lungs is a pleural effusion.\nOther text."),
    ("title", "Pleural effusion explained", "What it is, and who drains it."),
    ("both", "Breathing", "Breathlessness and breathing exercises. Breathing again."),
    ("accents", "Café", "Naïve résumé of the crème brûlée."),
]


@pytest.fixture
def index():
    return LearnIndex(DOCUMENTS)


def test_fold_and_query_terms():
    assert fold("Résumé") == "resume"
    assert query_terms("  Pleural,  EFFUSION pleural ") == ["pleural", "effusion"]
    assert query_terms("--") == []


def test_title_matches_come_first_then_body(index):
    hits = index.search("pleural effusion")
    assert [hit.id for hit in hits] == ["title", "body"]
    assert hits[0].title_match and not hits[1].title_match
    assert hits[1].words == {"pleural", "effusion"}


def test_every_word_must_match_and_the_last_may_be_unfinished(index):
    assert [hit.id for hit in index.search("effu")] == ["title", "body"]
    assert [hit.id for hit in index.search("breath")] == ["both"]
    assert index.search("breath") and index.search("breath")[0].words == {
        "breathlessness",
        "breathing",
    }
    assert index.search("pleural breathing") == []
    assert index.search("") == []
    assert index.search("x") == []  # one letter matches only a one-letter word


def test_accents_and_case_do_not_matter(index):
    assert [hit.id for hit in index.search("CREME brulee")] == ["accents"]
    assert [hit.id for hit in index.search("cafe")] == ["accents"]


def test_snippet_is_the_matching_paragraph_with_the_words_marked(index):
    hit = next(hit for hit in index.search("effusion") if hit.id == "body")
    assert hit.snippet == "Fluid around the lungs is a pleural effusion."
    assert [hit.snippet[a:b] for a, b in hit.snippet_spans] == ["effusion"]


def test_long_paragraphs_give_a_cut_snippet_around_the_match():
    text = " ".join(f"word{n}" for n in range(200)) + " target " + "tail " * 50
    (hit,) = LearnIndex([("long", "Long", text)]).search("target")
    assert hit.snippet.startswith("… ") and hit.snippet.endswith(" …")
    assert "target" in hit.snippet and len(hit.snippet) < 200


def test_match_spans_finds_whole_words_only():
    text = "Effusion, effusions and an EFFUSION."
    assert [text[a:b] for a, b in match_spans(text, {"effusion"})] == ["Effusion", "EFFUSION"]


def test_the_real_articles_answer_in_a_few_milliseconds():
    library = load_library()
    started = time.perf_counter()
    index = library.index
    built = time.perf_counter() - started
    assert library.index is index  # built once
    queries = ["palliative", "pleural eff", "hospice", "nurse navigator", "the", "video visit"]
    started = time.perf_counter()
    for _round in range(20):
        for query in queries:
            index.search(query)
    per_query = (time.perf_counter() - started) / (20 * len(queries))
    assert built < 0.5
    assert per_query < 0.005, f"{per_query * 1000:.2f} ms a query"
    assert index.search("telehealth")[0].id == "where-care-happens"
    assert index.search("words you may hear")[0].id == "glossary"
