"""Naive local times written in ISO 8601 with the UTC offset they had: the exports' one form."""

from __future__ import annotations

from datetime import datetime


def local_iso(moment: datetime) -> str:
    """``moment`` (naive local time) in ISO 8601 with the offset local time had that day."""
    try:
        offset = moment.astimezone().tzinfo
    except (OverflowError, OSError, ValueError):  # a date the system clock cannot place
        return moment.isoformat(timespec="seconds")
    # The wall time as stored, even one that never happened because clocks went forward
    # (astimezone() would move it by an hour); the reader turns it back into the same time.
    return moment.replace(tzinfo=offset).isoformat(timespec="seconds")
