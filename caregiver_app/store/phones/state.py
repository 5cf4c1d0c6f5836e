"""What this computer knows of the server: settings, items, sync tokens, the queue, answers.

Every writer is one transaction. The queue is filled from the record itself: an
appointment or contact changed since it was last synced (its ``updated_at`` later than
the item's ``synced_at``), or new, is waiting to be sent; an item whose record is gone is
waiting to be deleted on the server (unless the family was asked about it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from caregiver_app.store.calendar.appointments import records_of
from caregiver_app.store.calendar.records import AppointmentRecord
from caregiver_app.store.home_clock import home_now
from caregiver_app.store.models import Appointment, Contact
from caregiver_app.store.phones.models import (
    PhoneCollection,
    PhoneConflict,
    PhoneDeletion,
    PhoneItem,
    PhoneQueue,
    PhoneSetting,
)
from caregiver_app.store.plain_rows import tuples_of
from caregiver_app.store.transactions import transaction

KINDS = ("appointment", "contact")
_MODELS: dict[str, type[Appointment] | type[Contact]] = {
    "appointment": Appointment,
    "contact": Contact,
}


@dataclass(frozen=True)
class ItemState:
    """What the last sync left for one item on the server."""

    kind: str
    record_id: int
    uid: str
    href: str
    etag: str
    sent_hash: str
    received_hash: str
    synced_at: datetime


# ---------------------------------------------------------------- settings


def phone_settings() -> dict[str, str]:
    """Every setting of the link, by key (empty when the link is off)."""
    return dict(tuples_of(PhoneSetting.select(PhoneSetting.key, PhoneSetting.value)))


def save_phone_settings(values: dict[str, str]) -> None:
    """Replace the link's settings with ``values``."""
    with transaction():
        PhoneSetting.delete().execute()
        if values:
            PhoneSetting.insert_many(
                [{"key": key, "value": value} for key, value in values.items()]
            ).execute()


def forget_phones() -> None:
    """Forget the link: settings, items, tokens, queue and questions (the record stays)."""
    with transaction():
        for model in (PhoneSetting, PhoneItem, PhoneCollection, PhoneQueue, PhoneDeletion):
            model.delete().execute()


# ---------------------------------------------------------------- items


def _state(row: PhoneItem) -> ItemState:
    return ItemState(
        row.kind,
        row.record_id,
        row.uid,
        row.href,
        row.etag,
        row.sent_hash,
        row.received_hash,
        row.synced_at,
    )


def items_of(kind: str) -> dict[int, ItemState]:
    """Every item of ``kind`` on the server, by record id."""
    return {row.record_id: _state(row) for row in PhoneItem.select().where(PhoneItem.kind == kind)}


def remember_item(state: ItemState) -> None:
    """Keep (or replace) what the last exchange left for one item; it leaves the queue."""
    with transaction():
        PhoneItem.delete().where(
            (PhoneItem.kind == state.kind)
            & ((PhoneItem.record_id == state.record_id) | (PhoneItem.href == state.href))
        ).execute()
        PhoneItem.insert(
            kind=state.kind,
            record_id=state.record_id,
            uid=state.uid,
            href=state.href,
            etag=state.etag,
            sent_hash=state.sent_hash,
            received_hash=state.received_hash,
            synced_at=state.synced_at,
        ).execute()
        _dequeue(state.kind, state.record_id)


def forget_item(kind: str, record_id: int) -> None:
    """The item is no longer on the server (nor waiting to be deleted there)."""
    with transaction():
        PhoneItem.delete().where(
            (PhoneItem.kind == kind) & (PhoneItem.record_id == record_id)
        ).execute()
        _dequeue(kind, record_id)


def changed_here_at(kind: str, record_id: int) -> datetime | None:
    """When the appointment or contact was last changed here (None: unknown or gone)."""
    model = _MODELS[kind]
    row = model.select(model.updated_at).where(model.id == record_id).tuples().first()
    return row[0] if row else None


def appointment_with_uid(uid: str) -> int | None:
    """The id of the appointment with this iCalendar UID, or None."""
    row = Appointment.select(Appointment.id).where(Appointment.uid == uid).tuples().first()
    return int(row[0]) if row else None


def touch_item(kind: str, record_id: int, now: datetime) -> None:
    """The item is in step as it is: it leaves the queue, its sync time moves on."""
    with transaction():
        PhoneItem.update(synced_at=now).where(
            (PhoneItem.kind == kind) & (PhoneItem.record_id == record_id)
        ).execute()
        _dequeue(kind, record_id)


# ---------------------------------------------------------------- collections


def collection_state(kind: str) -> tuple[str, str] | None:
    """(url, sync token) of the calendar or address book, or None before the first sync."""
    row = PhoneCollection.get_or_none(PhoneCollection.kind == kind)
    return (row.url, row.sync_token) if row is not None else None


def forget_collection(kind: str) -> None:
    """The calendar or address book is gone from the server: forget it and what was in it,
    so the next sync finds the collection by name again and sends everything to it."""
    with transaction():
        PhoneCollection.delete().where(PhoneCollection.kind == kind).execute()
        PhoneItem.delete().where(PhoneItem.kind == kind).execute()
        PhoneQueue.delete().where(PhoneQueue.kind == kind).execute()


def save_collection_state(kind: str, url: str, sync_token: str) -> None:
    """Keep the collection's address and its newest sync token."""
    with transaction():
        PhoneCollection.insert(
            kind=kind, url=url, sync_token=sync_token
        ).on_conflict_replace().execute()


# ---------------------------------------------------------------- the queue


def _dequeue(kind: str, record_id: int) -> None:
    PhoneQueue.delete().where(
        (PhoneQueue.kind == kind) & (PhoneQueue.record_id == record_id)
    ).execute()


def _detected() -> list[tuple[str, int, str]]:
    """(kind, record id, action) of every change made here since the last sync."""
    asked = {row[0] for row in tuples_of(PhoneDeletion.select(PhoneDeletion.appointment_id))}
    rows = []
    for kind in KINDS:
        model = _MODELS[kind]
        synced = dict(
            tuples_of(
                PhoneItem.select(PhoneItem.record_id, PhoneItem.synced_at).where(
                    PhoneItem.kind == kind
                )
            )
        )
        present = set()
        for record_id, updated_at in tuples_of(model.select(model.id, model.updated_at)):
            present.add(record_id)
            if kind == "appointment" and record_id in asked:
                continue  # deleted on a phone: nothing goes up until the family answers
            last = synced.get(record_id)
            if last is None or (updated_at is not None and updated_at > last):
                rows.append((kind, record_id, "send"))
        rows += [(kind, record_id, "delete") for record_id in synced if record_id not in present]
    return rows


def refresh_queue(now: datetime | None = None) -> None:
    """Add to the queue every change made here since the last sync (new, edited, deleted)."""
    now = now or home_now()
    rows = _detected()
    with transaction():
        for first in range(0, len(rows), 300):
            PhoneQueue.insert_many(
                [
                    {"kind": k, "record_id": r, "action": a, "queued_at": now}
                    for k, r, a in rows[first : first + 300]
                ]
            ).on_conflict_replace().execute()


def queued(kind: str) -> list[tuple[int, str]]:
    """(record id, action) of every change of ``kind`` waiting to go up, oldest first."""
    query = (
        PhoneQueue.select(PhoneQueue.record_id, PhoneQueue.action)
        .where(PhoneQueue.kind == kind)
        .order_by(PhoneQueue.queued_at, PhoneQueue.id)
    )
    return [(record_id, action) for record_id, action in tuples_of(query)]


def waiting_count() -> int:
    """How many changes wait to go up (queued, or made since; reads only)."""
    keys = {(kind, record_id) for kind, record_id, _action in _detected()}
    keys |= set(tuples_of(PhoneQueue.select(PhoneQueue.kind, PhoneQueue.record_id)))
    return len(keys)


def dequeue(kind: str, record_id: int) -> None:
    """Take one change out of the queue (it went up, or there is nothing to send)."""
    with transaction():
        _dequeue(kind, record_id)


# ---------------------------------------------------------------- the family's answers


def ask_about_deletion(appointment_id: int, title: str, starts_at: datetime) -> None:
    """Keep an appointment deleted on a phone until the family answers (asked once)."""
    with transaction():
        PhoneDeletion.insert(
            appointment_id=appointment_id,
            title=title,
            starts_at=starts_at,
            noticed_at=home_now(),
        ).on_conflict_ignore().execute()


def deletions_asked() -> list[tuple[int, str, datetime]]:
    """(appointment id, title, start) of every deletion waiting for an answer."""
    query = PhoneDeletion.select(
        PhoneDeletion.appointment_id, PhoneDeletion.title, PhoneDeletion.starts_at
    ).order_by(PhoneDeletion.starts_at)
    return [tuple(row) for row in tuples_of(query)]


def answered(appointment_id: int) -> None:
    """The family answered about this deletion."""
    with transaction():
        PhoneDeletion.delete().where(PhoneDeletion.appointment_id == appointment_id).execute()


def set_aside(kind: str, record_id: int, kept: str, other_version: str) -> None:
    """Keep the version a conflict did not choose, in this item's history."""
    with transaction():
        PhoneConflict.insert(
            kind=kind,
            record_id=record_id,
            noticed_at=home_now(),
            kept=kept,
            other_version=other_version,
        ).execute()


def set_aside_versions(kind: str, record_ids: Iterable[int]) -> list[tuple[int, str, str]]:
    """(record id, kept, the other version) of the conflicts of these items, oldest first."""
    query = (
        PhoneConflict.select(
            PhoneConflict.record_id, PhoneConflict.kept, PhoneConflict.other_version
        )
        .where((PhoneConflict.kind == kind) & PhoneConflict.record_id.in_(list(record_ids)))
        .order_by(PhoneConflict.id)
    )
    return [tuple(row) for row in tuples_of(query)]


def all_set_aside() -> list[tuple[int, str, int, datetime, str, str]]:
    """(id, kind, record id, noticed at, kept, other version) of every conflict, newest first."""
    query = PhoneConflict.select(
        PhoneConflict.id,
        PhoneConflict.kind,
        PhoneConflict.record_id,
        PhoneConflict.noticed_at,
        PhoneConflict.kept,
        PhoneConflict.other_version,
    ).order_by(PhoneConflict.noticed_at.desc(), PhoneConflict.id.desc())
    return [tuple(row) for row in tuples_of(query)]


def set_aside_count() -> int:
    """How many versions conflicts have set aside."""
    return int(PhoneConflict.select().count())


def requeue(kind: str, record_id: int, action: str) -> None:
    """Put a change back in the queue (keeping an item always takes it out)."""
    with transaction():
        PhoneQueue.insert(
            kind=kind, record_id=record_id, action=action, queued_at=home_now()
        ).on_conflict_replace().execute()


def appointments_by_id(record_ids: Iterable[int]) -> dict[int, AppointmentRecord]:
    """The appointments with these ids that still exist, by id."""
    wanted = sorted(set(record_ids))
    found: dict[int, AppointmentRecord] = {}
    for first in range(0, len(wanted), 500):
        rows = list(Appointment.select().where(Appointment.id.in_(wanted[first : first + 500])))
        found.update((record.id, record) for record in records_of(rows) if record.id is not None)
    return found


def title_of(kind: str, record_id: int) -> str:
    """An appointment's title or a contact's name ("" when it is gone)."""
    if kind == "appointment":
        found = Appointment.select(Appointment.title).where(Appointment.id == record_id)
        row = found.tuples().first()
    else:
        row = Contact.select(Contact.name).where(Contact.id == record_id).tuples().first()
    return str(row[0]) if row else ""
