"""Medicines taken regularly: started, changed and stopped, as plain records."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from caregiver_app.reading_order import reading_key
from caregiver_app.store.errors import InvalidValueError
from caregiver_app.store.home_clock import home_now, home_today
from caregiver_app.store.models import Medicine
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
    # The moment a start or stop dated the day it was saved on counts from (kept by
    # ``save_medicine``, never typed); None: the whole day.
    started_at: datetime | None = None
    stopped_at: datetime | None = None

    @property
    def current(self) -> bool:
        """Still being taken (not stopped, or stopped in the future)."""
        return self.stopped_on is None or self.stopped_on > home_today()

    @property
    def started_moment(self) -> datetime | None:
        """When its start counts from, if it was saved on its own day; else None (from the
        start of its day, or always when no start was entered)."""
        return _on_day(self.started_at, self.started_on)

    @property
    def stopped_moment(self) -> datetime | None:
        """When its stop counts from, if it was saved on its own day; else None (the whole
        stop day)."""
        return _on_day(self.stopped_at, self.stopped_on)


def _on_day(moment: datetime | None, day: date | None) -> datetime | None:
    return moment if moment is not None and day is not None and moment.date() == day else None


_MOMENTS = ("started_at", "stopped_at")
_MEDICINE_FIELDS = [f.name for f in fields(MedicineRecord) if f.name not in ("id", *_MOMENTS)]
_COLUMNS = {"prescriber": "prescriber_id"}  # the value saved -> the row's attribute holding it


def _medicine(row: Medicine) -> MedicineRecord:
    values = {name: getattr(row, name) for name in _MEDICINE_FIELDS if name != "prescriber_id"}
    return MedicineRecord(
        id=row.id,
        prescriber_id=row.prescriber_id,
        started_at=row.started_at,
        stopped_at=row.stopped_at,
        **values,
    )


def _moment(
    day: date | None,
    kept: tuple[date | None, datetime | None] | None,
    given: datetime | None,
    now: datetime,
) -> datetime | None:
    """The moment a start or stop on ``day`` counts from: the one kept while the date stays
    (``kept``: the row's date and moment), else ``given`` when on that day (a medicine put
    back as it was), else now when the date is today; a date typed for another day has
    none (it counts from the start of its day)."""
    if day is None:
        return None
    if kept is not None and kept[0] == day:
        return kept[1]
    if given is not None and given.date() == day:
        return given
    return now if day == now.date() else None


def list_medicines(include_stopped: bool = True) -> list[MedicineRecord]:
    """Medicines, current ones first, then by name."""
    records = [_medicine(row) for row in Medicine.select().order_by(Medicine.name)]
    if not include_stopped:
        records = [record for record in records if record.current]
    return sorted(records, key=lambda record: (not record.current, reading_key(record.name)))


def get_medicine(medicine_id: int) -> MedicineRecord | None:
    """One medicine, or None."""
    row = Medicine.get_or_none(Medicine.id == medicine_id)
    return _medicine(row) if row else None


def save_medicine(record: MedicineRecord, now: datetime | None = None) -> int:
    """Check and save a medicine; return its id.

    A start or stop dated the day it is saved counts from ``now`` (to the second), as a
    paper chart marks it; it keeps that moment while the date stays as it is.
    """
    if not record.name.strip():
        raise InvalidValueError(
            "name", QCoreApplication.translate("Diary", "Every medicine needs a name.")
        )
    from caregiver_app.store.name_length import check_name_length

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
    now = now or home_now()
    moment = now.replace(microsecond=0)
    with transaction():
        row = Medicine.get_or_none(Medicine.id == record.id) if record.id is not None else None
        values["started_at"] = _moment(
            record.started_on,
            (row.started_on, row.started_at) if row is not None else None,
            record.started_at,
            moment,
        )
        values["stopped_at"] = _moment(
            record.stopped_on,
            (row.stopped_on, row.stopped_at) if row is not None else None,
            record.stopped_at,
            moment,
        )
        if row is not None:
            # The edit's moment is kept only when something in it changed: the summary's
            # "details changed" is then never a save that changed nothing.
            kept = {name: getattr(row, _COLUMNS.get(name, name)) for name in values}
            stamp = {"updated_at": now} if kept != values else {}
            Medicine.update(**stamp, **values).where(Medicine.id == record.id).execute()
            return row.id
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
