"""Time zones for the calendar: wall-clock times plus an IANA zone name, via zoneinfo.

An appointment stores naive wall-clock times and the name of its zone
("America/Chicago"); an empty name means the record's home zone. Everything the
window shows is converted to the home zone (:func:`home_zone_name`: the family's home time
zone, or this computer's while none is set); a series repeats at the same wall-clock time
in its own zone, across daylight-saving changes, as RFC 5545 says.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones


def local_zone_name() -> str:
    """This computer's IANA zone name (Qt maps Windows' names), or "UTC" if unknown."""
    from PySide6.QtCore import QTimeZone

    return _known_or_utc(bytes(QTimeZone.systemTimeZoneId().data()))


# The open record's home time zone as its profile holds it ("" = not set), kept here so
# every conversion reads it without a query; store/home_clock.py reads it from the record.
_home = {"zone": ""}


def set_home_zone(name: str) -> None:
    """Remember the open record's home time zone (an unknown name counts as none)."""
    _home["zone"] = name if is_known_zone(name) else ""


def chosen_home_zone() -> str:
    """The home time zone the record holds, or "" while none is set."""
    return _home["zone"]


def home_zone_name() -> str:
    """The zone every naive time in the record is wall time in: the family's home time
    zone, or this computer's while none is set."""
    return _held.get() or _home["zone"] or local_zone_name()


# The home zone held for one reading (see :func:`one_home_zone`); "" outside one. A
# context variable, so a reading in another thread asks for its own.
_held: ContextVar[str] = ContextVar("held_home_zone", default="")


@contextmanager
def one_home_zone() -> Iterator[str]:
    """Hold the home zone for one reading of the calendar: asked once, at the start.

    Every visit converted gives the same zone again; asking this computer each time (a
    call into Qt) cost more than the conversion. Nothing is kept after the reading, so
    the next one sees a zone changed meanwhile. Nothing in a reading sets the zone.
    """
    token = _held.set(home_zone_name())
    try:
        yield _held.get()
    finally:
        _held.reset(token)


@lru_cache(maxsize=8)
def _known_or_utc(raw: bytes) -> str:
    name = raw.decode("ascii", "replace")
    return name if is_known_zone(name) else "UTC"


@lru_cache(maxsize=256)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def is_known_zone(name: str) -> bool:
    """True when zoneinfo knows ``name`` (an IANA name such as "Europe/Berlin")."""
    if not name or name != name.strip() or len(name) > 64 or ".." in name:
        return False
    try:
        _zone(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def zone(name: str) -> tzinfo:
    """The zone called ``name``; the home zone for an empty or unknown name."""
    if name and is_known_zone(name):
        return _zone(name)
    return _zone(home_zone_name())


def zone_names() -> list[str]:
    """Every IANA zone name, sorted (for the form's time zone list)."""
    return sorted(name for name in available_timezones() if "/" in name or name == "UTC")


def effective_zone_name(name: str) -> str:
    """``name``, or the home zone's name when it is empty."""
    return name if name else home_zone_name()


def aware(wall: datetime, zone_name: str) -> datetime:
    """A wall-clock time in ``zone_name`` as an aware datetime."""
    return wall.replace(tzinfo=zone(zone_name))


def to_utc(wall: datetime, zone_name: str) -> datetime:
    """The instant of a wall-clock time in ``zone_name``, in UTC."""
    return aware(wall, zone_name).astimezone(UTC)


def to_local(wall: datetime, zone_name: str) -> datetime:
    """A wall-clock time in ``zone_name`` as the home zone's (naive) wall-clock time."""
    if not zone_name:
        return wall
    local = home_zone_name()
    if zone_name == local:
        return wall
    return aware(wall, zone_name).astimezone(zone(local)).replace(tzinfo=None)


def from_local(local_wall: datetime, zone_name: str) -> datetime:
    """The home zone's wall-clock time as wall-clock time in ``zone_name``."""
    if not zone_name:
        return local_wall
    local = home_zone_name()
    if zone_name == local:
        return local_wall
    return aware(local_wall, local).astimezone(zone(zone_name)).replace(tzinfo=None)


def existing_time(wall: datetime, zone_name: str) -> datetime:
    """``wall``, or, when the clocks in ``zone_name`` skip it (the night they go forward),
    the time it is moved forward to by the length of the gap (2:30 becomes 3:30).

    RFC 5545 3.3.5 reads a DATE-TIME in the gap with the offset from before the gap, which
    is this; Google, Outlook and Apple show such an event so. A time that happens twice
    (the night the clocks go back) is the first of the two, as Python's ``fold=0`` is.
    """
    its_zone = zone(zone_name)
    try:
        instant = wall.replace(tzinfo=its_zone, fold=0).astimezone(UTC)
        return instant.astimezone(its_zone).replace(tzinfo=None)
    except (OverflowError, ValueError):  # year 1 or 9999 near the edge: no change there
        return wall


def existing_span(
    starts: datetime, ends: datetime | None, zone_name: str
) -> tuple[datetime, datetime | None]:
    """A visit's start and end as :func:`existing_time` gives them, the length kept: a
    start in the gap moves its end by as much; an end alone in the gap moves forward."""
    moved = existing_time(starts, zone_name)
    if ends is None:
        return moved, None
    return moved, existing_time(ends + (moved - starts), zone_name)


def wall_time(instant: datetime, zone_name: str) -> datetime:
    """An aware instant as naive wall-clock time in ``zone_name``."""
    return instant.astimezone(zone(zone_name)).replace(tzinfo=None)


def kept_wall_time(instant: datetime, zone_name: str) -> tuple[datetime, str]:
    """An aware instant as (wall-clock time, zone name) that stays at that instant.

    In ``zone_name``, except the second of a time that happens twice (the night the clocks
    go back): a wall-clock time alone means the first, an hour early, so that one is kept
    in UTC.
    """
    wall = wall_time(instant, zone_name)
    if wall.fold:
        return instant.astimezone(UTC).replace(tzinfo=None), "UTC"
    return wall, zone_name
