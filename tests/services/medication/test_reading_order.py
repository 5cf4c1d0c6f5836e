"""Medicine lists are sorted as people read them: "Medicine 2" before "Medicine 10".

A plain text sort put "Morphine 10" before "Morphine 2", "Zinc" before "aspirin" and
"Éter" after "Zinc", in the visit summary's medicine table and the weekly chart.
"""

from datetime import date, datetime

from caregiver_app.reading_order import reading_key
from caregiver_app.services.medication.chart_data import gather_chart
from caregiver_app.services.visit_summary.data import collect_summary
from caregiver_app.services.visit_summary.pdf import summary_pdf_bytes
from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.store.medication.schedules import Schedule, save_schedule
from tests.helpers.visit_summary_record import NOW, START, request
from tests.services.visit_summary.test_visit_summary_pdf import text_of

# Saved in this order: a code-point sort keeps it, a reading sort does not.
SAVED = ("Medicine 10", "Medicine 2", "Zinc", "aspirin", "Éter", "10 mg tablet", "2 mg tablet")
READ = ("2 mg tablet", "10 mg tablet", "aspirin", "Éter", "Medicine 2", "Medicine 10", "Zinc")


def test_the_key_reads_numbers_by_value_and_folds_case_and_accents():
    assert sorted(SAVED, key=reading_key) == list(READ)
    assert sorted(["Morphine 0,5 mg", "Morphine 0.25 mg", "Morphine 1 mg"], key=reading_key) == [
        "Morphine 0.25 mg",
        "Morphine 0,5 mg",
        "Morphine 1 mg",
    ]


def test_names_that_read_the_same_keep_the_order_they_came_in():
    for names in (["paracétamol", "Paracetamol"], ["Paracetamol", "paracétamol"]):
        assert sorted(names, key=reading_key) == names
    assert sorted(["Medicine 02", "Medicine 2"], key=reading_key) == ["Medicine 02", "Medicine 2"]


def test_the_visit_summary_lists_medicines_in_reading_order(store):
    for name in SAVED:
        save_medicine(MedicineRecord(name, started_on=START))

    text = text_of(summary_pdf_bytes(collect_summary(request(), NOW)))

    positions = [text.index(name) for name in READ]
    assert positions == sorted(positions), text


def test_the_weekly_chart_lists_medicines_in_reading_order(store):
    monday = date(2026, 11, 2)
    for name in SAVED:
        save_schedule(
            save_medicine(MedicineRecord(name, started_on=monday)), Schedule("times", ("08:00",))
        )

    rows = gather_chart(monday, filled=False, now=datetime(2026, 11, 4, 12)).rows

    assert [row.medicine.name for row in rows] == list(READ)
