"""When a diary entry's or a dose's time is refused as in the future, and the time kept.

Times are this computer's clock times, with no zone. A time a little ahead of the clock is
taken (a phone's time copied by hand); further ahead it is refused, except the time of a
saved entry or dose left as it was: saved before the clock went back (the night the clocks
go back, or the computer's time zone set further west), it was not in the future then.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from peewee import Field

from caregiver_app.store.repeated_hour import clock_apart

# An entry may be stamped a little ahead of this computer's clock (a phone's time
# copied by hand), but never truly in the future.
FUTURE_TOLERANCE = timedelta(minutes=5)


def ahead_of_clock(moment: datetime, now: datetime) -> bool:
    """True when ``moment`` is further ahead of the clock's ``now`` than the tolerance (the
    pass of a repeated hour each is in counts: the first 1:50 is before the second 1:10)."""
    return clock_apart(moment, now) > FUTURE_TOLERANCE


def refused_as_future(moment: datetime, now: datetime, column: Field, row_id: int | None) -> bool:
    """True when ``moment``, the time for ``column`` of row ``row_id`` (None: a new row), is
    in the future: ahead of the clock, and not that row's time as it was saved."""
    if not ahead_of_clock(moment, now):
        return False
    if row_id is None:
        return True
    model = column.model
    saved = model.get_or_none(model.id == row_id)
    return saved is None or getattr(saved, column.name) != moment.replace(microsecond=0)
