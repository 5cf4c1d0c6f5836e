"""Naive home times written in ISO 8601 with the UTC offset they had: the exports' one form.

Naive times are wall time in the record's home time zone (store/home_clock.py).
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta

from caregiver_app.store.home_clock import home_aware, home_wall
from caregiver_app.store.repeated_hour import real_elapsed


def local_iso(moment: datetime) -> str:
    """``moment`` (naive home time) in ISO 8601 with the offset home time had that day."""
    try:
        offset = home_aware(moment).tzinfo
    except (OverflowError, OSError, ValueError):  # a date the system clock cannot place
        return moment.isoformat(timespec="seconds")
    # The wall time as stored, even one that never happened because clocks went forward
    # (astimezone() would move it by an hour); the reader turns it back into the same time.
    return moment.replace(tzinfo=offset).isoformat(timespec="seconds")


def real_after(moment: datetime, span: timedelta) -> datetime:
    """The local wall time when ``span`` has really passed after ``moment`` (naive)."""
    try:
        return home_wall(home_aware(moment) + span)
    except (OverflowError, OSError, ValueError):
        return moment + span


# No zone's clocks have moved by more than this at once: two times further apart on the
# clock are in the same order in the time that really passed.
_CLOCK_MOVES_AT_MOST = timedelta(hours=3)


def has_come(moment: datetime, now: datetime) -> bool:
    """True when ``moment`` (naive local time, read as its first pass on the night the
    clocks go back) has come by ``now`` (naive, its ``fold`` saying which pass it is)."""
    gap = now - moment
    if abs(gap) > _CLOCK_MOVES_AT_MOST:
        return gap > timedelta(0)  # no conversion for the years of an export
    return real_elapsed(now, moment) >= timedelta(0)


def follow_time_zone() -> None:
    """Read this computer's time zone again: the next ``datetime.now()`` is in the zone set
    now, which may have changed while the app was open (a laptop set to the time where the
    family is, or the zone of the country it was bought in corrected).

    Python keeps the zone it read first until told to read it again, while Qt reads it at
    every conversion: without this, a zone changed mid-run left the reminders and Today on
    the old zone's clock until something in Qt happened to read it. Windows' Python has no
    ``tzset`` and reads the zone at start only.
    """
    tzset = getattr(time, "tzset", None)
    if tzset is not None:
        tzset()
