"""The supply on hand: counts the family made, refills, and the doses given since."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from caregiver_app.store.errors import InvalidValueError
from caregiver_app.store.models import Administration, BreakthroughDose, Medicine, SupplyEvent
from caregiver_app.store.plain_rows import named_rows_of
from caregiver_app.store.transactions import transaction

SUPPLY_KINDS = ("count", "refill")


class SupplyRecord(NamedTuple):
    """Doses on hand as counted ("count"), or doses a refill added ("refill")."""

    medicine_id: int
    recorded_at: datetime
    kind: str
    amount: int
    id: int | None = None


def record_supply(record: SupplyRecord) -> int:
    """Check and keep a count or a refill; return its id."""
    translate = QCoreApplication.translate
    if record.kind not in SUPPLY_KINDS:
        raise InvalidValueError("kind", translate("Medication", "Choose a count or a refill."))
    if record.amount < 0 or (record.kind == "refill" and record.amount == 0):
        raise InvalidValueError(
            "amount", translate("Medication", "Enter how many doses, a whole number above 0.")
        )
    if Medicine.get_or_none(Medicine.id == record.medicine_id) is None:
        raise InvalidValueError(
            "medicine", translate("Medication", "This medicine is no longer on the list.")
        )
    with transaction():
        return SupplyEvent.insert(
            medicine=record.medicine_id,
            recorded_at=record.recorded_at.replace(microsecond=0),
            kind=record.kind,
            amount=record.amount,
        ).execute()


def supply_since_last_count(medicine_id: int) -> list[SupplyRecord]:
    """The last count and the refills after it, oldest first; [] when never counted."""
    query = (
        SupplyEvent.select(
            SupplyEvent.medicine.alias("medicine_id"),
            SupplyEvent.recorded_at,
            SupplyEvent.kind,
            SupplyEvent.amount,
            SupplyEvent.id,
        )
        .where(SupplyEvent.medicine == medicine_id)
        .order_by(SupplyEvent.recorded_at, SupplyEvent.id)
    )
    events = [SupplyRecord(**row._asdict()) for row in named_rows_of(query)]
    counts = [index for index, event in enumerate(events) if event.kind == "count"]
    return events[counts[-1] :] if counts else []


def doses_given_since(medicine_id: int, since: datetime, until: datetime | None = None) -> int:
    """Doses of the medicine given after ``since`` (and by ``until``, when given):
    scheduled ones and as-needed ones."""
    scheduled = Administration.select().where(
        (Administration.medicine == medicine_id)
        & Administration.status.in_(("given", "given_late"))
        & (Administration.effective_at > since)
    )
    as_needed = BreakthroughDose.select().where(
        (BreakthroughDose.medicine == medicine_id) & (BreakthroughDose.given_at > since)
    )
    if until is not None:
        scheduled = scheduled.where(Administration.effective_at <= until)
        as_needed = as_needed.where(BreakthroughDose.given_at <= until)
    return int(scheduled.count()) + int(as_needed.count())


def set_refill_warning(medicine_id: int, days: int | None) -> None:
    """How many days before the supply runs out to remind (None: the app's default)."""
    if days is not None and not 0 <= days <= 90:
        raise InvalidValueError(
            "refill_warning_days",
            QCoreApplication.translate("Medication", "Choose from 0 to 90 days."),
        )
    with transaction():
        Medicine.update(refill_warning_days=days).where(Medicine.id == medicine_id).execute()


def get_refill_warning(medicine_id: int) -> int | None:
    """The days before running out the family chose for the reminder (None: not chosen)."""
    row = Medicine.get_or_none(Medicine.id == medicine_id)
    return None if row is None else row.refill_warning_days
