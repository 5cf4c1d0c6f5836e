"""Medicines taken regularly: started, changed and stopped, as plain records."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from caregiver_app.store.errors import InvalidValueError
from caregiver_app.store.models import Medicine
from caregiver_app.store.name_length import check_name_length
from caregiver_app.store.transactions import transaction


@dataclass
class MedicineRecord:
    """A medicine on the list."""

    name: str
    strength: str = ""
    route: str = ""
    schedule: str = ""
    as_needed: bool = False
    purpose: str = ""
    prescriber_id: int | None = None
    started_on: date | None = None
    stopped_on: date | None = None
    notes: str = ""
    id: int | None = None

    @property
    def current(self) -> bool:
        """Still being taken (not stopped, or stopped in the future)."""
        return self.stopped_on is None or self.stopped_on > date.today()


_MEDICINE_FIELDS = [f.name for f in fields(MedicineRecord) if f.name not in ("id",)]


def _medicine(row: Medicine) -> MedicineRecord:
    values = {name: getattr(row, name) for name in _MEDICINE_FIELDS if name != "prescriber_id"}
    return MedicineRecord(id=row.id, prescriber_id=row.prescriber_id, **values)


def list_medicines(include_stopped: bool = True) -> list[MedicineRecord]:
    """Medicines, current ones first, then by name."""
    records = [_medicine(row) for row in Medicine.select().order_by(Medicine.name)]
    if not include_stopped:
        records = [record for record in records if record.current]
    return sorted(records, key=lambda record: (not record.current, record.name.casefold()))


def get_medicine(medicine_id: int) -> MedicineRecord | None:
    """One medicine, or None."""
    row = Medicine.get_or_none(Medicine.id == medicine_id)
    return _medicine(row) if row else None


def save_medicine(record: MedicineRecord) -> int:
    """Check and save a medicine; return its id."""
    if not record.name.strip():
        raise InvalidValueError(
            "name", QCoreApplication.translate("Diary", "Every medicine needs a name.")
        )
    check_name_length("name", record.name.strip())
    if record.started_on and record.stopped_on and record.stopped_on < record.started_on:
        raise InvalidValueError(
            "stopped_on",
            QCoreApplication.translate("Diary", "A medicine cannot stop before it started."),
        )
    values = {name: getattr(record, name) for name in _MEDICINE_FIELDS}
    values["prescriber"] = values.pop("prescriber_id")
    for name in ("name", "strength", "route", "schedule", "purpose", "notes"):
        values[name] = values[name].strip()
    now = datetime.now()
    with transaction():
        if record.id is not None and Medicine.get_or_none(Medicine.id == record.id):
            Medicine.update(updated_at=now, **values).where(Medicine.id == record.id).execute()
            return record.id
        extra = {"id": record.id} if record.id is not None else {}
        return Medicine.insert(created_at=now, updated_at=now, **values, **extra).execute()


def medicine_changes(start: date, end: date) -> list[tuple[str, MedicineRecord]]:
    """("started" | "stopped", medicine) for changes in [start, end], oldest first."""
    changes = []
    for record in list_medicines():
        if record.started_on and start <= record.started_on <= end:
            changes.append((record.started_on, "started", record))
        if record.stopped_on and start <= record.stopped_on <= end:
            changes.append((record.stopped_on, "stopped", record))
    return [(kind, record) for _day, kind, record in sorted(changes, key=lambda c: c[0])]
