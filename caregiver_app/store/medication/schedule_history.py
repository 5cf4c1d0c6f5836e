"""The schedules a medicine had before its schedule was changed, each with when it stopped.

Kept by ``save_schedule`` (store/medication/schedules.py); services choose the one in force
for each day (services/medication/schedule_versions.py).
"""

from __future__ import annotations

from datetime import datetime

from caregiver_app.store.medication.schedules import (
    AS_NEEDED_BEFORE,
    NOT_SET_UP_BEFORE,
    Schedule,
    schedule_of,
)
from caregiver_app.store.models import EarlierSchedule
from caregiver_app.store.plain_rows import named_rows_of

# (the moment it stopped being in force, the schedule), earliest first
EarlierSchedules = tuple[tuple[datetime, Schedule], ...]


def earlier_schedules() -> dict[int, EarlierSchedules]:
    """Every medicine's earlier schedules, by the medicine's id (one query); a medicine
    whose schedule never changed has none. Hours it was as needed or not set up yet have
    a schedule not set up: no dose was due by the clock then."""
    query = EarlierSchedule.select().order_by(
        EarlierSchedule.medicine, EarlierSchedule.in_force_until
    )
    found: dict[int, list[tuple[datetime, Schedule]]] = {}
    for row in named_rows_of(query):
        without = row.schedule_kind in (AS_NEEDED_BEFORE, NOT_SET_UP_BEFORE)
        schedule = Schedule() if without else schedule_of(row)
        found.setdefault(row.medicine, []).append((row.in_force_until, schedule))
    return {medicine_id: tuple(kept) for medicine_id, kept in found.items()}
