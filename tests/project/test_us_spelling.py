"""The app's English is US English: every text a user can see (the window's and the printouts'
words, and the Learn articles) is checked for British spellings ("neighbour", "organisation",
"grey", "postcode"). Names of places and organisations are kept as they are spelled."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from caregiver_app.resources import resources_dir
from caregiver_app.translations import ts_path

BRITISH = re.compile(
    r"\b(neighbour\w*|organis\w*|colour\w*|behaviour\w*|favour\w*|honour\w*|centre[sd]?|"
    r"metres?|litres?|programmes?|cancell(?:ed|ing)|licence|catalogue|recognis\w*|realis\w*|"
    r"summaris\w*|minimis\w*|customis\w*|grey|postcode|tumours?|diarrhoea|oedema|"
    r"anaesthe\w*|paediatric\w*|haemo\w*|whilst|amongst)\b",
    re.IGNORECASE,
)
# Proper names, spelled as their owners spell them.
NAMES = ("Juravinski Cancer Centre",)


def _british(text: str) -> list[str]:
    for name in NAMES:
        text = text.replace(name, "")
    return BRITISH.findall(text)


def test_the_window_and_printouts_speak_us_english():
    root = ET.parse(ts_path("es")).getroot()  # every source text, as lupdate found it
    found = {
        source: words
        for message in root.iter("message")
        if (words := _british(source := message.findtext("source") or ""))
    }
    assert found == {}


def test_the_learn_articles_speak_us_english():
    found = {
        path.name: words
        for path in sorted((resources_dir() / "learn" / "en").glob("*.md"))
        if (words := _british(path.read_text(encoding="utf-8")))
    }
    assert found == {}
