"""One iCalendar VEVENT to one appointment: times and zones, repeats, changed dates, alarms.

Times become wall-clock times in an IANA zone: a TZID that zoneinfo knows is
kept; a Windows zone name (Outlook) is mapped to its IANA name; UTC times (Google)
go to the calendar's X-WR-TIMEZONE, else to the record's home zone; a zone defined
only by the file's own VTIMEZONE is converted to the home zone; an unknown zone is
read in the calendar's X-WR-TIMEZONE, else the home zone, and reported with its name.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from caregiver_app.services.calendar.ics_event_checks import check_event
from caregiver_app.services.calendar.ics_event_repeats import EventRepeats
from caregiver_app.services.calendar.ics_event_times import (
    IcsValue,
    ReadingContext,
    UnreadableEventError,
    unreadable,
)
from caregiver_app.services.calendar.ics_text import use_own_texts
from caregiver_app.services.contacts.checks import normalise_link
from caregiver_app.store.calendar import recurrence, time_zones
from caregiver_app.store.calendar.records import (
    DEFAULT_REMINDERS,
    KINDS,
    AppointmentRecord,
    ImportedAppointment,
    OccurrenceChange,
    clean,
    validate_appointment,
)
from caregiver_app.store.errors import InvalidValueError

OURS = "X-CARE-COMPANION-"
HOME_ZONE = "home"  # X-CARE-COMPANION-TIMEZONE of a visit kept in the family's home zone
_ESSENTIAL = ("DTSTART", "DTEND", "DURATION", "RRULE", "EXDATE", "RECURRENCE-ID")
_LINK = re.compile(r"^https?://\S+$", re.IGNORECASE)
_ANY_LINK = re.compile(r"https?://[^\s<>\"]+", re.IGNORECASE)
# What a title says about the kind of visit, tried in this order (English exports).
_KIND_WORDS = (
    ("telehealth", r"video|telehealth|virtual|zoom|teams|doxy"),
    ("palliative_care", r"palliative|hospice|symptom clinic"),
    ("radiation", r"radiation|radiotherapy"),
    ("infusion", r"infusion|chemo|immunotherapy|treatment|cycle"),
    ("imaging", r"\bct\b|scan|mri|\bpet\b|x-ray|xray|imaging|ultrasound"),
    ("lab", r"\blab\b|blood|labs\b"),
    ("procedure", r"procedure|drain|thoracentesis|biopsy|bronchoscopy|pleurx"),
    ("pharmacy", r"pharmacy|prescription"),
    ("oncology", r"oncolog|cancer"),
)


if TYPE_CHECKING:
    from icalendar import Component  # imported where a file is read (startup time)


def _whole_number(value: object) -> int:
    text = str(value if value is not None else "").strip()
    return min(int(text), 1_000_000) if text.isdigit() else 0


def guess_kind(*texts: str) -> str:
    """The appointment kind a title suggests, else "other"."""
    text = " ".join(texts).casefold()
    for kind, pattern in _KIND_WORDS:
        if re.search(pattern, text):
            return kind
    return "other"


@dataclass(frozen=True)
class SkippedEvent:
    """An event that could not be read: its 1-based position, its summary if known, and why."""

    position: int
    summary: str
    reason: str


@dataclass
class _Override:
    position: int
    summary: str
    uid: str
    recurrence_id: IcsValue  # the property, converted once the series' zone is known
    event: Component


class EventReader(EventRepeats):
    """Turns VEVENTs into appointments; series and their changed dates are joined at the end."""

    def __init__(self, notes: list[str]) -> None:
        super().__init__(notes)
        self.masters: dict[str, tuple[int, ImportedAppointment]] = {}
        self.overrides: list[tuple[_Override, ReadingContext]] = []

    def read(self, position: int, text: str) -> None:
        """Read one VEVENT; raises UnreadableEventError with the reason."""
        from icalendar import Event

        self.position, self.summary = position, ""
        try:
            event = Event.from_ical(text)
        except Exception as error:  # noqa: BLE001 - any parser failure is "cannot be read"
            raise UnreadableEventError(unreadable(error)) from None
        use_own_texts(event, text.split("\r\n"))
        self.summary = str(event.get("SUMMARY", "") or "").strip()[:120]
        for name, problem in event.errors:
            # A line icalendar could not split into name and value comes with no name.
            name = (name or "").upper()
            if not name:
                raise UnreadableEventError(
                    QCoreApplication.translate(
                        "IcsImport", "a line in it cannot be read ({reason})"
                    ).format(reason=str(problem)[:120]),
                    self.summary,
                )
            if name in _ESSENTIAL:
                raise UnreadableEventError(
                    QCoreApplication.translate(
                        "IcsImport", "its {property} cannot be read ({reason})"
                    ).format(property=name, reason=str(problem)[:120]),
                    self.summary,
                )
        check_event(event, self.summary)
        uid = str(event.get("UID", "") or "").strip()[:255]
        if "RECURRENCE-ID" in event:
            if not uid:
                raise UnreadableEventError(
                    QCoreApplication.translate("IcsImport", "a changed date without a UID"),
                    self.summary,
                )
            self.overrides.append(
                (
                    _Override(position, self.summary, uid, event["RECURRENCE-ID"], event),
                    self.context,
                )
            )
            return
        if str(event.get("STATUS", "")).upper() == "CANCELLED":
            raise UnreadableEventError(
                QCoreApplication.translate("IcsImport", "it is marked canceled"), self.summary
            )
        imported = self._appointment(event, uid or self._made_up_uid(text))
        if uid in self.masters and uid:
            earlier = self.masters[uid][0]
            self._note(
                QCoreApplication.translate(
                    "IcsImport", "event {earlier} has the same UID; this later one was kept"
                ).format(earlier=earlier)
            )
        self.masters[imported.record.uid] = (position, imported)

    @staticmethod
    def _made_up_uid(text: str) -> str:
        # No UID: one made from the event's text, so importing the file again updates it.
        return hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()[:32] + "@imported"

    @staticmethod
    def _text(event: Component, name: str) -> str:
        value = event.get(name)
        if isinstance(value, list):
            value = value[0] if value else ""
        return str(value or "").strip()

    def _follows_home(self, event: Component, zone_name: str) -> bool:
        """Written by Care Companion for a visit with no zone of its own (it follows the home
        zone), and still in the zone it was written in, which is the home zone here: it
        follows the home zone again, not the zone its file had to name."""
        written = self._text(event, OURS + "TIMEZONE").lower() == HOME_ZONE
        return written and zone_name == time_zones.home_zone_name()

    def _appointment(self, event: Component, uid: str) -> ImportedAppointment:
        starts, zone_name, all_day = self._start(event)
        ends, last_day = self._end(event, starts, zone_name, all_day)
        self._check_end(event, starts, ends, last_day)
        if ends is not None and ends <= starts:
            ends = None
        if last_day is not None and last_day <= starts.date():
            last_day = None
        location = self._text(event, "LOCATION")
        video = self._text(event, OURS + "VIDEO") or self._text(event, "URL")
        if _LINK.match(location) and not video:
            location, video = "", location
        elif location and location == video:
            location = ""  # the link, put where calendars show a place when there is none
        # A link the file gives is kept as it is written (with https:// put before one written
        # without it): one with a space or another scheme is said at the link when the form
        # opens it, not dropped, and only an http(s) link is ever opened.
        video = normalise_link(video)
        ours_notes = event.get(OURS + "NOTES")
        if ours_notes is not None:
            notes = self._text(event, OURS + "NOTES")
        elif OURS + "KIND" in event:
            notes = ""  # written here without notes: the description is the other fields
        else:
            notes = self._text(event, "DESCRIPTION")
        kind = self._text(event, OURS + "KIND")
        title = self._text(event, "SUMMARY")  # whole: self.summary is cut short for messages
        if not video and (kind or guess_kind(title, location)) == "telehealth":
            found = _ANY_LINK.search(notes)  # "Join: https://..." in a video visit's description
            video = found.group(0).rstrip(".,;)") if found else ""
        record = AppointmentRecord(
            title=title,  # unknown stays unknown: no SUMMARY, no title
            starts_at=starts,
            kind=kind if kind in KINDS else guess_kind(title, location),
            ends_at=ends,
            all_day=all_day,
            last_day=last_day,
            timezone="" if all_day or self._follows_home(event, zone_name) else zone_name,
            location=location,
            video_link=video,
            notes=notes,
            rrule=self._rule(event, starts, zone_name, all_day),
            uid=uid,
            sequence=_whole_number(event.get("SEQUENCE")),
        )
        carried = {
            "starts_at",
            "ends_at",
            "all_day",
            "last_day",
            "timezone",
            "location",
            "video_link",
            "notes",
            "rrule",
        }
        if title:  # without one, the title the family gave it stays
            carried.add("title")
        if kind in KINDS or record.kind != "other":
            carried.add("kind")
        if "RDATE" in event:
            self._note(
                QCoreApplication.translate("IcsImport", "its extra dates (RDATE) were left out")
            )
        record.changes = self._exdates(event, zone_name, all_day)
        reminders = self._reminders(event)
        ours = event.get(OURS + "REMINDERS")
        if ours is not None:
            reminders = tuple(int(p) for p in str(ours).split(",") if p.strip().isdigit())
        if reminders is not None:
            record.reminders = reminders
            carried.add("reminders")
        else:
            record.reminders = DEFAULT_REMINDERS
        for name, attribute in (
            ("DRIVER", "driver"),
            ("BRING", "bring"),
            ("DECISIONS", "decisions"),
        ):
            if OURS + name in event:
                setattr(record, attribute, self._text(event, OURS + name))
                carried.add(attribute)
        pickup = self._text(event, OURS + "PICKUP")
        if pickup:
            try:
                record.pickup_time = time.fromisoformat(pickup)
                carried.add("pickup_time")
            except ValueError:
                pass
        return ImportedAppointment(record, frozenset(carried))

    # ------------------------------------------------------------ joining

    def _change(
        self, override: _Override, context: ReadingContext, master: AppointmentRecord
    ) -> OccurrenceChange:
        self.context, self.position, self.summary = context, override.position, override.summary
        event = override.event
        original = self._occurrence_start(override.recurrence_id, master.timezone, master.all_day)
        if str(event.get("STATUS", "")).upper() == "CANCELLED":
            return OccurrenceChange(original, cancelled=True)
        if str(override.recurrence_id.params.get("RANGE", "")).upper() == "THISANDFUTURE":
            self._note(
                QCoreApplication.translate(
                    "IcsImport",
                    "it changes this date and every later one (RANGE=THISANDFUTURE), but only "
                    "this date was changed: check the later dates",
                )
            )
        imported = self._appointment(event, master.uid).record
        if imported.all_day != master.all_day:
            self._note(self.mixed_days_and_times())
        starts = imported.starts_at
        ends = imported.ends_at
        if not master.all_day and imported.timezone != master.timezone:
            starts = time_zones.wall_time(
                time_zones.aware(starts, imported.timezone), master.timezone
            )
            if ends is not None:
                ends = time_zones.wall_time(
                    time_zones.aware(ends, imported.timezone), master.timezone
                )
        return OccurrenceChange(
            original_start=original,
            # The series' own title is no title of its own: renaming the series renames it.
            title="" if imported.title == master.title else imported.title,
            starts_at=starts,
            ends_at=None if master.all_day else ends,
            location=imported.location,
            video_link=imported.video_link,
            notes=imported.notes,
            bring=imported.bring,
            decisions=imported.decisions,
            driver=imported.driver,
            pickup_time=imported.pickup_time,
        )

    def finish(self) -> tuple[list[ImportedAppointment], list[SkippedEvent]]:
        """Join changed dates to their series and check every appointment.

        Returns (appointments, skipped events).
        """
        skipped: list[SkippedEvent] = []
        for override, context in self.overrides:
            entry = self.masters.get(override.uid)
            try:
                if entry is None or not entry[1].record.rrule:
                    # A changed date whose series is not in the file: keep it as a visit of its own.
                    self.context, self.position = context, override.position
                    self.summary = override.summary
                    stamp = str(override.recurrence_id.to_ical().decode("ascii", "replace"))
                    alone = self._appointment(override.event, f"{override.uid}#{stamp}"[:255])
                    self.masters[alone.record.uid] = (override.position, alone)
                    continue
                change = self._change(override, context, entry[1].record)
                entry[1].record.changes.append(change)
            except UnreadableEventError as error:
                skipped.append(SkippedEvent(override.position, override.summary, str(error)))
            except Exception as error:  # noqa: BLE001 - a broken date is a skipped event
                skipped.append(SkippedEvent(override.position, override.summary, str(error)))
        appointments = []
        for position, imported in sorted(self.masters.values(), key=lambda item: item[0]):
            record = imported.record
            unique = {change.original_start: change for change in record.changes}
            record.changes = list(unique.values())
            try:
                cleaned = clean(record)
                validate_appointment(cleaned)
            except (InvalidValueError, recurrence.RuleError) as error:
                # The store says why in a whole sentence; a reason is part of another one.
                reason = str(error).rstrip(".\u3002")
                skipped.append(SkippedEvent(position, record.title[:120], reason))
                continue
            appointments.append(ImportedAppointment(cleaned, imported.carried))
        return appointments, skipped
