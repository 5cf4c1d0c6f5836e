"""The summary's "How often" for a medicine whose clock times were set up in the app: the
times the family set, not an empty cell, and beside the prescription's words when both
were typed. The diary's count says plainly when nobody recorded who filled in the entries."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from caregiver_app.services.visit_summary.data import collect_summary
from caregiver_app.services.visit_summary.pdf import summary_pdf_bytes
from caregiver_app.services.visit_summary.request import SummaryRequest
from caregiver_app.store.diary.entries import EntryRecord, save_entry
from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.store.medication.schedules import Schedule, save_schedule
from tests.services.visit_summary.test_visit_summary_pdf import pages_of

TODAY = date.today() - timedelta(days=1)  # yesterday: every hour of it has come, at any hour
NOW = datetime.combine(TODAY, time(12, 0))
# The list was typed in before the period: no "Added to the app" beside the names.
BEFORE = NOW - timedelta(days=30)


def _summary_text() -> str:
    data = collect_summary(SummaryRequest(TODAY - timedelta(days=6), TODAY), NOW)
    return " ".join(pages_of(summary_pdf_bytes(data)))


def _row(text: str, name: str) -> str:
    start = text.index(name)
    return text[start : start + 80]


def test_clock_times_set_in_the_app_are_printed_as_how_often(store):
    morphine = save_medicine(MedicineRecord(name="Morphine SR", strength="15 mg"), BEFORE)
    save_schedule(morphine, Schedule(kind="times", dose_times=("08:00", "20:00")))
    assert "Morphine SR 15 mg 8:00 AM, 8:00 PM" in _row(_summary_text(), "Morphine SR")


def test_the_prescription_words_come_first_with_the_times_beside_them(store):
    senna = save_medicine(MedicineRecord(name="Senna", schedule="twice a day"), BEFORE)
    save_schedule(senna, Schedule(kind="times", dose_times=("09:00", "21:00")))
    assert "Senna twice a day (9:00 AM, 9:00 PM)" in _row(_summary_text(), "Senna")


def test_days_other_than_every_day_are_named(store):
    dexa = save_medicine(MedicineRecord(name="Dexamethasone"), BEFORE)
    save_schedule(
        dexa, Schedule(kind="times", dose_times=("08:00",), weekdays=frozenset({1, 3, 5}))
    )
    assert "Dexamethasone 8:00 AM on Mon, Wed, Fri" in _row(_summary_text(), "Dexamethasone")


def test_a_medicine_without_a_schedule_keeps_its_words_alone(store):
    save_medicine(MedicineRecord(name="Senna", schedule="at night if needed"), BEFORE)
    assert "Senna at night if needed" in _row(_summary_text(), "Senna")


def test_entries_nobody_said_who_completed_read_as_not_recorded(store):
    save_entry(EntryRecord(recorded_at=NOW - timedelta(hours=2), scores={"pain": 7}))
    text = _summary_text()
    assert "Diary entries: 1; completed by: not recorded (1)." in text
    assert "completed by not recorded" not in text
