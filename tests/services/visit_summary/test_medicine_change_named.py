"""The summary's tag on a medicine changed in the period names what changed where the
record keeps it: new clock times are "Times changed"; an edit of the medicine's details,
whose earlier values the record does not keep, stays "Details changed", never a guess at
what it was; a save that changed nothing is no change."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from caregiver_app.services.visit_summary.data import collect_summary
from caregiver_app.services.visit_summary.pdf import summary_pdf_bytes
from caregiver_app.services.visit_summary.request import SummaryRequest
from caregiver_app.store.diary.medicines import MedicineRecord, get_medicine
from caregiver_app.store.medication.medicine_plan import MedicinePlan, save_medicine_plan
from caregiver_app.store.medication.schedules import Schedule
from tests.services.visit_summary.test_summary_clock_times import TODAY
from tests.services.visit_summary.test_visit_summary_pdf import pages_of

ADDED = datetime.combine(TODAY - timedelta(days=40), time(9, 0))
CHANGED = datetime.combine(TODAY - timedelta(days=3), time(10, 30))


def _tags() -> str:
    request = SummaryRequest(TODAY - timedelta(days=13), TODAY)
    now = datetime.combine(TODAY, time(12, 0))
    text = " ".join(pages_of(summary_pdf_bytes(collect_summary(request, now))))
    start = text.index("Morphine SR")
    return text[start : start + 60]


def _added(times: tuple[str, ...]) -> int:
    medicine = MedicineRecord(name="Morphine SR", strength="15 mg")
    return save_medicine_plan(MedicinePlan(medicine, Schedule("times", times)), ADDED)


def _saved_again(medicine_id: int, times: tuple[str, ...], strength: str = "15 mg") -> None:
    medicine = get_medicine(medicine_id)
    assert medicine is not None
    medicine.strength = strength
    save_medicine_plan(MedicinePlan(medicine, Schedule("times", times)), CHANGED)


def test_new_clock_times_are_named(store):
    morphine = _added(("08:00", "20:00"))
    _saved_again(morphine, ("08:00", "14:00", "20:00"))
    tags = _tags()
    assert "Times changed" in tags  # before: "Details changed", nothing said of what
    assert "Details changed" not in tags


def test_an_edit_the_record_keeps_no_history_of_stays_unnamed(store):
    morphine = _added(("08:00", "20:00"))
    _saved_again(morphine, ("08:00", "20:00"), strength="30 mg")
    tags = _tags()
    assert "Details changed" in tags
    assert "Times changed" not in tags


def test_times_and_strength_changed_together_say_both(store):
    morphine = _added(("08:00", "20:00"))
    _saved_again(morphine, ("08:00", "14:00", "20:00"), strength="30 mg")
    tags = _tags()
    assert "Times changed" in tags
    assert "Details changed" in tags


def test_a_save_that_changed_nothing_is_no_change(store):
    morphine = _added(("08:00", "20:00"))
    _saved_again(morphine, ("08:00", "20:00"))
    tags = _tags()
    assert "changed" not in tags  # before: "Details changed" for opening and saving
