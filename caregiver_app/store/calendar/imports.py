"""Appointments read from a file added to the calendar; one already here (same UID) updated."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from caregiver_app.store.calendar.appointments import (
    get_appointment,
    row_values,
    save_appointment,
    write_appointment,
)
from caregiver_app.store.calendar.records import (
    AppointmentRecord,
    ImportedAppointment,
    clean,
    validate_appointment,
)
from caregiver_app.store.home_clock import home_now
from caregiver_app.store.models import Appointment
from caregiver_app.store.plain_rows import tuples_of
from caregiver_app.store.transactions import transaction


@dataclass(frozen=True)
class AppointmentImportCounts:
    """How many appointments an import of a calendar file added, and how many it updated."""

    imported: int
    updated: int


def _merge(existing: AppointmentRecord, incoming: ImportedAppointment) -> AppointmentRecord:
    merged = replace(existing)
    for name in incoming.carried:
        setattr(merged, name, getattr(incoming.record, name))
    ours = {change.original_start: change for change in existing.changes}
    for change in incoming.record.changes:
        kept = ours.get(change.original_start)
        if kept is not None:  # what the family wrote here is not lost
            for name in ("bring", "decisions", "driver", "pickup_time"):
                if not getattr(change, name):
                    setattr(change, name, getattr(kept, name))
        ours[change.original_start] = change
    merged.changes = list(ours.values())
    merged.sequence = max(existing.sequence, incoming.record.sequence)
    return merged


_UID_CHUNK = 500  # UIDs looked up per query
_INSERT_CHUNK = 100  # new rows per INSERT (about 20 values each, far below SQLite's limit)


def _ids_by_uid(uids: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    wanted = sorted({uid for uid in uids if uid})
    for start in range(0, len(wanted), _UID_CHUNK):
        chunk = wanted[start : start + _UID_CHUNK]
        query = Appointment.select(Appointment.uid, Appointment.id).where(
            Appointment.uid.in_(chunk)
        )
        found.update(tuples_of(query))
    return found


def import_appointments(items: Iterable[ImportedAppointment]) -> AppointmentImportCounts:
    """Add appointments read from a file; one with a UID already here is updated. All or nothing.

    All the UIDs are looked up in one query (per 500); new appointments without people,
    changed dates or questions are inserted many rows at a time, in the file's order;
    an existing one is written only when the file changes something in it.
    """
    items = list(items)
    imported = updated = 0
    with transaction():
        known = _ids_by_uid([item.record.uid for item in items])
        added: set[str] = set()  # UIDs this import adds (written or pending)
        pending: list[dict] = []  # new rows not yet inserted, in the file's order

        def flush() -> None:
            for first in range(0, len(pending), _INSERT_CHUNK):
                Appointment.insert_many(pending[first : first + _INSERT_CHUNK]).execute()
            pending.clear()

        now = home_now()
        for item in items:
            uid = item.record.uid
            if uid and (uid in known or uid in added):
                flush()  # the row updated may be one this file added just before
                if uid not in known:
                    known[uid] = Appointment.get(Appointment.uid == uid).id
                existing = get_appointment(known[uid])
                assert existing is not None  # its UID was just found, in this transaction
                merged = _merge(existing, item)
                if clean(merged) != existing:  # unchanged: nothing to write
                    save_appointment(merged)
                updated += 1
                continue
            record = clean(replace(item.record, id=None))
            validate_appointment(record)
            if record.participant_ids or record.changes or record.question_ids:
                flush()  # keeps the file's order
                known[uid] = write_appointment(record, now)
            else:
                pending.append({"created_at": now, "updated_at": now, **row_values(record)})
            if uid:
                added.add(uid)
            imported += 1
        flush()
    return AppointmentImportCounts(imported=imported, updated=updated)
