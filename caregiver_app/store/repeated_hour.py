"""Which pass of a repeated hour a kept time is in (schema step 11).

A time is kept as wall time in the home zone with, beside it, Python's ``datetime.fold``: 0
the first pass of the hour the clocks go back through (and every other time), 1 the
second. Python compares naive times by the clock alone, fold or not, so the order of the
moments is told here: the whole repeated hour's first pass comes before its second. The
clocks go back by at most an hour and not across an hour's start, so a time's clock hour,
then its pass, then the clock puts every moment in the order it happened, without a zone.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from caregiver_app.store.home_clock import home_aware


def with_fold(wall: datetime, fold: int | None) -> datetime:
    """``wall`` with the pass kept beside it (an empty or 0 fold: the first)."""
    return wall.replace(fold=1) if fold else wall


def moment_key(wall: datetime) -> tuple[datetime, int, datetime]:
    """A sort key that puts naive home times in the order the moments happened."""
    return (wall.replace(minute=0, second=0, microsecond=0), wall.fold, wall)


def real_elapsed(later: datetime, earlier: datetime) -> timedelta:
    """The time that really passed from ``earlier`` to ``later`` (naive home times, each
    ``fold`` saying which pass of a repeated hour it is in): an hour less than the clock says
    across the night the clocks go forward, an hour more across the hour they go back."""
    try:
        return home_aware(later) - home_aware(earlier)
    except (OverflowError, OSError, ValueError):  # a date the system clock cannot place
        return later - earlier


def clock_apart(later: datetime, earlier: datetime) -> timedelta:
    """How far ``later`` is from ``earlier`` by the clock, and by the time that really
    passed when the two are in different passes of a repeated hour (the second 1:15 is 30
    minutes after the first 1:45, not 30 minutes before it)."""
    if later.fold == earlier.fold:
        return later - earlier
    return real_elapsed(later, earlier)


def passes(wall: datetime) -> tuple[datetime, ...]:
    """The moments a naive home time names: both passes, first then second, for a time in
    the hour the clocks go back through, else the one (a date the system clock cannot
    place is taken as the one it reads)."""
    first, second = wall.replace(fold=0), wall.replace(fold=1)
    try:
        before, after = home_aware(first).utcoffset(), home_aware(second).utcoffset()
    except (OverflowError, OSError, ValueError):
        before = after = None
    # The clocks went back: the first pass is further ahead of UTC. In the hour they skip
    # going forward the two readings differ the other way (PEP 495), and it came not even once.
    repeated = before is not None and after is not None and before > after
    return (first, second) if repeated else (first,)


def kept_fold(wall: datetime) -> int:
    """The pass to keep beside ``wall``: 1 only for the second pass of a time the clocks go
    back through (Python lets any time carry ``fold=1``; outside a repeated hour it names
    the same moment as 0, and is kept as 0 so the order of moments holds)."""
    return 1 if wall.fold and len(passes(wall)) == 2 else 0
