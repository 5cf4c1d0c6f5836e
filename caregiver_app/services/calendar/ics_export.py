"""Writing appointments as an iCalendar (.ics) file that Google, Outlook and Apple import.

RFC 5545: PRODID and VERSION; each event with UID, DTSTAMP and SEQUENCE; times
with a TZID and the matching VTIMEZONE (never floating); all-day events as DATE
values with an exclusive DTEND; a series as RRULE (UNTIL in UTC) with EXDATE for
cancelled dates and one VEVENT with RECURRENCE-ID per changed date; a VALARM per
reminder. ``icalendar`` folds lines at 75 octets and ends them with CRLF. What
only Care Companion knows (kind, transport, what to bring) travels in X- properties
so importing the file back loses nothing, and in the description for people.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from caregiver_app import __version__
from caregiver_app.services.calendar.ics_event import HOME_ZONE
from caregiver_app.store.calendar import recurrence, time_zones
from caregiver_app.store.calendar.appointments import list_appointments
from caregiver_app.store.calendar.occurrences import occurrences_between
from caregiver_app.store.calendar.records import AppointmentRecord, OccurrenceChange
from caregiver_app.store.contacts import list_contacts
from caregiver_app.store.day_range import FIRST_DAY, LAST_DAY

PRODID = f"-//Care Companion//Care Companion {__version__}//EN"
OURS = "X-CARE-COMPANION-"


if TYPE_CHECKING:
    from icalendar import Component  # imported where a file is read (startup time)


def appointments_for_export(
    start: date | None = None, end: date | None = None
) -> list[AppointmentRecord]:
    """Every appointment and series, or those with a visit from ``start`` to ``end`` (inclusive)."""
    records = list_appointments()
    if start is None and end is None:
        return records
    # Clamped to the days a record holds: nothing lies outside, and year 1 cannot be converted.
    low = datetime.combine(max(start or FIRST_DAY, FIRST_DAY), time())
    high = datetime.combine(min(end or LAST_DAY, LAST_DAY), time()) + timedelta(days=1)
    wanted = {o.appointment_id for o in occurrences_between(low, high, overlapping=True)}
    return [record for record in records if record.id in wanted]


def _until_utc(rule: str, zone_name: str, all_day: bool) -> str:
    """The rule with UNTIL as RFC 5545 wants it: UTC for timed series, a date for all-day ones."""
    parts = recurrence.parse_rule(rule)
    until, _count = recurrence.rule_end(rule)
    if until is not None:  # the rule has an UNTIL
        if all_day:
            parts["UNTIL"] = until.strftime("%Y%m%d")
        else:
            try:
                instant = time_zones.to_utc(until, zone_name)
            except OverflowError:  # 12/31/9999 west of UTC is in year 10000: the last instant
                instant = datetime.max.replace(microsecond=0)
            parts["UNTIL"] = instant.strftime("%Y%m%dT%H%M%SZ")
    return recurrence.format_rule(parts)


def _description(values: AppointmentRecord | OccurrenceChange, people: list[str]) -> str:
    lines = []
    if values.notes:
        lines.append(values.notes)
    if values.video_link:
        lines.append(
            QCoreApplication.translate("IcsExport", "Video visit: {link}").format(
                link=values.video_link
            )
        )
    if people:
        lines.append(
            QCoreApplication.translate("IcsExport", "With: {names}").format(names=", ".join(people))
        )
    if values.driver or values.pickup_time:
        transport = QCoreApplication.translate("IcsExport", "Driver: {name}").format(
            name=values.driver or "-"
        )
        if values.pickup_time:
            transport += " " + QCoreApplication.translate(
                "IcsExport", "(pick-up at {time})"
            ).format(time=values.pickup_time.strftime("%H:%M"))
        lines.append(transport)
    if values.bring:
        lines.append(
            QCoreApplication.translate("IcsExport", "Bring or prepare: {what}").format(
                what=values.bring
            )
        )
    if values.decisions:
        lines.append(
            QCoreApplication.translate("IcsExport", "Decided at the visit: {what}").format(
                what=values.decisions
            )
        )
    return "\n".join(lines)


class _Writer:
    def __init__(self, now: datetime, names: dict[int | None, str]) -> None:
        self.stamp = now.astimezone(UTC)
        self.names = names

    def _when(self, wall: datetime, record: AppointmentRecord) -> date | datetime:
        if record.all_day:
            return wall.date()
        return time_zones.aware(wall, time_zones.effective_zone_name(record.timezone))

    def _fill(
        self,
        event: Component,
        record: AppointmentRecord,
        values: AppointmentRecord | OccurrenceChange,
    ) -> None:
        from icalendar import Alarm, vText

        event.add("uid", record.uid)
        event.add("dtstamp", self.stamp)
        event.add("sequence", record.sequence)
        title = values.title or record.title
        if title:  # an event that came without a title goes out without one, as it came in
            event.add("summary", title)
        event.add("class", "PRIVATE")  # health information, even in a shared calendar
        if values.location or values.video_link:
            event.add("location", values.location or values.video_link)
        if values.video_link:
            event.add("url", values.video_link)
        people = [self.names[i] for i in record.participant_ids if i in self.names]
        description = _description(values, people)
        if description:
            event.add("description", description)
        # Our X- properties are TEXT (RFC 5545 3.8.8.2): written as vText, so line breaks,
        # commas, semicolons and backslashes are escaped whatever icalendar does with X-.
        event.add(OURS + "KIND", vText(record.kind))
        if not record.all_day and not record.timezone:
            # Its times are written in the home zone, as every calendar needs a zone; this
            # says they follow it, so a later change of the home zone still moves them.
            event.add(OURS + "TIMEZONE", vText(HOME_ZONE))
        for name in ("notes", "driver", "bring", "decisions"):
            if getattr(values, name):
                event.add(OURS + name.upper(), vText(getattr(values, name)))
        if values.video_link:
            event.add(OURS + "VIDEO", vText(values.video_link))
        if values.pickup_time:
            event.add(OURS + "PICKUP", vText(values.pickup_time.strftime("%H:%M")))
        event.add(OURS + "REMINDERS", vText(",".join(str(m) for m in record.reminders)))
        for minutes in record.reminders:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", title)
            alarm.add("trigger", timedelta(minutes=-minutes))
            event.add_component(alarm)

    def _times(
        self, event: Component, record: AppointmentRecord, starts: datetime, ends: datetime | None
    ) -> None:
        event.add("dtstart", self._when(starts, record))
        if record.all_day and (days := record.duration) is not None:  # always known all day
            event.add("dtend", starts.date() + days)  # exclusive, RFC 5545 3.6.1
        elif ends is not None:
            event.add("dtend", self._when(ends, record))

    def events(self, record: AppointmentRecord) -> list[Component]:
        """The VEVENT of an appointment, and one per changed date of a series."""
        from icalendar import Event

        master = Event()
        self._fill(master, record, record)
        self._times(master, record, record.starts_at, record.ends_at)
        if record.rrule:
            from icalendar import vRecur

            zone_name = time_zones.effective_zone_name(record.timezone)
            rule = _until_utc(record.rrule, zone_name, record.all_day)
            master.add("rrule", vRecur.from_ical(rule))
            cancelled = [c.original_start for c in record.changes if c.cancelled]
            if cancelled:
                master.add("exdate", [self._when(start, record) for start in cancelled])
        found: list[Component] = [master]
        for change in record.changes:
            if not change.cancelled:
                found.append(self._override(record, change))
        return found

    def _override(self, record: AppointmentRecord, change: OccurrenceChange) -> Component:
        from icalendar import Event

        event = Event()
        self._fill(event, record, change)
        event.add("recurrence-id", self._when(change.original_start, record))
        starts = change.starts_at or change.original_start
        ends = change.ends_at
        if ends is None and change.starts_at is None and record.ends_at is not None:
            ends = starts + (record.ends_at - record.starts_at)
        self._times(event, record, starts, ends)
        return event


def calendar_bytes(records: Iterable[AppointmentRecord], now: datetime | None = None) -> bytes:
    """The .ics file's bytes for ``records``."""
    from icalendar import Calendar, vText

    records = list(records)
    names = {contact.id: contact.name for contact in list_contacts()}
    writer = _Writer(now or datetime.now(UTC), names)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add(
        "x-wr-calname",
        vText(QCoreApplication.translate("IcsExport", "Care Companion appointments")),
    )
    for record in records:
        for event in writer.events(record):
            calendar.add_component(event)
    if records:
        # From a year before the first start to 30 years after the last (a series may run
        # on): a birthday series from 1950 must not leave this year's visits without rules.
        starts = [record.starts_at for record in records]
        first, last = min(starts).date(), max(starts).date()
        calendar.add_missing_timezones(
            first_date=first - timedelta(days=366), last_date=date(last.year + 30, 1, 1)
        )
        # Time zones before the events that use them, as icalendar 7 puts them and strict
        # readers expect (icalendar 6.1 appends them at the end).
        calendar.subcomponents.sort(key=lambda component: component.name != "VTIMEZONE")
    return calendar.to_ical()
