"""A printout's label set: its English defaults, each text translated in its own context,
frozen once made, and copied with some texts changed."""

from __future__ import annotations

from dataclasses import FrozenInstanceError

import pytest
from PySide6.QtCore import QCoreApplication

from caregiver_app.services import wording
from caregiver_app.services.diary.trend_labels import TrendLabels
from caregiver_app.services.dose_words import DoseWords
from caregiver_app.services.visit_summary.labels import SummaryLabels


def test_each_text_is_translated_in_the_context_of_the_set_that_declares_it(monkeypatch):
    asked: dict[str, str] = {}

    def translate(context: str, text: str) -> str:
        asked[text] = context
        return f"[{text}]"

    monkeypatch.setattr(QCoreApplication, "translate", staticmethod(translate))
    labels = wording.translated(SummaryLabels.english(), "VisitSummary", format_day=str)
    english = SummaryLabels.english()
    assert asked[english.page_of] == "Printout"
    assert asked["; "] == "PrintoutList"
    assert asked[english.skipped] == "DoseWords"  # declared by the shared dose words
    assert asked[english.first_pass] == "DoseWords"
    assert asked[english.doses_given] == "VisitSummary"
    assert labels.page_of == f"[{english.page_of}]"
    assert labels.skipped == "[Skipped]"
    assert labels.format_day is str  # a formatter is given, never translated
    assert labels.format_time is english.format_time
    assert english.skipped == "Skipped"  # the English set is unchanged


def test_a_label_set_is_frozen_and_copied_with_some_texts_changed():
    words = DoseWords.english()
    with pytest.raises(FrozenInstanceError):
        words.skipped = "Missed"  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        del words.skipped
    changed = TrendLabels.english().replaced(no_scores="No readings recorded in this period")
    assert isinstance(changed, TrendLabels)
    assert changed.no_scores == "No readings recorded in this period"
    assert changed.axis_title == TrendLabels.english().axis_title == "Score (0-10)"
    assert changed.list_items == ", "
    with pytest.raises(TypeError, match="no label"):
        TrendLabels(no_such_text="x")
    assert list(TrendLabels.label_defaults)[:4] == [
        "page_of",
        "list_items",
        "list_groups",
        "list_phrases",
    ]
