"""Time zones for the calendar: wall-clock times plus an IANA zone name, via zoneinfo.

An appointment stores naive wall-clock times and the name of its zone
("America/Chicago"); an empty name means this computer's zone. Everything the
window shows is converted to this computer's zone; a series repeats at the same
wall-clock time in its own zone, across daylight-saving changes, as RFC 5545 says.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones


def local_zone_name() -> str:
    """This computer's IANA zone name (Qt maps Windows' names), or "UTC" if unknown."""
    from PySide6.QtCore import QTimeZone

    return _known_or_utc(bytes(QTimeZone.systemTimeZoneId().data()))


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
    """The zone called ``name``; this computer's zone for an empty or unknown name."""
    if name and is_known_zone(name):
        return _zone(name)
    return _zone(local_zone_name())


def zone_names() -> list[str]:
    """Every IANA zone name, sorted (for the form's time zone list)."""
    return sorted(name for name in available_timezones() if "/" in name or name == "UTC")


def effective_zone_name(name: str) -> str:
    """``name``, or this computer's zone name when it is empty."""
    return name if name else local_zone_name()


def aware(wall: datetime, zone_name: str) -> datetime:
    """A wall-clock time in ``zone_name`` as an aware datetime."""
    return wall.replace(tzinfo=zone(zone_name))


def to_utc(wall: datetime, zone_name: str) -> datetime:
    """The instant of a wall-clock time in ``zone_name``, in UTC."""
    return aware(wall, zone_name).astimezone(UTC)


def to_local(wall: datetime, zone_name: str) -> datetime:
    """A wall-clock time in ``zone_name`` as this computer's (naive) wall-clock time."""
    if not zone_name:
        return wall
    local = local_zone_name()
    if zone_name == local:
        return wall
    return aware(wall, zone_name).astimezone(zone(local)).replace(tzinfo=None)


def from_local(local_wall: datetime, zone_name: str) -> datetime:
    """This computer's wall-clock time as wall-clock time in ``zone_name``."""
    if not zone_name:
        return local_wall
    local = local_zone_name()
    if zone_name == local:
        return local_wall
    return aware(local_wall, local).astimezone(zone(zone_name)).replace(tzinfo=None)


def wall_time(instant: datetime, zone_name: str) -> datetime:
    """An aware instant as naive wall-clock time in ``zone_name``."""
    return instant.astimezone(zone(zone_name)).replace(tzinfo=None)
