"""Rows read in one pass (store/plain_rows.rows_of) hold exactly what peewee's own rows hold,
and the diary's and the doses' periods read through it are the records they always were."""

from datetime import datetime, timedelta

from caregiver_app.store.diary.doses import (
    DOSE_COLUMN_NAMES,
    DoseRecord,
    doses_between,
    save_dose,
)
from caregiver_app.store.diary.entries import EntryRecord, entries_between, save_entries
from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.store.models import BreakthroughDose, DiaryEntry, Medicine
from caregiver_app.store.plain_rows import rows_of

START = datetime(2025, 5, 1, 8, 0)


def _fill() -> int:
    medicine_id = save_medicine(MedicineRecord("Morphine oral solution", "10 mg", "by mouth"))
    save_entries(
        [
            EntryRecord(
                recorded_at=START + timedelta(hours=7 * index),
                completed_by="patient" if index % 2 else "",
                scores={"pain": index % 11, "nausea": None if index % 3 else 4},
                other_problem="Hiccups" if index % 4 == 0 else "",
                other_problem_score=5 if index % 4 == 0 else None,
                note=f"note {index}" if index % 5 else "",
                for_team=index % 6 == 0,
                temperature_c=37.5 if index % 5 == 0 else None,
                oxygen_saturation=94 if index % 7 == 0 else None,
                weight_kg=61.2 if index % 9 == 0 else None,
                trackers={"Cough": index % 10, "Sleep problems": 3} if index % 2 else {},
            )
            for index in range(60)
        ]
    )
    for index in range(40):
        given = START + timedelta(hours=5 * index, minutes=index)
        save_dose(
            DoseRecord(
                medicine_id,
                given,
                dose="5 mg",
                reason="pain" if index % 2 else "",
                score_before=7 if index % 3 else None,
                score_after=3 if index % 3 else None,
                after_recorded_at=given + timedelta(minutes=45) if index % 3 else None,
                note="helped" if index % 4 == 0 else "",
                performer="Laura" if index % 2 else "",
            )
        )
    return medicine_id


def test_rows_are_peewee_rows(store):
    _fill()
    entries = DiaryEntry.select().order_by(DiaryEntry.id)
    doses = (
        BreakthroughDose.select(
            BreakthroughDose.id,
            BreakthroughDose.medicine.alias("medicine_id"),
            Medicine.name,
            BreakthroughDose.given_at,
            BreakthroughDose.after_recorded_at,
            BreakthroughDose.score_after,
        )
        .join(Medicine)
        .order_by(BreakthroughDose.id)
    )
    for query in (entries, doses):
        expected = list(query.tuples())
        got = rows_of(query)
        assert got == expected
        for row, peewee_row in zip(got, expected, strict=True):
            assert [type(value) for value in row] == [type(value) for value in peewee_row]


def test_a_period_reads_the_same_records(store):
    _fill()
    start, end = START + timedelta(days=3), START + timedelta(days=12)
    entries = entries_between(start, end)
    expected = [entry for entry in entries_between(None, None) if start <= entry.recorded_at < end]
    assert entries == expected and entries
    assert any(entry.trackers for entry in entries)
    scored = [list(entry.trackers) for entry in entries if entry.trackers]
    assert all(names == ["Cough", "Sleep problems"] for names in scored)
    doses = doses_between(start, end)
    assert doses == [dose for dose in doses_between(None, None) if start <= dose.given_at < end]
    assert doses and all(dose.medicine_name == "Morphine oral solution" for dose in doses)


def test_dose_columns_are_the_record_fields_in_order():
    assert DoseRecord._fields == DOSE_COLUMN_NAMES
