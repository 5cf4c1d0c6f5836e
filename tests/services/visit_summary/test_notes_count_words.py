"""The count beside the summary's diary notes heading reads as a person says it: no
"0 notes ... in all", one note in the singular, in English, Spanish and Chinese."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from caregiver_app.services.visit_summary.data import collect_summary
from caregiver_app.services.visit_summary.pdf import summary_pdf_bytes
from caregiver_app.services.visit_summary.request import SummaryRequest
from caregiver_app.services.visit_summary.text import translated_wording
from caregiver_app.store.diary.entries import EntryRecord, save_entry
from tests.services.visit_summary.test_visit_summary_pdf import pages_of

TODAY = date.today() - timedelta(days=1)  # yesterday: every hour of it has come, at any hour
NOW = datetime.combine(TODAY, time(12, 0))


def _text() -> str:
    data = collect_summary(SummaryRequest(TODAY - timedelta(days=29), TODAY), NOW)
    return " ".join(pages_of(summary_pdf_bytes(data, translated_wording())))


def _notes(count: int) -> None:
    for hour in range(count):
        save_entry(EntryRecord(recorded_at=NOW - timedelta(hours=hour + 1), note=f"note {hour}"))


WORDS = {
    "en": ("No notes written in this period", "1 note written in this period",
           "3 notes written in this period"),
    "es": ("Ninguna nota escrita en este período", "1 nota escrita en este período",
           "3 notas escritas en este período"),
    "zh_CN": ("这段时间没有写备注", "这段时间共写了 1 条备注", "这段时间共写了 3 条备注"),
}  # fmt: skip


@pytest.mark.parametrize("count", [0, 1, 3])
def test_the_notes_count_reads_as_a_sentence(store, each_language, count):
    _notes(count)
    text = _text()
    assert WORDS[each_language][min(count, 2)] in text
    assert "in all" not in text and "0 notes" not in text
