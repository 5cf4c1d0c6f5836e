"""The family's usual times a change replaced, each with the moment it stopped.

Kept by ``save_usual_time`` (store/medication/schedules.py); services read each dose's
"with breakfast" at the usual time in force then (services/medication/usual_versions.py).
"""

from __future__ import annotations

from datetime import datetime, time

from caregiver_app.store.medication.schedules import parse_clock
from caregiver_app.store.models import EarlierUsualTime
from caregiver_app.store.plain_rows import tuples_of

# By anchor: (the moment it stopped being in force, the time then), earliest first
EarlierUsualTimes = dict[str, tuple[tuple[datetime, time | None], ...]]


def earlier_usual_times() -> EarlierUsualTimes:
    """Every usual time a change replaced, by anchor (one query); none when never changed."""
    query = EarlierUsualTime.select(
        EarlierUsualTime.anchor, EarlierUsualTime.in_force_until, EarlierUsualTime.clock_time
    ).order_by(EarlierUsualTime.anchor, EarlierUsualTime.in_force_until)
    found: dict[str, list[tuple[datetime, time | None]]] = {}
    for anchor, until, text in tuples_of(query):
        found.setdefault(anchor, []).append((until, parse_clock(text)))
    return {anchor: tuple(kept) for anchor, kept in found.items()}
