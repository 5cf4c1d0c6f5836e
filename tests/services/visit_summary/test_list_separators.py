"""A Chinese printout joins its lists as Chinese does: clock times and names with "、",
the phrases of one sentence with "，", lists of lists with "；", never ASCII ", "."""

from __future__ import annotations

from datetime import timedelta

from caregiver_app.services.medication.chart import chart_labels
from caregiver_app.services.medication.chart_labels import ChartLabels
from caregiver_app.services.visit_summary.data import collect_summary
from caregiver_app.services.visit_summary.pdf import summary_pdf_bytes
from caregiver_app.services.visit_summary.request import SummaryRequest
from caregiver_app.services.visit_summary.text import translated_wording
from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.store.medication.schedules import (
    AsNeededRules,
    Schedule,
    save_rules,
    save_schedule,
)
from tests.conftest import installed_translation
from tests.services.visit_summary.test_summary_clock_times import BEFORE, NOW, TODAY, _row
from tests.services.visit_summary.test_visit_summary_pdf import pages_of


def _summary_in(language: str) -> str:
    with installed_translation(language):
        data = collect_summary(SummaryRequest(TODAY - timedelta(days=6), TODAY), NOW)
        return " ".join(pages_of(summary_pdf_bytes(data, translated_wording())))


def _medicines() -> None:
    morphine = save_medicine(MedicineRecord(name="Morphine SR", strength="15 mg"), BEFORE)
    save_schedule(morphine, Schedule(kind="times", dose_times=("08:00", "20:00")))
    solution = save_medicine(MedicineRecord(name="Oramorph", as_needed=True), BEFORE)
    save_rules(solution, AsNeededRules(min_interval_minutes=60, max_per_day=6))


def test_a_chinese_summary_lists_times_with_the_enumeration_comma(store, qapp):
    _medicines()
    text = _summary_in("zh_CN")
    times = _row(text, "Morphine SR")[: len("Morphine SR 15 mg 8:00 AM、8:00 PM")]
    assert "、" in times  # the times are in the system's format (here "8:00 AM")
    limits = _row(text, "Oramorph")
    # The two limits are phrases of one sentence: a full-width comma between them.
    assert "，" in limits
    assert ", " not in times and ", " not in limits


def test_a_spanish_summary_keeps_the_comma(store, qapp):
    _medicines()
    assert "AM, 8:00" in _row(_summary_in("es"), "Morphine SR")


def test_each_printout_joins_in_its_own_language(qapp):
    with installed_translation("zh_CN"):
        chart = chart_labels()
    assert chart.items(["a", "b"]) == "a、b"
    assert chart.phrases(["a", "b"]) == "a，b"
    assert chart.groups(["a", "b"]) == "a；b"
    assert ChartLabels.english().items(["a", "b"]) == "a, b"
