"""Reading an iCalendar event's repeats (RRULE, EXDATE) and alarms (VALARM)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from caregiver_app.services.calendar.ics_event_times import (
    EventTimes,
    IcsValue,
    UnreadableEventError,
)
from caregiver_app.store.calendar import recurrence
from caregiver_app.store.calendar.records import OccurrenceChange

if TYPE_CHECKING:
    from icalendar import Component  # imported where a file is read (startup time)


class EventRepeats(EventTimes):
    """An event's repeats: its rule, the dates taken out of it, and its alarms."""

    def _rule(self, event: Component, starts: datetime, zone_name: str, all_day: bool) -> str:
        if "RRULE" not in event:
            return ""
        rules: IcsValue = event["RRULE"]
        if isinstance(rules, list):
            rules = rules[0]
            self._note(
                QCoreApplication.translate("IcsImport", "only its first repeat rule was read")
            )
        try:
            parts = recurrence.parse_rule(rules.to_ical().decode("ascii", "replace"))
            if "UNTIL" in parts:
                parts["UNTIL"] = self._until(parts["UNTIL"], zone_name, all_day)
            rule = recurrence.format_rule(parts)
            recurrence.check_rule(rule)
        except (recurrence.RuleError, ValueError) as error:
            raise UnreadableEventError(
                QCoreApplication.translate(
                    "IcsImport", "its repeat rule cannot be used ({reason})"
                ).format(reason=error),
                self.summary,
            ) from None
        return rule

    def _exdates(self, event: Component, zone_name: str, all_day: bool) -> list[OccurrenceChange]:
        values = event.get("EXDATE")
        if values is None:
            return []
        cancelled = []
        for group in values if isinstance(values, list) else [values]:
            for item in group.dts:
                cancelled.append(
                    OccurrenceChange(self._occurrence_start(item, zone_name, all_day), True)
                )
        return cancelled

    @staticmethod
    def _reminders(event: Component) -> tuple[int, ...] | None:
        alarms = [c for c in event.subcomponents if c.name == "VALARM"]
        if not alarms:
            return None
        minutes = set()
        for alarm in alarms:
            trigger = alarm.get("TRIGGER")
            related = str(trigger.params.get("RELATED", "START")).upper() if trigger else ""
            if trigger is None or related != "START" or not isinstance(trigger.dt, timedelta):
                continue
            before = -trigger.dt.total_seconds() / 60
            if 0 <= before <= 4 * 7 * 24 * 60:
                minutes.add(int(before))
        return tuple(sorted(minutes, reverse=True))
