"""One clock for the whole app: the record's home time zone.

Every naive time the record keeps (a diary entry, a dose, "8:00 and 20:00") is wall time in
the family's home time zone, the profile's ``home_time_zone``, so a sibling's laptop in
another zone reads and writes the same clock as the computer at the patient's home. While
no home zone is set (a record from before it existed) each computer keeps its own zone, as
before. When the home zone is not set or is this computer's, every function here gives
exactly what Python's own call gives (``datetime.now()``, ``date.today()``,
``moment.astimezone()``).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timezone

from caregiver_app.store.calendar import time_zones
from caregiver_app.store.models import Profile
from caregiver_app.store.transactions import transaction


def load_home_zone() -> str:
    """Read the open record's home time zone into the clock ("" while none is set)."""
    row = Profile.select(Profile.home_time_zone).order_by(Profile.id).first()
    time_zones.set_home_zone(row.home_time_zone if row is not None else "")
    return time_zones.chosen_home_zone()


def set_home_zone_if_unset(name: str) -> None:
    """Make ``name`` the record's home time zone unless one is set already (a new record,
    a record that starts being shared); the profile row is made if there is none."""
    if not time_zones.is_known_zone(name):
        return
    with transaction():
        row = Profile.select().order_by(Profile.id).first()
        if row is None:
            Profile.create(home_time_zone=name)
        elif not row.home_time_zone:
            Profile.update(home_time_zone=name).where(Profile.id == row.id).execute()
    load_home_zone()


def forget_home_zone() -> None:
    """No record is open: each computer's own zone again."""
    time_zones.set_home_zone("")


def other_home_zone() -> str:
    """The home time zone when it is set and is not this computer's zone, else ""."""
    home = time_zones.chosen_home_zone()
    return home if home and home != time_zones.local_zone_name() else ""


def home_now() -> datetime:
    """Now, as naive wall time in the home zone (``datetime.now()`` on this computer's), its
    ``fold`` 1 in the second pass of the hour the clocks go back through (both calls set it)."""
    home = other_home_zone()
    if not home:
        return datetime.now()
    return datetime.now(UTC).astimezone(time_zones.zone(home)).replace(tzinfo=None)


def home_today() -> date:
    """Today's date in the home zone."""
    if not other_home_zone():
        return date.today()
    return home_now().date()


def home_wall(instant: datetime) -> datetime:
    """An aware moment (a phone's UTC time, "+02:00" in a file) as naive home wall time,
    its ``fold`` 1 in the second pass of the hour the clocks go back through."""
    home = other_home_zone()
    if not home:
        wall = instant.astimezone().replace(tzinfo=None)
        # astimezone() to this computer's zone leaves ``fold`` 0: the second 1:15 of the
        # night the clocks go back would read as the first, an hour earlier.
        second = wall.replace(fold=1)
        if wall.astimezone() != instant and second.astimezone() == instant:
            return second
        return wall
    return instant.astimezone(time_zones.zone(home)).replace(tzinfo=None)


def home_aware(wall: datetime) -> datetime:
    """A naive home wall time as an aware moment with the offset the home zone had then
    (its ``fold`` says which of a repeated hour); may raise as ``astimezone()`` does."""
    home = other_home_zone()
    if not home:
        return wall.astimezone()
    offset = time_zones.zone(home).utcoffset(wall)
    if offset is None:  # pragma: no cover - every IANA zone gives an offset
        return wall.astimezone()
    return wall.replace(tzinfo=timezone(offset))
