"""Reading an iCalendar event's times into wall-clock times in an IANA zone."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from caregiver_app.services.home_zone_text import zone_place
from caregiver_app.store.calendar import time_zones

if TYPE_CHECKING:
    from icalendar import Component  # imported where a file is read (startup time)


# A property's value as icalendar parsed it (vDDDTypes, vRecur, vDDDLists...). icalendar types
# every value as a union of its thirty value classes, so the code checks what it uses instead.
IcsValue = Any


class UnreadableEventError(ValueError):
    """An event that cannot become an appointment; the message says why."""

    def __init__(self, reason: str, summary: str = "") -> None:
        super().__init__(reason)
        self.summary = summary


def unreadable(error: Exception) -> str:
    """The reason given for an event the ``icalendar`` library (or a check) could not read."""
    return QCoreApplication.translate("IcsImport", "it cannot be read ({reason})").format(
        reason=str(error)[:200] or type(error).__name__
    )


@dataclass
class ReadingContext:
    """What reading one calendar file knows: its default zone and its own time zones."""

    default_zone: str = ""
    zones: dict[str, tzinfo] = field(default_factory=dict)


def _standard_zone(tzid: str) -> str:
    """The IANA name a TZID stands for (itself, or a Windows zone's), else ``""``."""
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    name = tzid.strip().strip('"')
    if time_zones.is_known_zone(name):
        return name
    mapped = WINDOWS_TO_OLSON.get(name, "")
    return mapped if time_zones.is_known_zone(mapped) else ""


class EventTimes:
    """An event's times: the calendar's zones, starts and ends, and notes on what was assumed."""

    def __init__(self, notes: list[str]) -> None:
        self.notes = notes
        self.context = ReadingContext()
        self.position = 0
        self.summary = ""

    def start_calendar(self, default_zone: str, zones: dict[str, tzinfo]) -> None:
        """The next events belong to a calendar with this X-WR-TIMEZONE and these VTIMEZONEs."""
        known = time_zones.is_known_zone(default_zone)
        self.context = ReadingContext(default_zone if known else "", zones)

    def _note(self, text: str) -> None:
        line = QCoreApplication.translate(
            "IcsImport", "Event {position} ({summary}): {text}"
        ).format(
            position=self.position,
            summary=self.summary or QCoreApplication.translate("IcsImport", "no title"),
            text=text,
        )
        if line not in self.notes:
            self.notes.append(line)

    def _zone_of(self, value: IcsValue, context: ReadingContext) -> tuple[datetime, str]:
        """A DATE-TIME property's value as (wall-clock time, IANA zone name)."""
        when = value.dt
        tzid = str(value.params.get("TZID", "") or "")
        local = time_zones.home_zone_name()
        standard = _standard_zone(tzid)
        if standard and not isinstance(when.tzinfo, ZoneInfo):
            # Outlook's "Pacific Standard Time" (quoted, or with its own VTIMEZONE): the
            # named zone, so the series keeps its zone's daylight-saving changes.
            when = when.replace(tzinfo=ZoneInfo(standard))
        if tzid in context.zones and not isinstance(when.tzinfo, ZoneInfo):
            # The file's own VTIMEZONE, not one icalendar cached from another file.
            when = when.replace(tzinfo=context.zones[tzid])
        elif tzid and not standard and not isinstance(when.tzinfo, ZoneInfo | None):
            # A name this file does not define, with a definition icalendar remembers from
            # another file read before: unknown here, as it would be in a fresh start.
            when = when.replace(tzinfo=None)
        if when.tzinfo is None:
            if tzid:
                # The zone it was read in, named: the calendar's own, else the home zone
                # (this computer's only while the record has none).
                self._note(
                    QCoreApplication.translate(
                        "IcsImport",
                        "the time zone “{zone}” is unknown; its times were read as {place} time",
                    ).format(zone=tzid[:60], place=zone_place(context.default_zone or local))
                )
            # A floating time: the calendar's own zone (X-WR-TIMEZONE, as Google and Apple
            # read it), else this computer's.
            return when, context.default_zone or local
        key = getattr(when.tzinfo, "key", None)
        if isinstance(when.tzinfo, ZoneInfo) and key in ("UTC", "Etc/UTC"):
            # Google writes UTC times
            return time_zones.kept_wall_time(when, context.default_zone or local)
        if isinstance(when.tzinfo, ZoneInfo) and key and time_zones.is_known_zone(key):
            return when.replace(tzinfo=None), key
        self._note(
            QCoreApplication.translate(
                "IcsImport",
                "the time zone “{zone}” has no standard name; its times were converted to "
                "{place} time",
            ).format(zone=tzid[:60], place=zone_place(local))
        )
        return time_zones.kept_wall_time(when, local)

    def _in_zone(self, value: IcsValue, zone_name: str, context: ReadingContext) -> datetime:
        """A DATE-TIME property's value as wall-clock time in ``zone_name``."""
        wall, its_zone = self._zone_of(value, context)
        if its_zone == zone_name:
            return wall
        return time_zones.wall_time(time_zones.aware(wall, its_zone), zone_name)

    def _start(self, event: Component) -> tuple[datetime, str, bool]:
        if "DTSTART" not in event:
            raise UnreadableEventError(
                QCoreApplication.translate("IcsImport", "it has no start date"), self.summary
            )
        value: IcsValue = event["DTSTART"]
        if isinstance(value.dt, datetime):
            wall, zone_name = self._zone_of(value, self.context)
            return wall, zone_name, False
        if isinstance(value.dt, date):
            return datetime.combine(value.dt, time()), "", True
        raise UnreadableEventError(
            QCoreApplication.translate("IcsImport", "its start is not a date"), self.summary
        )

    def _end(
        self, event: Component, starts: datetime, zone_name: str, all_day: bool
    ) -> tuple[datetime | None, date | None]:
        if "DTEND" in event:
            value: IcsValue = event["DTEND"]
            if all_day:
                end_day = value.dt.date() if isinstance(value.dt, datetime) else value.dt
                return None, end_day - timedelta(days=1)  # DTEND of a day is exclusive
            if isinstance(value.dt, datetime):
                return self._in_zone(value, zone_name, self.context), None
            return datetime.combine(value.dt, time()), None
        if "DURATION" in event:
            duration: IcsValue = event["DURATION"]
            length = duration.dt
            if isinstance(length, timedelta):
                if all_day:
                    return None, (starts + length).date() - timedelta(days=1)
                return starts + length, None
        return None, None

    @staticmethod
    def mixed_days_and_times() -> str:
        """The note for an event whose dates mix whole days and times."""
        return QCoreApplication.translate(
            "IcsImport", "it mixes whole days (VALUE=DATE) with times: check when it is"
        )

    def _check_end(
        self, event: Component, starts: datetime, ends: datetime | None, last_day: date | None
    ) -> None:
        """Notes for an end of another kind than the start, or before it (it is left out)."""
        start: IcsValue = event["DTSTART"]
        timed = isinstance(start.dt, datetime)
        end_value = getattr(event.get("DTEND"), "dt", None)
        length = getattr(event.get("DURATION"), "dt", None)
        if (isinstance(end_value, date) and isinstance(end_value, datetime) != timed) or (
            isinstance(length, timedelta) and not timed and length % timedelta(days=1)
        ):
            self._note(self.mixed_days_and_times())
        before = ends is not None and ends < starts
        if before or (last_day is not None and last_day < starts.date() - timedelta(days=1)):
            self._note(
                QCoreApplication.translate(
                    "IcsImport", "its end is before its start, so the end was left out"
                )
            )

    @staticmethod
    def _until(text: str, zone_name: str, all_day: bool) -> str:
        if "T" not in text:
            return text
        when = datetime.strptime(text.rstrip("Z"), "%Y%m%dT%H%M%S")
        if text.endswith("Z"):
            when = time_zones.wall_time(when.replace(tzinfo=UTC), zone_name or "UTC")
        return when.strftime("%Y%m%d") if all_day else when.strftime("%Y%m%dT%H%M%S")

    def _occurrence_start(self, value: IcsValue, zone_name: str, all_day: bool) -> datetime:
        if isinstance(value.dt, datetime):
            if all_day:
                return datetime.combine(value.dt.date(), time())
            return self._in_zone(value, zone_name, self.context)
        return datetime.combine(value.dt, time())
