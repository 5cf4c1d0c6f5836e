"""The visits an .ics file holds in a period, as icalendar and recurring-ical-events expand them.

Used to compare a file someone else wrote with the app's export of what it imported:
each series is keyed by its UID, each visit by when it starts (an instant in UTC, or a
day for all-day events), so a series moved to another zone name still compares alike.
"""

from __future__ import annotations

import importlib.util
import re
import warnings
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
import recurring_ical_events
import x_wr_timezone

from caregiver_app.store.calendar import time_zones

SKIPPED_LINE = re.compile(r"^skipped event (\d+) \(.*\): .+$")
NOTE_LINE = re.compile(r"^Event (\d+) \(")

Visit = tuple[str, str, object]  # (series key, "day" or "at", date or UTC datetime)


def package_test_files(package: str) -> list[Path]:
    """The .ics files in the test folders an installed package ships (none if not installed)."""
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        return []
    root = Path(spec.origin).parent
    return sorted(
        path
        for path in root.rglob("*.ics")
        if any(part in ("test", "tests") for part in path.relative_to(root).parts[:-1])
    )


def _start(value: date | datetime) -> tuple[str, object]:
    if isinstance(value, datetime):
        if value.tzinfo is None:  # floating: this computer's time, as the app reads it
            value = time_zones.aware(value, time_zones.local_zone_name())
        return "at", value.astimezone(UTC)
    return "day", value


def source_events(data: bytes, leave_out: set[int]) -> tuple[icalendar.Calendar, dict[int, str]]:
    """The file's events as one calendar, without the events at ``leave_out`` positions.

    Also returns each event's UID by its 1-based position, as the app counts them.
    Raises whatever icalendar raises for a file it cannot read.
    """
    combined = icalendar.Calendar()
    uids: dict[int, str] = {}
    position = 0
    for component in icalendar.Component.from_ical(data, multiple=True):
        if component.name == "VCALENDAR":
            inner = x_wr_timezone.to_standard(component).subcomponents
        else:
            inner = [component]
        for item in inner:
            if item.name == "VEVENT":
                position += 1
                uids[position] = str(item.get("UID", "") or "").strip()
                if position in leave_out:
                    continue
            combined.add_component(item)
    return combined, uids


def first_day(calendar: icalendar.Calendar) -> date | None:
    """The day the calendar's first event starts."""
    days = [
        value.date() if isinstance(value, datetime) else value
        for event in calendar.walk("VEVENT")
        if isinstance(value := getattr(event.get("DTSTART"), "dt", None), date)
    ]
    return min(days, default=None)


def visits(calendar: icalendar.Calendar, first: date, days: int) -> Counter[Visit]:
    """Every visit starting in ``days`` days from ``first``, cancelled ones left out."""
    low = datetime.combine(first, datetime.min.time(), UTC)
    high = low + timedelta(days=days)
    found: Counter[Visit] = Counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        occurrences = recurring_ical_events.of(calendar).between(
            first - timedelta(days=2), first + timedelta(days=days + 2)
        )
    for event in occurrences:
        if str(event.get("STATUS", "")).upper() == "CANCELLED":
            continue
        kind, when = _start(event["DTSTART"].dt)
        inside = (
            low <= when < high  # type: ignore[operator]
            if kind == "at"
            else low.date() <= when < high.date()  # type: ignore[operator]
        )
        if inside:
            found[(str(event.get("UID", "") or "").strip(), kind, when)] += 1
    return found


def exported_key(uid: str, source_uids: set[str]) -> str:
    """The source series an exported UID stands for.

    A changed date whose series was not in the file is kept as ``UID#date``; an event
    without a UID gets one made from its text (``...@imported``).
    """
    if uid in source_uids:
        return uid
    base = uid.rsplit("#", 1)[0]
    if "#" in uid and base in source_uids:
        return base
    return "" if uid.endswith("@imported") else uid


def by_series(found: Counter[Visit], key=lambda uid: uid) -> dict[str, Counter]:
    """The visits grouped by series key."""
    series: dict[str, Counter] = {}
    for (uid, kind, when), count in found.items():
        series.setdefault(key(uid), Counter())[(kind, when)] += count
    return series
