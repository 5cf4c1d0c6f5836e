"""Appointments and series as records: read, saved and deleted, one transaction per change.

A series is stored once, with its rule; its dates are computed when asked for
(:mod:`caregiver_app.store.calendar.occurrences`). Views and services never build SQL:
these are the queries they use.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from datetime import datetime, time

from caregiver_app.store.calendar.planned_questions import read_links, write_links
from caregiver_app.store.calendar.records import (
    VISIT_DETAILS,
    AppointmentRecord,
    OccurrenceChange,
    clean,
    validate_appointment,
)
from caregiver_app.store.calendar.visit_keys import keyed_to_visits
from caregiver_app.store.home_clock import home_now
from caregiver_app.store.models import (
    Appointment,
    AppointmentChange,
    AppointmentParticipant,
    Contact,
    new_uid,
)
from caregiver_app.store.plain_rows import tuples_of
from caregiver_app.store.transactions import delete_row, transaction

# The record's values kept in the appointment row itself (the rest are in linked rows).
_ROW_FIELDS = (
    *("title", "kind", "starts_at", "ends_at", "all_day", "last_day", "timezone"),
    *VISIT_DETAILS,
    *("rrule", "uid", "sequence"),
)
_CHANGE_FIELDS = [f.name for f in fields(OccurrenceChange)]


def _reminders(text: str) -> tuple[int, ...]:
    values = []
    for piece in (text or "").split(","):
        if piece.strip().isdigit():
            values.append(int(piece))
    return tuple(sorted(set(values), reverse=True))


def _as_time(value: time | str | None) -> time | None:
    if value is None or isinstance(value, time):
        return value
    return time.fromisoformat(str(value))


# ---------------------------------------------------------------- reading


def records_of(rows: Sequence[Appointment]) -> list[AppointmentRecord]:
    """Records for ``rows`` (Appointment objects, or named tuples of all its columns)."""
    ids = [row.id for row in rows]
    people: dict[int, list[int]] = {}
    changes: dict[int, list[OccurrenceChange]] = {}
    saved: dict[int, dict[datetime, datetime]] = {}  # when each change was saved
    if ids:
        links = AppointmentParticipant.select(
            AppointmentParticipant.appointment, AppointmentParticipant.contact
        ).where(AppointmentParticipant.appointment.in_(ids))
        for appointment_id, contact_id in tuples_of(links):
            people.setdefault(appointment_id, []).append(contact_id)
        query = AppointmentChange.select().where(AppointmentChange.appointment.in_(ids))
        for change in query.order_by(AppointmentChange.original_start):
            values = {name: getattr(change, name) for name in _CHANGE_FIELDS}
            values["pickup_time"] = _as_time(values["pickup_time"])
            changes.setdefault(change.appointment_id, []).append(OccurrenceChange(**values))
            saved.setdefault(change.appointment_id, {})[change.original_start] = change.updated_at
    questions = read_links(ids)
    records = []
    for row in rows:
        values = {name: getattr(row, name) for name in _ROW_FIELDS}
        planned = questions.get(row.id, {})
        values["pickup_time"] = _as_time(values["pickup_time"])
        record = AppointmentRecord(
            id=row.id,
            reminders=_reminders(row.reminders),
            participant_ids=sorted(people.get(row.id, [])),
            question_ids=sorted(planned),
            question_dates={q: start for q, start in planned.items() if start is not None},
            changes=changes.get(row.id, []),
            **values,
        )
        # A date changed under a start the series no longer has (it moved on another
        # computer, or in a file) is read as that day's visit, as it is written.
        records.append(keyed_to_visits(record, saved.get(row.id)))
    return records


def get_appointment(appointment_id: int) -> AppointmentRecord | None:
    """One appointment or series with its people, questions and changed dates; or None."""
    row = Appointment.get_or_none(Appointment.id == appointment_id)
    return records_of([row])[0] if row is not None else None


def full_rows(ids: Sequence[int]) -> list[Appointment]:
    """The appointments ``ids`` with every column, as named tuples (read like rows); an
    id no longer there is left out."""
    rows: list[Appointment] = []
    for at in range(0, len(ids), 500):  # SQLite's limit on the values of one IN
        query = Appointment.select().where(Appointment.id.in_(list(ids[at : at + 500])))
        rows.extend(query.namedtuples())
    return rows


def get_appointments(ids: Sequence[int]) -> dict[int, AppointmentRecord]:
    """The appointments and series ``ids`` as :func:`get_appointment` gives each, by id,
    in one reading; those gone are left out."""
    return {record.id: record for record in records_of(full_rows(ids)) if record.id is not None}


def has_appointments() -> bool:
    """True when the calendar holds at least one appointment or series."""
    return Appointment.select(Appointment.id).limit(1).exists()


def list_appointments() -> list[AppointmentRecord]:
    """Every appointment and series, by first start."""
    return records_of(list(Appointment.select().order_by(Appointment.starts_at, Appointment.id)))


# ---------------------------------------------------------------- writing


def row_values(record: AppointmentRecord) -> dict[str, object]:
    """The columns of ``record``'s appointment row (a new UID when it has none)."""
    values = {name: getattr(record, name) for name in _ROW_FIELDS}
    values["reminders"] = ",".join(str(minutes) for minutes in record.reminders)
    values["uid"] = record.uid or new_uid()
    return values


def write_appointment(record: AppointmentRecord, now: datetime) -> int:
    """Write a checked ``record`` with its people, changed dates and questions; its id.

    A changed date, or a question's date, kept under a start the series no longer has is
    written under the start of that day's visit (store/calendar/visit_keys.py).
    """
    record = keyed_to_visits(record)
    values = row_values(record)
    appointment_id = record.id
    existing = (
        Appointment.get_or_none(Appointment.id == appointment_id)
        if appointment_id is not None
        else None
    )
    if appointment_id is not None and existing is not None:
        values["sequence"] = max(record.sequence, existing.sequence + 1)
        query = Appointment.update(updated_at=now, **values)
        query.where(Appointment.id == appointment_id).execute()
    else:
        extra = {"id": record.id} if record.id is not None else {}
        appointment_id = Appointment.insert(
            created_at=now, updated_at=now, **values, **extra
        ).execute()
    AppointmentParticipant.delete().where(
        AppointmentParticipant.appointment == appointment_id
    ).execute()
    known = [c.id for c in Contact.select(Contact.id).where(Contact.id.in_(record.participant_ids))]
    if known:
        AppointmentParticipant.insert_many(
            [{"appointment": appointment_id, "contact": contact_id} for contact_id in known]
        ).execute()
    _write_changes(appointment_id, record, now)
    write_links(appointment_id, record)
    return appointment_id


def _write_changes(appointment_id: int, record: AppointmentRecord, now: datetime) -> None:
    AppointmentChange.delete().where(AppointmentChange.appointment == appointment_id).execute()
    if not record.rrule or not record.changes:
        return
    # Every date is one of the series' here (keyed_to_visits): a date it no longer has
    # was left out, one under an old start of a visit kept under the visit's own.
    wanted = {change.original_start: change for change in record.changes}
    rows = []
    for change in wanted.values():
        values = {name: getattr(change, name) for name in _CHANGE_FIELDS}
        values["title"] = values["title"].strip()
        rows.append({"appointment": appointment_id, "updated_at": now, **values})
    if rows:
        AppointmentChange.insert_many(rows).execute()


def save_appointment(record: AppointmentRecord) -> int:
    """Check and save an appointment or series in one transaction; return its id.

    A record whose id no longer exists is inserted again under that id (and its
    UID), which is how an undone delete comes back.
    """
    record = clean(record)
    validate_appointment(record)
    with transaction():
        return write_appointment(record, home_now())


def delete_appointment(appointment_id: int) -> AppointmentRecord | None:
    """Delete an appointment or a whole series; return it, so Edit > Undo can put it back."""
    return delete_row(Appointment, appointment_id, get_appointment)
