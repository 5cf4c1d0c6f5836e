"""Appointments and series: plain records in and out, one transaction per change.

A series is stored once, with its rule; its dates are computed when asked for
(:func:`occurrences_between`), skipping cancelled ones and applying the changes
made to single occurrences. Views and services never build SQL: these are the
queries they use.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from datetime import date, datetime, time, timedelta

from caregiver_app.store import calendar_time, recurrence
from caregiver_app.store.appointment_records import (
    DEFAULT_REMINDERS,
    KINDS,
    MAX_SPAN,
    AppointmentRecord,
    ImportedAppointment,
    Occurrence,
    OccurrenceChange,
    clean,
    validate_appointment,
)
from caregiver_app.store.models import (
    Appointment,
    AppointmentChange,
    AppointmentParticipant,
    Contact,
    new_uid,
)
from caregiver_app.store.planned_questions import dates_from, read_links, write_links
from caregiver_app.store.transactions import transaction
from caregiver_app.store.visit_people import attended_by

__all__ = [
    "DEFAULT_REMINDERS",
    "KINDS",
    "AppointmentRecord",
    "ImportCounts",
    "ImportedAppointment",
    "Occurrence",
    "OccurrenceChange",
    "cancel_occurrence",
    "change_occurrence",
    "days_covered",
    "days_with_appointments",
    "delete_appointment",
    "end_series_before",
    "get_appointment",
    "has_appointments",
    "import_appointments",
    "in_window",
    "last_appointment_before",
    "list_appointments",
    "next_occurrence",
    "occurrences_between",
    "save_appointment",
    "split_series",
    "validate_appointment",
]

_ROW_FIELDS = (
    "title",
    "kind",
    "starts_at",
    "ends_at",
    "all_day",
    "last_day",
    "timezone",
    "location",
    "video_link",
    "notes",
    "bring",
    "decisions",
    "driver",
    "pickup_time",
    "rrule",
    "uid",
    "sequence",
)
_CHANGE_FIELDS = [f.name for f in fields(OccurrenceChange)]
_MARGIN = timedelta(days=2)  # more than any two zones differ by


def _reminders(text: str) -> tuple[int, ...]:
    values = []
    for piece in (text or "").split(","):
        if piece.strip().isdigit():
            values.append(int(piece))
    return tuple(sorted(set(values), reverse=True))


def _as_time(value) -> time | None:
    if value is None or isinstance(value, time):
        return value
    return time.fromisoformat(str(value))


# ---------------------------------------------------------------- reading


def _records(rows: list) -> list[AppointmentRecord]:
    """Records for ``rows`` (Appointment objects, or named tuples of all its columns)."""
    ids = [row.id for row in rows]
    people: dict[int, list[int]] = {}
    changes: dict[int, list[OccurrenceChange]] = {}
    if ids:
        links = AppointmentParticipant.select(
            AppointmentParticipant.appointment, AppointmentParticipant.contact
        ).where(AppointmentParticipant.appointment.in_(ids))
        for appointment_id, contact_id in links.tuples():
            people.setdefault(appointment_id, []).append(contact_id)
        query = AppointmentChange.select().where(AppointmentChange.appointment.in_(ids))
        for row in query.order_by(AppointmentChange.original_start):
            values = {name: getattr(row, name) for name in _CHANGE_FIELDS}
            values["pickup_time"] = _as_time(values["pickup_time"])
            changes.setdefault(row.appointment_id, []).append(OccurrenceChange(**values))
    questions = read_links(ids)
    records = []
    for row in rows:
        values = {name: getattr(row, name) for name in _ROW_FIELDS}
        planned = questions.get(row.id, {})
        values["pickup_time"] = _as_time(values["pickup_time"])
        records.append(
            AppointmentRecord(
                id=row.id,
                reminders=_reminders(row.reminders),
                participant_ids=sorted(people.get(row.id, [])),
                question_ids=sorted(planned),
                question_dates={q: start for q, start in planned.items() if start is not None},
                changes=changes.get(row.id, []),
                **values,
            )
        )
    return records


def get_appointment(appointment_id: int) -> AppointmentRecord | None:
    """One appointment or series with its people, questions and changed dates; or None."""
    row = Appointment.get_or_none(Appointment.id == appointment_id)
    return _records([row])[0] if row is not None else None


def has_appointments() -> bool:
    """True when the calendar holds at least one appointment or series."""
    return Appointment.select(Appointment.id).limit(1).exists()


def list_appointments() -> list[AppointmentRecord]:
    """Every appointment and series, by first start."""
    return _records(list(Appointment.select().order_by(Appointment.starts_at, Appointment.id)))


# ---------------------------------------------------------------- writing


def _write(record: AppointmentRecord, now: datetime) -> int:
    values = {name: getattr(record, name) for name in _ROW_FIELDS}
    values["reminders"] = ",".join(str(minutes) for minutes in record.reminders)
    values["uid"] = record.uid or new_uid()
    existing = (
        Appointment.get_or_none(Appointment.id == record.id) if record.id is not None else None
    )
    if existing is not None:
        values["sequence"] = max(record.sequence, existing.sequence + 1)
        Appointment.update(updated_at=now, **values).where(Appointment.id == record.id).execute()
        appointment_id = record.id
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
    wanted = {change.original_start: change for change in record.changes}
    valid = set(
        recurrence.occurrences(
            record.rrule, record.starts_at, min(wanted), max(wanted) + timedelta(seconds=1)
        )
    )
    rows = []
    for original, change in wanted.items():
        if original not in valid:
            continue  # the rule or the first date changed: this date is no longer in it
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
        return _write(record, datetime.now())


def delete_appointment(appointment_id: int) -> AppointmentRecord | None:
    """Delete an appointment or a whole series; return it, so Edit > Undo can put it back."""
    with transaction():
        record = get_appointment(appointment_id)
        if record is not None:
            Appointment.delete().where(Appointment.id == appointment_id).execute()
        return record


# ---------------------------------------------------------------- one date of a series


def change_occurrence(
    appointment_id: int, change: OccurrenceChange, planned: AppointmentRecord | None = None
) -> None:
    """Give one date of a series its own values (or cancel it), in one transaction.

    With ``planned`` (the form for that date), the series' questions and the dates they
    are planned for become those of ``planned``.
    """
    with transaction():
        record = get_appointment(appointment_id)
        if record is None:
            return
        others = [c for c in record.changes if c.original_start != change.original_start]
        record = replace(record, changes=[*others, change])
        if planned is not None:
            record = replace(
                record,
                question_ids=list(planned.question_ids),
                question_dates=dict(planned.question_dates),
            )
        save_appointment(record)


def cancel_occurrence(appointment_id: int, original_start: datetime) -> None:
    """Take one date out of a series (iCalendar's EXDATE)."""
    change_occurrence(appointment_id, OccurrenceChange(original_start, cancelled=True))


def end_series_before(appointment_id: int, original_start: datetime) -> None:
    """Delete this date and the following ones; a series cut at its first date is deleted."""
    with transaction():
        record = get_appointment(appointment_id)
        if record is None:
            return
        if original_start <= record.starts_at:
            delete_appointment(appointment_id)
            return
        save_appointment(
            replace(record, rrule=recurrence.ending_before(record.rrule, original_start))
        )


def split_series(
    appointment_id: int, original_start: datetime, following: AppointmentRecord
) -> int:
    """ "This and following": end the series before ``original_start`` and save ``following``
    (a new series from that date, whose rule ends where the old one did); return its id.
    """
    with transaction():
        record = get_appointment(appointment_id)
        if record is None:
            raise LookupError(appointment_id)
        if original_start <= record.starts_at:  # from the first date: the whole series
            return save_appointment(replace(following, id=appointment_id, uid=record.uid))
        later = [c for c in record.changes if c.original_start >= original_start]
        shift = following.starts_at - original_start
        moved = [
            replace(
                change,
                original_start=change.original_start + shift,
                starts_at=change.starts_at + shift if change.starts_at else None,
                ends_at=change.ends_at + shift if change.ends_at else None,
            )
            for change in later
        ]
        # Questions planned for a date from here on go with it; those for the whole
        # series go to the new one if the form kept them ticked.
        dates = dates_from(record, original_start, shift)
        whole = [q for q in following.question_ids if q not in following.question_dates]
        end_series_before(appointment_id, original_start)
        return save_appointment(
            replace(
                following,
                id=None,
                uid="",
                changes=moved,
                question_ids=sorted({*whole, *dates}),
                question_dates=dates,
            )
        )


def following_rule(record: AppointmentRecord, original_start: datetime) -> str:
    """The rule a series split at ``original_start`` continues with."""
    return recurrence.continuing_from(record.rrule, record.starts_at, original_start)


# ---------------------------------------------------------------- occurrences


def _copy(record: AppointmentRecord, **values) -> AppointmentRecord:
    """``dataclasses.replace`` for a record, without running ``__init__`` again (faster)."""
    copied = copy.copy(record)
    copied.__dict__.update(values)
    return copied


def _occurrence(
    record: AppointmentRecord, original: datetime, change: OccurrenceChange | None
) -> Occurrence:
    duration = record.duration
    if change is not None:
        starts = change.starts_at or original
        values = _copy(
            record,
            title=change.title or record.title,
            starts_at=starts,
            ends_at=change.ends_at
            if change.starts_at
            else (starts + duration if duration and not record.all_day else None),
            location=change.location,
            video_link=change.video_link,
            notes=change.notes,
            bring=change.bring,
            decisions=change.decisions,
            driver=change.driver,
            pickup_time=change.pickup_time,
        )
    else:
        values = _copy(
            record,
            starts_at=original,
            ends_at=original + duration if duration and not record.all_day else None,
        )
    if record.all_day:
        values = _copy(values, last_day=values.starts_at.date() + duration - timedelta(days=1))
        local_start = values.starts_at
        local_end = datetime.combine(values.last_day, time()) + timedelta(days=1)
    else:
        local_start = calendar_time.to_local(values.starts_at, record.timezone)
        local_end = (
            calendar_time.to_local(values.ends_at, record.timezone) if values.ends_at else None
        )
    return Occurrence(values, original, local_start, local_end, changed=change is not None)


def _in_window(occurrence: Occurrence, low: datetime, high: datetime, overlapping: bool) -> bool:
    if not overlapping:
        return low <= occurrence.local_start < high
    end = occurrence.local_end
    if end is None or end <= occurrence.local_start:
        end = occurrence.local_start + timedelta(microseconds=1)
    return occurrence.local_start < high and end > low


def _expand(
    record: AppointmentRecord, low: datetime, high: datetime, overlapping: bool
) -> list[Occurrence]:
    if not record.rrule:
        occurrence = _occurrence(record, record.starts_at, None)
        return [occurrence] if _in_window(occurrence, low, high, overlapping) else []
    changes = {change.original_start: change for change in record.changes}
    reach = (record.duration or timedelta()) if overlapping else timedelta()
    wall_low = calendar_time.from_local(low, record.timezone) - _MARGIN - reach
    wall_high = calendar_time.from_local(high, record.timezone) + _MARGIN
    try:
        starts = recurrence.occurrences(record.rrule, record.starts_at, wall_low, wall_high)
    except recurrence.RuleError:
        return []
    found = []
    for original in starts:
        change = changes.pop(original, None)
        if change is not None and change.cancelled:
            continue
        occurrence = _occurrence(record, original, change)
        if _in_window(occurrence, low, high, overlapping):
            found.append(occurrence)
    for original, change in changes.items():  # dates moved here from outside the window
        if change.cancelled or change.starts_at is None:
            continue
        occurrence = _occurrence(record, original, change)
        if _in_window(occurrence, low, high, overlapping) and recurrence.is_occurrence(
            record.rrule, record.starts_at, original
        ):
            found.append(occurrence)
    return found


def _row_duration(row) -> timedelta:
    """How long one visit of ``row`` lasts (as ``AppointmentRecord.duration``; none is 0)."""
    if row.all_day:
        last = row.last_day or row.starts_at.date()
        return timedelta(days=(last - row.starts_at.date()).days + 1)
    return row.ends_at - row.starts_at if row.ends_at else timedelta()


def _series_reaching(rows: list[Appointment], start: datetime, overlapping: bool) -> list:
    """The series of ``rows`` that may have a visit at or after ``start``.

    A series whose last start (its UNTIL, or its COUNT worked out once) is before the
    window, by more than any zone difference and (with ``overlapping``) its length, is
    left out without being expanded; so is one whose rule cannot be used (it shows no
    visit anyway). One with a date moved near or into the window is always kept.
    """
    bound = start - 2 * _MARGIN
    kept, ended = [], []
    for row in rows:
        try:
            last = recurrence.last_start_at_most(row.rrule, row.starts_at)
        except (recurrence.RuleError, ValueError):
            continue
        reach = _row_duration(row) if overlapping else timedelta()
        # Compared as bound - reach: a series until 9999 would overflow last + reach.
        (kept if last is None or last >= bound - reach else ended).append(row)
    if ended:
        moved = {
            appointment_id
            for (appointment_id,) in AppointmentChange.select(AppointmentChange.appointment)
            .where(
                AppointmentChange.appointment.in_([row.id for row in ended])
                & AppointmentChange.starts_at.is_null(False)
                & (
                    (AppointmentChange.starts_at >= bound - MAX_SPAN)
                    | (AppointmentChange.ends_at >= bound)
                )
            )
            .tuples()
        }
        kept.extend(row for row in ended if row.id in moved)
    return kept


def occurrences_between(
    start: datetime, end: datetime, overlapping: bool = False
) -> list[Occurrence]:
    """Every visit starting in [start, end) (this computer's time), series expanded.

    Cancelled dates are skipped and changed ones have their own values. With
    ``overlapping``, visits that began earlier but are still going on count too.
    Series that ended before the window are not expanded.
    """
    before = _MARGIN + (MAX_SPAN if overlapping else timedelta())
    wanted = (
        (Appointment.rrule == "")
        & (Appointment.starts_at >= start - before)
        & (Appointment.starts_at < end + _MARGIN)
    )
    if overlapping:  # of those that began earlier, only the ones still going on
        wanted &= (
            (Appointment.starts_at >= start - _MARGIN)
            | (Appointment.ends_at >= start - _MARGIN)
            | (Appointment.last_day >= (start - _MARGIN).date())
        )
    series = Appointment.select(
        Appointment.id,
        Appointment.rrule,
        Appointment.starts_at,
        Appointment.ends_at,
        Appointment.all_day,
        Appointment.last_day,
    ).where((Appointment.rrule != "") & (Appointment.starts_at < end + _MARGIN))
    series = series.namedtuples()  # lighter than model objects; read like them
    reaching = [row.id for row in _series_reaching(list(series), start, overlapping)]
    if reaching:
        wanted |= Appointment.id.in_(reaching)
    found: list[Occurrence] = []
    rows = list(Appointment.select().where(wanted).namedtuples())
    for record in _records(rows):
        found.extend(_expand(record, start, end, overlapping))
    return sorted(found, key=lambda o: (o.local_start, o.record.title.casefold(), o.key))


def in_window(
    occurrences: Iterable[Occurrence], start: datetime, end: datetime, overlapping: bool = False
) -> list[Occurrence]:
    """Those of ``occurrences`` that :func:`occurrences_between` gives for [start, end).

    ``occurrences`` must come from ``occurrences_between`` over a window holding
    [start, end), with ``overlapping``: one query serves several windows (the month's
    marks and the agenda), in the same order.
    """
    return [o for o in occurrences if _in_window(o, start, end, overlapping)]


def days_covered(occurrences: Iterable[Occurrence], first: date, last: date) -> set[date]:
    """The days from ``first`` to ``last`` (inclusive) on which one of ``occurrences`` is."""
    days: set[date] = set()
    for occurrence in occurrences:
        days.update(day for day in occurrence.local_days() if first <= day <= last)
    return days


def days_with_appointments(first: date, last: date) -> set[date]:
    """The days from ``first`` to ``last`` (inclusive) on which a visit takes place."""
    low = datetime.combine(first, time())
    high = datetime.combine(last, time()) + timedelta(days=1)
    return days_covered(occurrences_between(low, high, overlapping=True), first, last)


def next_occurrence(after: datetime) -> Occurrence | None:
    """The first visit starting at or after ``after`` (looking up to five years ahead)."""
    for days in (35, 400, 5 * 366):
        found = occurrences_between(after, after + timedelta(days=days))
        if found:
            return found[0]
    return None


def last_appointment_before(
    when: datetime, kind: str | Iterable[str], roles: Iterable[str] = ()
) -> Occurrence | None:
    """The latest visit that started before ``when`` of ``kind`` (one kind or several), or
    of any kind with someone taking part whose care-team role is one of ``roles``."""
    kinds = {kind} if isinstance(kind, str) else set(kind)
    roles = tuple(roles)
    for days in (35, 400, 10 * 366):
        earlier = occurrences_between(when - timedelta(days=days), when)
        found = [o for o in earlier if o.record.kind in kinds]
        if roles:
            keys = {o.key for o in found} | {o.key for o in attended_by(earlier, roles)}
            found = [o for o in earlier if o.key in keys]
        if found:
            return found[-1]
    return None


# ---------------------------------------------------------------- import


@dataclass(frozen=True)
class ImportCounts:
    """What an import did."""

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


def _row_values(record: AppointmentRecord, now: datetime) -> dict:
    """The columns of a new appointment row for ``record`` (as ``_write`` inserts it)."""
    values = {name: getattr(record, name) for name in _ROW_FIELDS}
    values["reminders"] = ",".join(str(minutes) for minutes in record.reminders)
    values["uid"] = record.uid or new_uid()
    return {"created_at": now, "updated_at": now, **values}


def _ids_by_uid(uids: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    wanted = sorted({uid for uid in uids if uid})
    for start in range(0, len(wanted), _UID_CHUNK):
        chunk = wanted[start : start + _UID_CHUNK]
        query = Appointment.select(Appointment.uid, Appointment.id).where(
            Appointment.uid.in_(chunk)
        )
        found.update(query.tuples())
    return found


def import_appointments(items: Iterable[ImportedAppointment]) -> ImportCounts:
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

        now = datetime.now()
        for item in items:
            uid = item.record.uid
            if uid and (uid in known or uid in added):
                flush()  # the row updated may be one this file added just before
                if uid not in known:
                    known[uid] = Appointment.get(Appointment.uid == uid).id
                existing = get_appointment(known[uid])
                merged = _merge(existing, item)
                if clean(merged) != existing:  # unchanged: nothing to write
                    save_appointment(merged)
                updated += 1
                continue
            record = clean(replace(item.record, id=None))
            validate_appointment(record)
            if record.participant_ids or record.changes or record.question_ids:
                flush()  # keeps the file's order
                known[uid] = _write(record, now)
            else:
                pending.append(_row_values(record, now))
            if uid:
                added.add(uid)
            imported += 1
        flush()
    return ImportCounts(imported=imported, updated=updated)
