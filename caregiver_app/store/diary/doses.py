"""Breakthrough doses: what was taken for a flare of pain, and how it helped."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from peewee import ModelSelect
from PySide6.QtCore import QCoreApplication

from caregiver_app.store.diary.saved_times import ahead_of_clock, refused_as_future
from caregiver_app.store.errors import InvalidValueError
from caregiver_app.store.home_clock import home_now
from caregiver_app.store.models import BreakthroughDose, Medicine
from caregiver_app.store.plain_rows import in_period, rows_of
from caregiver_app.store.repeated_hour import kept_fold, moment_key, with_fold
from caregiver_app.store.transactions import delete_row, transaction


class DoseRecord(NamedTuple):
    """A breakthrough (as-needed) dose and how much it helped."""

    medicine_id: int
    given_at: datetime
    dose: str = ""
    reason: str = ""
    symptom: str = "pain"
    score_before: int | None = None
    score_after: int | None = None
    after_recorded_at: datetime | None = None
    note: str = ""
    id: int | None = None
    medicine_name: str = ""  # filled in when read back
    performer: str = ""  # who gave it; "" when nobody said


def validate_dose(record: DoseRecord, now: datetime | None = None) -> None:
    """Raise InvalidValueError for an impossible dose record.

    A dose's time as it was saved is kept when the dose is edited, even ahead of the clock:
    saved before the clock went back (the night the clocks go back, or the computer's time
    zone set further west), it was not in the future then.
    """
    # The diary entries' rules load with the first dose checked: reading doses (the
    # medicine chart, the summary) never needs them.
    from caregiver_app.esas import SCORE_FIELDS
    from caregiver_app.store.diary.entries import check_score

    now = now or home_now()
    ahead = ahead_of_clock(record.given_at, now)
    if ahead and refused_as_future(record.given_at, now, BreakthroughDose.given_at, record.id):
        raise InvalidValueError(
            "given_at", QCoreApplication.translate("Diary", "A dose cannot be given in the future.")
        )
    if Medicine.get_or_none(Medicine.id == record.medicine_id) is None:
        raise InvalidValueError(
            "medicine", QCoreApplication.translate("Diary", "Choose the medicine that was given.")
        )
    check_score(
        record.score_before, "score_before", QCoreApplication.translate("Diary", "The score before")
    )
    check_score(
        record.score_after, "score_after", QCoreApplication.translate("Diary", "The score after")
    )
    if record.symptom and record.symptom not in SCORE_FIELDS:
        raise InvalidValueError(
            "symptom",
            QCoreApplication.translate("Diary", "Choose which symptom the scores are for."),
        )
    # The "after" time is this clock's when the score is typed: before the dose's time only
    # when the clock went back since the dose was logged.
    if record.after_recorded_at and record.after_recorded_at < record.given_at and not ahead:
        raise InvalidValueError(
            "score_after",
            QCoreApplication.translate(
                "Diary", "The score after cannot be recorded before the dose."
            ),
        )


def save_dose(record: DoseRecord) -> int:
    """Check and save a dose; return its id."""
    validate_dose(record)
    values = {
        "medicine": record.medicine_id,
        "given_at": record.given_at.replace(microsecond=0),
        "given_fold": kept_fold(record.given_at),
        "dose": record.dose.strip(),
        "reason": record.reason.strip(),
        "symptom": record.symptom,
        "score_before": record.score_before,
        "score_after": record.score_after,
        "after_recorded_at": record.after_recorded_at,
        "note": record.note.strip(),
        "performer": record.performer.strip(),
    }
    with transaction():
        if record.id is not None and BreakthroughDose.get_or_none(BreakthroughDose.id == record.id):
            BreakthroughDose.update(**values).where(BreakthroughDose.id == record.id).execute()
            return record.id
        extra = {"id": record.id} if record.id is not None else {}
        return BreakthroughDose.insert(created_at=home_now(), **values, **extra).execute()


# Every column of a dose and its medicine's name, in the order of DoseRecord's fields: a
# row is a record's arguments as they stand (thousands of doses in a long period).
_DOSE_COLUMNS = (
    BreakthroughDose.medicine.alias("medicine_id"),
    BreakthroughDose.given_at,
    BreakthroughDose.dose,
    BreakthroughDose.reason,
    BreakthroughDose.symptom,
    BreakthroughDose.score_before,
    BreakthroughDose.score_after,
    BreakthroughDose.after_recorded_at,
    BreakthroughDose.note,
    BreakthroughDose.id,
    Medicine.name.alias("medicine_name"),
    BreakthroughDose.performer,
    BreakthroughDose.given_fold,  # last, read into given_at's own fold
)
# DoseRecord's field for each column but the fold (tests check they are its fields, in order).
DOSE_COLUMN_NAMES = tuple(
    getattr(column, "_alias", None) or column.name for column in _DOSE_COLUMNS[:-1]
)


def _doses(query: ModelSelect[BreakthroughDose]) -> list[DoseRecord]:
    """The doses ``query`` (a filter of :data:`_DOSE_COLUMNS`' select) finds, oldest first
    (the second pass of a repeated hour after the first), each ``given_at`` with its fold.

    Read as plain rows, not model objects: a long range holds thousands of doses.
    """
    records = []
    folded = False
    for row in rows_of(query.order_by(BreakthroughDose.given_at)):
        record = DoseRecord(*row[:-1])
        if row[-1]:
            record = record._replace(given_at=with_fold(record.given_at, row[-1]))
            folded = True
        records.append(record)
    if folded:  # one night a year: SQLite's order (the time's index) is the clock's
        records.sort(key=lambda record: moment_key(record.given_at))
    return records


def _select_doses() -> ModelSelect[BreakthroughDose]:
    return BreakthroughDose.select(*_DOSE_COLUMNS).join(Medicine)


def doses_between(start: datetime | None, end: datetime | None) -> list[DoseRecord]:
    """Breakthrough doses given in [start, end), oldest first."""
    return _doses(in_period(_select_doses(), BreakthroughDose.given_at, start, end))


def get_dose(dose_id: int) -> DoseRecord | None:
    """One dose, or None."""
    found = _doses(_select_doses().where(BreakthroughDose.id == dose_id))
    return found[0] if found else None


def delete_dose(dose_id: int) -> DoseRecord | None:
    """Delete a dose; return it so it can be put back."""
    return delete_row(BreakthroughDose, dose_id, get_dose)


def doses_without_after_score(start: datetime, end: datetime) -> list[DoseRecord]:
    """Doses given in [start, end) whose "after" score is missing, oldest first."""
    query = _select_doses().where(BreakthroughDose.score_after.is_null())
    return _doses(in_period(query, BreakthroughDose.given_at, start, end))
