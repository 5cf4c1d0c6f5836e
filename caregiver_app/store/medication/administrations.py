"""The administration log: one row per answered scheduled dose, with its history.

Names follow FHIR R4 MedicationAdministration (status, statusReason, effectiveDateTime,
performer, dosage, note). A scheduled dose nobody answered has no row: it reads "not
logged", never "given". As-needed doses are the breakthrough doses (``store/diary/doses``).
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from peewee import ModelSelect
from PySide6.QtCore import QCoreApplication

from caregiver_app.store.diary.saved_times import ahead_of_clock
from caregiver_app.store.errors import InvalidValueError
from caregiver_app.store.home_clock import home_aware, home_now
from caregiver_app.store.models import Administration, AdministrationChange, Medicine
from caregiver_app.store.plain_rows import in_period, named_rows_of
from caregiver_app.store.repeated_hour import kept_fold, with_fold
from caregiver_app.store.transactions import delete_row, transaction

STATUSES = ("given", "given_late", "skipped", "refused")
GIVEN_STATUSES = ("given", "given_late")
REASONS = ("asleep", "vomited", "refused", "not_needed", "other")
# Who gave a dose when it was not one of the caregivers named in the profile.
PATIENT = "patient"
NURSE = "nurse"


class AdministrationRecord(NamedTuple):
    """An answer to one scheduled dose."""

    medicine_id: int
    scheduled_for: datetime
    status: str
    status_reason: str = ""  # for skipped or refused; "" when nobody said
    effective_at: datetime | None = None  # when it was given
    # Who gave it: a caregiver's name as typed, PATIENT, NURSE, or "" when nobody said.
    performer: str = ""
    dosage: str = ""  # "" is the dose on the medicine list
    note: str = ""
    recorded_at: datetime | None = None
    id: int | None = None
    medicine_name: str = ""  # filled in when read back


class ChangeRecord(NamedTuple):
    """What one field of an answered dose said before a change, and after."""

    changed_at: datetime
    field: str
    old_value: str
    new_value: str


# The fields a change is kept for, in the order the history lists them.
_TRACKED = ("status", "status_reason", "effective_at", "performer", "dosage", "note")


def validate_administration(record: AdministrationRecord, now: datetime | None = None) -> None:
    """Raise InvalidValueError, naming the field, for an answer that cannot be."""
    now = now or home_now()
    translate = QCoreApplication.translate
    if record.status not in STATUSES:
        raise InvalidValueError(
            "status", translate("Medication", "Choose whether the dose was given or not.")
        )
    if record.status in GIVEN_STATUSES:
        if record.effective_at is None:
            raise InvalidValueError(
                "effective_at", translate("Medication", "Enter the time the dose was given.")
            )
        if ahead_of_clock(record.effective_at, now):
            raise InvalidValueError(
                "effective_at",
                translate("Medication", "A dose cannot be given in the future."),
            )
    elif record.effective_at is not None:
        raise InvalidValueError(
            "effective_at",
            translate("Medication", "A dose that was not given has no time given."),
        )
    if record.status_reason and record.status_reason not in REASONS:
        raise InvalidValueError(
            "status_reason", translate("Medication", "Choose a reason from the list.")
        )
    if record.status_reason and record.status in GIVEN_STATUSES:
        raise InvalidValueError(
            "status_reason",
            translate("Medication", "A reason is kept only for a dose skipped or refused."),
        )
    if Medicine.get_or_none(Medicine.id == record.medicine_id) is None:
        raise InvalidValueError(
            "medicine", translate("Medication", "This medicine is no longer on the list.")
        )


def keep_strength_given(medicine_id: int, strength: str) -> None:
    """Write ``strength`` into each given dose of the medicine logged as "the dose on the
    list", before the list's strength changes: those doses were given at that strength, and
    a new one written on the list (a dose raised at a visit) must not read as theirs."""
    if not strength.strip():
        return  # an unknown strength stays unknown
    Administration.update(dosage=strength.strip()).where(
        (Administration.medicine == medicine_id)
        & (Administration.dosage == "")
        & Administration.status.in_(GIVEN_STATUSES)
    ).execute()


def _as_text(value: object) -> str:
    if isinstance(value, datetime):
        if value.fold:
            # The second pass of a repeated hour is kept with its offset, which tells it from
            # the first ("2026-11-01 01:15-05:00"); every other time as it always was.
            return home_aware(value).isoformat(sep=" ", timespec="minutes")
        return value.isoformat(sep=" ", timespec="minutes")
    return "" if value is None else str(value)


def _values(record: AdministrationRecord) -> dict[str, object]:
    given = record.effective_at
    fold = kept_fold(given) if given else 0
    return {
        "medicine": record.medicine_id,
        "scheduled_for": record.scheduled_for.replace(second=0, microsecond=0),
        "status": record.status,
        "status_reason": record.status_reason,
        "effective_at": with_fold(given.replace(microsecond=0, fold=0), fold) if given else None,
        "performer": record.performer.strip(),
        "dosage": record.dosage.strip(),
        "note": record.note.strip(),
        "effective_fold": fold,
    }


def answer_dose(record: AdministrationRecord, now: datetime | None = None) -> int:
    """Check and keep the answer to a scheduled dose; return its id.

    A dose already answered is changed in place, and each field that changed is kept in
    its history (when, what it said before, what it says now).
    """
    now = (now or home_now()).replace(microsecond=0)
    validate_administration(record, now)
    values = _values(record)
    with transaction():
        existing = Administration.get_or_none(
            (Administration.medicine == record.medicine_id)
            & (Administration.scheduled_for == values["scheduled_for"])
        )
        if existing is None and record.id is not None:
            existing = Administration.get_or_none(Administration.id == record.id)
        if existing is None:
            extra = {"id": record.id} if record.id is not None else {}
            recorded_at = record.recorded_at or now
            return Administration.insert(recorded_at=recorded_at, **values, **extra).execute()
        changes = [
            {
                "administration": existing.id,
                "changed_at": now,
                "field": name,
                # With the pass it was in: a time given changed only in its pass (the first
                # 1:15 to the second) kept "01:15" for both, the change unreadable.
                "old_value": _as_text(_kept(existing, name)),
                "new_value": _as_text(values[name]),
            }
            for name in _TRACKED
            if _as_text(_kept(existing, name)) != _as_text(values[name])
        ]
        if changes:
            AdministrationChange.insert_many(changes).execute()
            Administration.update(**values).where(Administration.id == existing.id).execute()
        return existing.id


def _kept(row: Administration, name: str) -> object:
    """A tracked field of a kept answer, its time given with the pass it is in."""
    value = getattr(row, name)
    if name == "effective_at" and isinstance(value, datetime):
        return with_fold(value, row.effective_fold)
    return value


# Every column of an answer and its medicine's name, named as AdministrationRecord's fields
# (the pass of the time given is read into it).
_COLUMNS = (
    Administration.medicine.alias("medicine_id"),
    Medicine.name.alias("medicine_name"),
    *(getattr(Administration, name) for name in ("id", "scheduled_for", "recorded_at", *_TRACKED)),
    Administration.effective_fold,
)


def _select() -> ModelSelect[Administration]:
    return Administration.select(*_COLUMNS).join(Medicine)


def _records(query: ModelSelect[Administration]) -> list[AdministrationRecord]:
    rows = named_rows_of(query.order_by(Administration.scheduled_for, Medicine.name))
    records = []
    for row in rows:
        values = row._asdict()
        fold = values.pop("effective_fold")
        if values["effective_at"] is not None:
            values["effective_at"] = with_fold(values["effective_at"], fold)
        records.append(AdministrationRecord(**values))
    return records


def administrations_between(
    start: datetime | None, end: datetime | None, medicine_id: int | None = None
) -> list[AdministrationRecord]:
    """Answers to doses scheduled in [start, end), by scheduled time."""
    query = in_period(_select(), Administration.scheduled_for, start, end)
    if medicine_id is not None:
        query = query.where(Administration.medicine == medicine_id)
    return _records(query)


def get_administration(administration_id: int) -> AdministrationRecord | None:
    """One answer, or None."""
    found = _records(_select().where(Administration.id == administration_id))
    return found[0] if found else None


def withdraw_answer(administration_id: int) -> AdministrationRecord | None:
    """Take an answer back (the dose reads "not logged" again); return it for Undo."""
    return delete_row(Administration, administration_id, get_administration)


def history(administration_id: int) -> list[ChangeRecord]:
    """The changes made to an answer, oldest first."""
    changes = AdministrationChange.select().where(
        AdministrationChange.administration == administration_id
    )
    return [
        ChangeRecord(change.changed_at, change.field, change.old_value, change.new_value)
        for change in changes.order_by(AdministrationChange.changed_at, AdministrationChange.id)
    ]
