"""What an event may hold only once, and of which type, checked before it is read.

Files seen in the wild repeat a property RFC 5545 allows once (two different DTSTART
lines), or give it a value of another type (a DTEND that is a length of time, an
EXDATE that is a period). Such an event is skipped with its reason; the others are read.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from caregiver_app.services.calendar.ics_event_times import UnreadableEventError

if TYPE_CHECKING:
    from icalendar import Component  # imported where a file is read (startup time)

# The properties that decide when an event is and which one it is: at most one each.
ONCE = ("DTSTART", "DTEND", "DURATION", "RECURRENCE-ID", "UID", "STATUS", "SEQUENCE")
_DATES = ("DTSTART", "DTEND", "RECURRENCE-ID")


def _same(values: list[object]) -> bool:
    """True when every repeated value is written alike (value and parameters)."""
    seen = set()
    for value in values:
        to_ical = getattr(value, "to_ical", None)
        written = to_ical() if to_ical is not None else str(value)
        params = getattr(value, "params", {})
        seen.add((written, tuple(sorted((str(k), str(v)) for k, v in params.items()))))
    return len(seen) <= 1


def check_event(event: Component, summary: str) -> None:
    """Keep one of each repeated-alike property; raise UnreadableEventError for the rest."""
    for name in ONCE:
        value = event.get(name)
        if not isinstance(value, list):
            continue
        if value and _same(value):
            event[name] = value[0]
            continue
        raise UnreadableEventError(
            QCoreApplication.translate(
                "IcsImport", "it has {count} different {property} values; an event has one"
            ).format(count=len(value), property=name),
            summary,
        )
    for name in _DATES:
        if name in event and not isinstance(getattr(event[name], "dt", None), date):
            raise UnreadableEventError(
                QCoreApplication.translate(
                    "IcsImport", "its {property} is not a date or a date and time"
                ).format(property=name),
                summary,
            )
    if "DURATION" in event and not isinstance(getattr(event["DURATION"], "dt", None), timedelta):
        raise UnreadableEventError(
            QCoreApplication.translate(
                "IcsImport", "its {property} is not a length of time"
            ).format(property="DURATION"),
            summary,
        )
    exdates = event.get("EXDATE")
    for group in exdates if isinstance(exdates, list) else [exdates] if exdates else []:
        for item in getattr(group, "dts", ()):
            if not isinstance(getattr(item, "dt", None), date):
                raise UnreadableEventError(
                    QCoreApplication.translate(
                        "IcsImport", "its {property} is not a date or a date and time"
                    ).format(property="EXDATE"),
                    summary,
                )
