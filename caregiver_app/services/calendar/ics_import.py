"""Reading iCalendar (.ics) files from Google Calendar, Outlook, Apple Calendar and our exports.

The file is first cut into its calendars, time zones and events by a small
line scanner of our own, so one broken event is skipped and reported (its
position, summary and why) while the others are read; each event is then read
with the ``icalendar`` library (imported here, not at start-up) and turned into
an appointment by :mod:`ics_event`. Events written without a VCALENDAR around them
(as some tools do) are read too, and the import says so. A file with no event that
can be imported (not iCalendar, only time zones or tasks, or every event unreadable) is
refused in one sentence before anything is imported.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from caregiver_app.plurals import CalendarCommand
from caregiver_app.services.calendar.ics_event import SkippedEvent
from caregiver_app.services.file_head import read_head
from caregiver_app.services.text_encoding import (
    UndecodableTextError,
    decode_text,
    marked_encoding,
)
from caregiver_app.store.calendar.records import ImportedAppointment

MAX_FILE_BYTES = 16 * 1024 * 1024
# A longer property is not an appointment's. The app's own export writes the notes, what
# to bring and the decisions in one DESCRIPTION: three letters pasted into them make a
# line of hundreds of thousands of characters, which must come back (256 KiB did not).
MAX_LINE_CHARS = 4 * 1024 * 1024
MAX_EVENTS = 20_000
_LINE_BREAKS = re.compile(r"\r\n|\n|\r")
# A fold (RFC 5545 3.1) is removed from the bytes, before decoding: a writer may split a
# line inside a UTF-8 character, and the two halves only make the character together.
_FOLDS = re.compile(rb"(?:\r\n|\n|\r)[ \t]")
# Components read without a VCALENDAR around them, as some tools write them.
_BARE = frozenset({"VEVENT", "VTIMEZONE"})
_NAME = re.compile(r"[A-Za-z0-9-]+")


class NotICalendarError(ValueError):
    """The data is not an iCalendar file (or is far too large to be one)."""


@dataclass
class ParsedCalendar:
    """The appointments read from a file, the events skipped, and notes on what was assumed."""

    appointments: list[ImportedAppointment] = field(default_factory=list)
    skipped: list[SkippedEvent] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class RawEvent:
    """One VEVENT's unfolded lines, where it stood, and any problem found while cutting."""

    position: int
    lines: list[str]
    summary: str = ""
    problem: str = ""


@dataclass
class RawCalendar:
    """One VCALENDAR: its X-WR-TIMEZONE, its VTIMEZONE blocks by TZID, and its events."""

    default_zone: str = ""
    zones: dict[str, list[str]] = field(default_factory=dict)
    events: list[RawEvent] = field(default_factory=list)
    wrapped: bool = True  # False: bare components, with no BEGIN:VCALENDAR around them


def _decode(data: bytes) -> str:
    """The file's text by the importers' one rule (services/text_encoding.py)."""
    wide = marked_encoding(bytes(data[:4096])) not in (None, "utf-8-sig")
    if not wide:
        data = _FOLDS.sub(b"", data)  # before decoding: see _FOLDS
    if (b"\x00" in data[:65536]) and not wide:
        raise NotICalendarError(_not_icalendar())
    try:
        text = decode_text(data)
    except UndecodableTextError as error:
        raise NotICalendarError(str(error)) from None
    if "\x00" in text[:65536]:
        raise NotICalendarError(_not_icalendar())
    return text


def _not_icalendar() -> str:
    return QCoreApplication.translate(
        "IcsImport", "This file is not an iCalendar (.ics) file. Nothing was imported."
    )


def _logical_lines(text: str) -> list[str]:
    """Unfolded lines (RFC 5545 3.1): a line starting with a space or tab continues the last."""
    lines: list[str] = []
    for line in _LINE_BREAKS.split(text):
        if line[:1] in (" ", "\t") and lines:
            lines[-1] += line[1:]
        elif line.strip():
            lines.append(line)
    return lines


def _name_and_value(line: str) -> tuple[str, str]:
    match = _NAME.match(line)
    name = match.group(0).upper() if match else ""
    _before, _colon, value = line.partition(":")
    return name, value


def _summary(value: str) -> str:
    return value.replace("\\,", ",").replace("\\;", ";").replace("\\n", " ").strip()[:120]


def _refuse_too_large(size: int) -> None:
    """Refuse a file of ``size`` bytes that is far larger than any calendar of appointments."""
    if size > MAX_FILE_BYTES:
        raise NotICalendarError(
            QCoreApplication.translate(
                "IcsImport",
                "This file is {size} MB, far larger than a calendar of appointments "
                "(at most {limit} MB). Nothing was imported.",
            ).format(size=size // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024))
        )


def split_calendar(text: str) -> list[RawCalendar]:
    """Cut the file's text into calendars and events."""
    lines = _logical_lines(text)
    calendars: list[RawCalendar] = []
    calendar: RawCalendar | None = None
    event: RawEvent | None = None
    zone: list[str] | None = None
    depth = 0  # components open inside the event (VALARM)
    position = 0
    for line in lines:
        name, value = _name_and_value(line)
        upper = value.strip().upper()
        if name == "BEGIN" and upper == "VCALENDAR":
            if event is not None:
                event.problem = event.problem or QCoreApplication.translate(
                    "IcsImport", "the event is not closed (END:VEVENT)"
                )
            calendar, event, zone = RawCalendar(), None, None
            calendars.append(calendar)
            continue
        if calendar is None:
            if name != "BEGIN" or upper not in _BARE:
                continue  # text between calendars
            calendar = RawCalendar(wrapped=False)
            calendars.append(calendar)
        if event is not None:
            if name == "BEGIN" and upper == "VEVENT":
                event.problem = event.problem or QCoreApplication.translate(
                    "IcsImport", "the event is not closed (END:VEVENT)"
                )
                event = None
            elif name == "END" and upper == "VEVENT" and depth == 0:
                event.lines.append(line)
                event = None
                continue
            elif name == "END" and upper == "VCALENDAR":
                event.problem = event.problem or QCoreApplication.translate(
                    "IcsImport", "the event is not closed (END:VEVENT)"
                )
                event, calendar = None, None
                continue
            else:
                if name == "BEGIN":
                    depth += 1
                elif name == "END":
                    depth = max(0, depth - 1)
                if len(line) > MAX_LINE_CHARS:
                    event.problem = event.problem or QCoreApplication.translate(
                        "IcsImport", "a line of the event is far too long"
                    )
                elif not event.problem:
                    event.lines.append(line)
                if name == "SUMMARY" and not event.summary:
                    event.summary = _summary(value[:MAX_LINE_CHARS])
                continue
        if zone is not None:
            zone.append(line)
            if name == "END" and upper == "VTIMEZONE":
                zone_id = next(
                    (v.strip() for n, v in map(_name_and_value, zone) if n == "TZID"), ""
                )
                if zone_id and len(zone) < 2000:
                    calendar.zones.setdefault(zone_id, zone)
                zone = None
            continue
        if name == "BEGIN" and upper == "VEVENT":
            position += 1
            if position > MAX_EVENTS:
                continue
            event = RawEvent(position, [line])
            depth = 0
            calendar.events.append(event)
        elif name == "BEGIN" and upper == "VTIMEZONE":
            zone = [line]
        elif name == "X-WR-TIMEZONE" and not calendar.default_zone:
            calendar.default_zone = value.strip()
        elif name == "END" and upper == "VCALENDAR":
            calendar = None
    if event is not None:
        event.problem = event.problem or QCoreApplication.translate(
            "IcsImport", "the event is not closed (END:VEVENT)"
        )
    return calendars


def _zone_definitions(raw: RawCalendar) -> dict[str, tzinfo]:
    """The file's own VTIMEZONE definitions, for TZIDs no standard name matches."""
    from icalendar import Timezone

    zones: dict[str, tzinfo] = {}
    for zone_id, lines in raw.zones.items():
        try:
            component = Timezone.from_ical("\r\n".join(lines))
            if isinstance(component, Timezone):
                zones[zone_id] = component.to_tz(lookup_tzid=False)
        except Exception:  # noqa: BLE001 - a broken definition is as good as none
            continue
    return zones


def _refuse_without_events(calendars: list[RawCalendar], text: str) -> None:
    """Refuse a file with no event to import, saying what it is."""
    if not calendars:
        raise NotICalendarError(
            QCoreApplication.translate(
                "IcsImport",
                "This file is not an iCalendar (.ics) file: it holds no calendar "
                "(BEGIN:VCALENDAR) and no events (BEGIN:VEVENT). Nothing was imported.",
            )
        )
    if any(raw.events for raw in calendars):
        return
    if any(raw.wrapped for raw in calendars) and "END:VCALENDAR" not in text.upper():
        raise NotICalendarError(
            QCoreApplication.translate(
                "IcsImport",
                "This file is not a complete iCalendar (.ics) file. Nothing was imported.",
            )
        )
    raise NotICalendarError(
        QCoreApplication.translate(
            "IcsImport",
            "This calendar file holds no events (appointments) to import. Nothing was imported.",
        )
    )


def _none_readable(skipped: list[SkippedEvent]) -> str:
    """The one line for a file whose every event was skipped: how many, and the first's reason."""
    first = skipped[0]
    summary = first.summary or QCoreApplication.translate("IcsImport", "no title")
    if len(skipped) == 1:
        return QCoreApplication.translate(
            "IcsImport",
            "The file's only event cannot be imported: event {position} ({summary}): {reason}. "
            "Nothing was imported.",
        ).format(position=first.position, summary=summary, reason=first.reason)
    # PySide6 types tr() as a method; lupdate needs this class call for plurals.
    return CalendarCommand.tr(
        "None of the file's %n events can be imported; the first, event {position} "  # type: ignore[arg-type]
        "({summary}): {reason}. Nothing was imported.",
        None,  # type: ignore[arg-type]
        len(skipped),  # type: ignore[arg-type]
    ).format(position=first.position, summary=summary, reason=first.reason)


def read_ics(data: bytes) -> ParsedCalendar:
    """Read every event of an .ics file; raises NotICalendarError when it is not one."""
    from caregiver_app.services.calendar.ics_event import EventReader
    from caregiver_app.services.calendar.ics_event_times import UnreadableEventError, unreadable

    _refuse_too_large(len(data))
    text = _decode(data)  # NotICalendarError when the bytes are not text
    calendars = split_calendar(text)
    _refuse_without_events(calendars, text)
    result = ParsedCalendar()
    if any(not raw.wrapped and raw.events for raw in calendars):
        result.notes.append(
            QCoreApplication.translate(
                "IcsImport",
                "The file has no calendar wrapper (BEGIN:VCALENDAR); its events were read "
                "on their own.",
            )
        )
    reader = EventReader(result.notes)
    with warnings.catch_warnings():
        # icalendar warns about guesses it makes (vendor time zone names); the
        # reader reports what matters to the user itself.
        warnings.simplefilter("ignore")
        for raw in calendars:
            reader.start_calendar(raw.default_zone, _zone_definitions(raw))
            for event in raw.events:
                if event.problem:
                    result.skipped.append(
                        SkippedEvent(event.position, event.summary, event.problem)
                    )
                    continue
                try:
                    reader.read(event.position, "\r\n".join(event.lines))
                except UnreadableEventError as error:
                    result.skipped.append(
                        SkippedEvent(event.position, error.summary or event.summary, str(error))
                    )
                except Exception as error:  # noqa: BLE001 - one odd event never ends the import
                    result.skipped.append(
                        SkippedEvent(event.position, event.summary, unreadable(error))
                    )
        appointments, skipped = reader.finish()
    result.appointments = appointments
    result.skipped.extend(skipped)
    result.skipped.sort(key=lambda item: item.position)
    if not result.appointments:
        raise NotICalendarError(_none_readable(result.skipped))
    counted = sum(len(raw.events) for raw in calendars)
    if counted >= MAX_EVENTS:
        result.notes.append(
            QCoreApplication.translate(
                "IcsImport",
                "The file holds more than {count} events; only the first {count} were read.",
            ).format(count=MAX_EVENTS)
        )
    return result


def read_ics_file(path: Path) -> ParsedCalendar:
    """Read every event of the .ics file at ``path``; one too large is refused unread.

    OSError when the file cannot be read; NotICalendarError when it is not a calendar.
    """
    data, size = read_head(path, MAX_FILE_BYTES)
    _refuse_too_large(size)
    return read_ics(data)
