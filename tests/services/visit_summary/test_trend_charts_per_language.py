"""The summary prints the same trend charts in every language: the chart column beside the
ESAS-r table used to hold only as many charts as the table's height allowed, and the
Chinese table (one line a row) is shorter, so the third chart was left out."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication

from caregiver_app.services.visit_summary.data import collect_summary
from caregiver_app.services.visit_summary.pdf import summary_pdf_bytes
from caregiver_app.services.visit_summary.request import SummaryRequest
from caregiver_app.services.visit_summary.text import translated_wording
from caregiver_app.store.diary.entries import EntryRecord, save_entry
from tests.services.visit_summary.test_visit_summary_pdf import pages_of

TODAY = date.today() - timedelta(days=1)  # yesterday: every hour of it has come, at any hour
NOW = datetime.combine(TODAY, time(12, 0))


def test_three_moderate_or_severe_symptoms_get_three_charts(store, each_language):
    scores = {"pain": 7, "tiredness": 5, "shortness_of_breath": 4}
    save_entry(EntryRecord(recorded_at=NOW - timedelta(hours=2), scores=scores))
    data = collect_summary(SummaryRequest(TODAY - timedelta(days=29), TODAY), NOW)
    assert len(data.symptoms.charts) == 3
    first_page = pages_of(summary_pdf_bytes(data, translated_wording()))[0]
    axis = QCoreApplication.translate("TrendChart", "Score (0-10)")
    assert first_page.count(" ".join(axis.split())) == 3
