"""Appointments as CalDAV resources, one per UID, with the app's own iCalendar writer and reader.

What is sent follows the family's choice: "title" (the title and the times), "when-where"
(also the place and the video link) or "all" (also the notes, the people, the driver and
what to bring, and the app's own X- properties). A series goes with its changed dates and
cancelled dates (RECURRENCE-ID and EXDATE), as the .ics export writes them; every event
is CLASS:PRIVATE. On the way back, a phone's value replaces the record's only for what
was sent, or where the phone wrote something the record did not send.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from caregiver_app.services.calendar.ics_export import OURS, calendar_bytes
from caregiver_app.store.calendar.records import (
    VISIT_DETAILS,
    AppointmentRecord,
    ImportedAppointment,
    OccurrenceChange,
)
from caregiver_app.store.home_clock import home_wall

ALWAYS = frozenset(
    {"title", "starts_at", "ends_at", "all_day", "last_day", "timezone", "rrule", "reminders"}
)
WHERE = frozenset({"location", "video_link"})
_DETAILS_NOT_SENT = {
    "title": tuple(VISIT_DETAILS),
    "when-where": tuple(name for name in VISIT_DETAILS if name not in WHERE),
    "all": (),
}
_STAMP = re.compile(rb"^DTSTAMP[:;][^\r\n]*\r?\n", re.MULTILINE)
_LAST_MODIFIED = re.compile(r"^LAST-MODIFIED[^:]*:(\d{8}T\d{6})(Z?)", re.MULTILINE)
_TZID = re.compile(rb";TZID=\"?([^:;\"]+)")


@dataclass(frozen=True)
class EventResource:
    """One appointment as the server keeps it: its UID, the iCalendar text, and its hash."""

    uid: str
    data: bytes
    digest: str


def digest_of(data: bytes) -> str:
    """The hash of a resource's text, leaving out DTSTAMP (the moment it was written)."""
    return hashlib.sha256(_STAMP.sub(b"", data)).hexdigest()


def as_sent(record: AppointmentRecord, send: str) -> AppointmentRecord:
    """The record with what the family chose not to send left out."""
    if send == "all":
        return record
    blank: dict[str, object] = {
        name: None if name == "pickup_time" else "" for name in _DETAILS_NOT_SENT[send]
    }
    changes = [replace(change, **blank) for change in record.changes]  # type: ignore[arg-type]
    return replace(record, participant_ids=[], changes=changes, **blank)  # type: ignore[arg-type]


def render_events(records: Iterable[AppointmentRecord], send: str) -> list[EventResource]:
    """Each record as its own VCALENDAR with the time zones it uses, in the given order."""
    from icalendar import Calendar

    records = [as_sent(record, send) for record in records]
    if not records:
        return []
    whole = Calendar.from_ical(calendar_bytes(records))
    zones = {
        str(component.get("TZID")): component
        for component in whole.subcomponents
        if component.name == "VTIMEZONE"
    }
    events: dict[str, list] = {}
    for component in whole.subcomponents:
        if component.name == "VEVENT":
            if send != "all":
                component.pop(OURS + "KIND", None)
            events.setdefault(str(component.get("UID")), []).append(component)
    resources = []
    for record in records:
        calendar = Calendar()
        for name in ("PRODID", "VERSION", "CALSCALE"):
            calendar.add(name, whole.get(name))
        found = events.get(record.uid, [])
        text = b"".join(event.to_ical() for event in found)
        for zone_id in dict.fromkeys(m.decode() for m in _TZID.findall(text)):
            if zone_id in zones:
                calendar.add_component(zones[zone_id])
        for event in found:
            calendar.add_component(event)
        data = calendar.to_ical()
        resources.append(EventResource(record.uid, data, digest_of(data)))
    return resources


@dataclass(frozen=True)
class PhoneEvent:
    """The appointment in one resource, and what reading it assumed (a time zone unknown
    here read as local time, an end before the start left out), said as an import says it."""

    item: ImportedAppointment
    assumed: tuple[str, ...]


def read_phone_event(data: bytes, uid: str | None = None) -> PhoneEvent:
    """The appointment in one resource (the series when ``uid`` is given) and what was
    assumed; ValueError if none."""
    from caregiver_app.services.calendar.ics_import import read_ics

    parsed = read_ics(data)  # NotICalendarError (a ValueError) when nothing can be read
    found = next(
        (item for item in parsed.appointments if uid is None or item.record.uid == uid),
        parsed.appointments[0],
    )
    return PhoneEvent(found, tuple(parsed.notes))


def read_event(data: bytes, uid: str | None = None) -> ImportedAppointment:
    """The appointment in one resource (the series when ``uid`` is given); ValueError if none."""
    return read_phone_event(data, uid).item


def last_modified(data: bytes) -> datetime | None:
    """The newest LAST-MODIFIED in a resource, in home wall time; None without one."""
    text = re.sub(r"\r?\n[ \t]", "", data.decode("utf-8", "replace"))
    found = []
    for stamp, zulu in _LAST_MODIFIED.findall(text):
        moment = datetime.strptime(stamp, "%Y%m%dT%H%M%S")
        if zulu:
            moment = home_wall(moment.replace(tzinfo=UTC))
        found.append(moment)
    return max(found) if found else None


def _merge_details(mine: OccurrenceChange | AppointmentRecord, theirs: object, send: str) -> None:
    for name in _DETAILS_NOT_SENT[send]:
        value = getattr(theirs, name)
        if value:  # written on the phone: the record did not send it, so the phone's own
            setattr(mine, name, value)


def merge_from_phone(
    existing: AppointmentRecord, incoming: ImportedAppointment, send: str
) -> AppointmentRecord:
    """``existing`` with what came back from the phone; what was not sent is kept unless the
    phone wrote it. People, questions and reminders set here stay."""
    allowed = ALWAYS | (WHERE if send != "title" else frozenset())
    if send == "all":
        allowed = allowed | frozenset(VISIT_DETAILS) | {"kind"}
    merged = replace(existing, changes=[])
    phone = incoming.record
    for name in incoming.carried & allowed:
        setattr(merged, name, getattr(phone, name))
    _merge_details(merged, phone, send)
    ours = {change.original_start: change for change in existing.changes}
    for change in phone.changes:
        kept = ours.get(change.original_start)
        if kept is not None and not change.cancelled:
            mine = replace(
                kept,
                title=change.title,
                starts_at=change.starts_at,
                ends_at=change.ends_at,
                cancelled=False,
            )
            for name in WHERE if send != "title" else ():
                setattr(mine, name, getattr(change, name))
            if send == "all":
                mine = change
            else:
                _merge_details(mine, change, send)
            merged.changes.append(mine)
        else:
            merged.changes.append(change)
    merged.sequence = max(existing.sequence, phone.sequence)
    return merged
