"""Synonyms kept with the articles: each word finds its article, phrases, Chinese, the parser."""

import logging

import pytest

from caregiver_app.services.learn.content import learn_dir, load_library
from caregiver_app.services.learn.medicine_links import medicine_article
from caregiver_app.services.learn.search import LearnIndex
from caregiver_app.services.learn.synonyms import (
    SynonymTable,
    load_synonyms,
    parse_line,
    parse_synonyms,
)

# What a family types, and the article it must find, in every language shipped.
REQUIRED = {
    "en": {
        "strong-pain-medicines": [
            "morphine",
            "oxycodone",
            "hydromorphone",
            "fentanyl",
            "opioid",
            "opiate",
            "painkiller",
            "poop",
            "bowels",
            "constipation",
            "stool",
        ],
        "breathlessness-at-home": [
            "breathless",
            "shortness of breath",
            "dyspnoea",
            "dyspnea",
            "breathlessness",
        ],
        "treatment-side-effects": ["throwing up", "vomiting", "nausea", "being sick"],
        "hospice-and-last-weeks": ["hospice", "end of life", "dying"],
        "when-to-call-now": ["temperature", "fever", "high temperature"],
    },
    "es": {
        "strong-pain-medicines": [
            "morfina",
            "oxicodona",
            "hidromorfona",
            "fentanilo",
            "opioide",
            "opiáceo",
            "analgésico",
            "caca",
            "intestino",
            "estreñimiento",
            "heces",
        ],
        "breathlessness-at-home": ["falta de aire", "disnea", "ahogo", "sin aliento"],
        "treatment-side-effects": ["vómitos", "vomitar", "náuseas", "ganas de vomitar"],
        "hospice-and-last-weeks": ["hospicio", "final de la vida", "morir"],
        "when-to-call-now": ["temperatura", "fiebre", "temperatura alta"],
    },
    "zh": {
        "strong-pain-medicines": [
            "吗啡",
            "羟考酮",
            "氢吗啡酮",
            "芬太尼",
            "阿片类药物",
            "止痛药",
            "大便",
            "排便",
            "便秘",
        ],
        "breathlessness-at-home": ["呼吸困难", "气短", "气促", "喘不过气"],
        "treatment-side-effects": ["呕吐", "恶心", "想吐"],
        "hospice-and-last-weeks": ["安宁疗护", "临终关怀", "生命末期", "去世"],
        "when-to-call-now": ["体温", "发烧", "高烧", "发热"],
    },
}

CASES = [
    (language, article, term)
    for language, groups in REQUIRED.items()
    for article, terms in groups.items()
    for term in terms
]


@pytest.fixture(scope="module")
def libraries():
    return {language: load_library(language) for language in REQUIRED}


@pytest.mark.parametrize(("language", "article", "term"), CASES)
def test_each_listed_word_finds_its_article(libraries, language, article, term):
    hits = libraries[language].index.search(term)
    assert article in [hit.id for hit in hits], (term, [hit.id for hit in hits])
    assert next(hit for hit in hits if hit.id == article).words  # something to mark


@pytest.mark.parametrize("language", sorted(REQUIRED))
def test_every_word_of_every_shipped_group_finds_its_article(libraries, language):
    groups = load_synonyms(learn_dir(language))
    assert {group.article for group in groups} >= set(REQUIRED[language])
    for group in groups:
        for term in group.terms:
            hits = [hit.id for hit in libraries[language].index.search(term)]
            assert group.article in hits, (language, term, hits)


def test_a_phrase_is_one_synonym_and_its_words_alone_are_not():
    index = LearnIndex(
        [
            ("plain", "Plain", "Shortness of breath at night."),
            ("medical", "Medical", "Dyspnoea is the word doctors use."),
            ("other", "Other", "A short walk to catch your breath."),
        ],
        SynonymTable(parse_synonyms("breath-article: dyspnoea, shortness of breath")),
    )
    assert sorted(hit.id for hit in index.search("shortness of breath")) == ["medical", "plain"]
    assert sorted(hit.id for hit in index.search("Dyspnoea")) == ["medical", "plain"]
    # The phrase's words are marked where it stands; "of" is not marked everywhere.
    (plain,) = [hit for hit in index.search("dyspnoea") if hit.id == "plain"]
    assert plain.words == {"shortness", "breath"}
    # Words of a phrase typed apart are ordinary words.
    assert [hit.id for hit in index.search("shortness")] == ["plain"]
    # A synonym with another word: both must be there.
    assert [hit.id for hit in index.search("shortness of breath night")] == ["plain"]


def test_plurals_accents_and_case_still_belong_to_the_group():
    index = LearnIndex(
        [("a", "A", "Los opioides y la morfina."), ("b", "B", "Nada aquí.")],
        SynonymTable(parse_synonyms("x: opiáceo, morfina, opioide")),
    )
    for query in ("OPIÁCEOS", "opiaceo", "Morfinas", "opioide"):
        assert [hit.id for hit in index.search(query)] == ["a"], query


def test_chinese_terms_are_found_whole_inside_a_run_of_characters():
    index = LearnIndex(
        [
            ("whole", "整", "医生开了羟考酮缓释片。"),
            ("apart", "散", "羟考是一个词，考酮是另一个词。"),
            ("painkiller", "药", "这是一种强效止痛药。"),
        ],
        SynonymTable(parse_synonyms("strong: 羟考酮*, 止痛药")),
    )
    # Three characters found only where they stand together, and the group finds both.
    assert sorted(hit.id for hit in index.search("羟考酮")) == ["painkiller", "whole"]
    assert sorted(hit.id for hit in index.search("止痛药")) == ["painkiller", "whole"]
    # A term inside a longer typed run is still the term.
    assert sorted(hit.id for hit in index.search("羟考酮的")) == []  # "的" is nowhere
    assert sorted(hit.id for hit in index.search("止痛药缓释")) == ["whole"]
    (whole,) = [hit for hit in index.search("止痛药") if hit.id == "whole"]
    assert whole.words == {"羟考", "考酮"}


def test_a_malformed_line_is_logged_and_the_rest_still_works(caplog, tmp_path):
    text = "\n".join(
        [
            "# a note",
            "strong-pain-medicines: morphine*, opioid",
            "breathless, dyspnoea",
            "Not An Id: fever, temperature",
            "hospice-and-last-weeks: hospice",
            "when-to-call-now: fever,, temperature",
            "",
            "-: poop, constipation",
        ]
    )
    with caplog.at_level(logging.ERROR):
        groups = parse_synonyms(text)
    assert [group.terms for group in groups] == [("morphine", "opioid"), ("poop", "constipation")]
    assert groups[0].medicines == {"morphine"} and groups[1].article == ""
    messages = [record.getMessage() for record in caplog.records]
    assert messages == [
        "synonyms.txt line 3: no colon; write the article id, a colon, then the words; "
        "the line is left out.",
        "synonyms.txt line 4: 'Not An Id' is not an article id (lower-case letters, digits "
        "and hyphens, or - for none); the line is left out.",
        "synonyms.txt line 5: a group needs at least two words; the line is left out.",
        "synonyms.txt line 6: an empty word between commas; write one word or phrase between "
        "each pair of commas; the line is left out.",
    ]
    # In a content folder: the good lines work, the articles are all there.
    folder = tmp_path / "en"
    folder.mkdir()
    for path in learn_dir("en").glob("*.md"):
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "synonyms.txt").write_text(text + "\n-: constipation, zzyzx\n", encoding="utf-8")
    caplog.clear()
    with caplog.at_level(logging.ERROR):
        library = load_library("en", folder)
    assert len(caplog.records) == 4
    assert "en/synonyms.txt line 3" in caplog.records[0].getMessage()
    assert len(library.articles) == len(load_library("en").articles)
    assert "strong-pain-medicines" in [hit.id for hit in library.index.search("zzyzx")]


def test_a_group_line_keeps_its_words_folded_and_once():
    group = parse_line("strong-pain-medicines: Morphine*, MORPHINE, Shortness  of Breath", 1)
    assert group.terms == ("morphine", "shortness of breath")
    assert group.medicines == {"morphine"}


@pytest.mark.parametrize(
    ("name", "article"),
    [
        ("Morphine sulfate ER 15 mg", "strong-pain-medicines"),
        ("MORPHINE", "strong-pain-medicines"),
        ("oxyCODONE 5 mg", "strong-pain-medicines"),
        ("Fentanyl patches 25 mcg/h", "strong-pain-medicines"),
        ("Hidromorfóna 2 mg", "strong-pain-medicines"),
        ("morfína gotas", "strong-pain-medicines"),
        ("吗啡缓释片 30mg", "strong-pain-medicines"),
        ("芬太尼透皮贴剂", "strong-pain-medicines"),
        ("Paracetamol 500 mg", ""),
        ("Morph", ""),
        ("Painkiller (paracetamol)", ""),  # a kind of word, not the name of a medicine
        ("Senna for constipation", ""),
        ("   ", ""),
    ],
)
def test_a_medicine_name_links_to_the_article_about_its_kind(name, article):
    assert medicine_article(name) == article
