"""Every medicine's schedule, as-needed limits and refill warning, read in one query."""

from __future__ import annotations

from typing import NamedTuple

from caregiver_app.store.medication.schedules import AsNeededRules, Schedule, rules_of, schedule_of
from caregiver_app.store.models import Medicine, SupplyEvent
from caregiver_app.store.plain_rows import named_rows_of, tuples_of


class MedicinePlan(NamedTuple):
    """What the family entered for one medicine besides its list entry."""

    schedule: Schedule
    rules: AsNeededRules
    refill_warning_days: int | None  # None: the app's default


def medicine_plans() -> dict[int, MedicinePlan]:
    """Each medicine's plan, by id (one query, for pages that show them all at once)."""
    query = Medicine.select(
        Medicine.id,
        Medicine.schedule_kind,
        Medicine.dose_times,
        Medicine.every_hours,
        Medicine.first_time,
        Medicine.weekdays,
        Medicine.prn_reasons,
        Medicine.prn_min_interval_minutes,
        Medicine.prn_max_per_day,
        Medicine.refill_warning_days,
    )
    return {
        row.id: MedicinePlan(schedule_of(row), rules_of(row), row.refill_warning_days)
        for row in named_rows_of(query)
    }


def counted_medicines() -> set[int]:
    """The medicines whose doses on hand the family counted at least once (one query)."""
    query = SupplyEvent.select(SupplyEvent.medicine).where(SupplyEvent.kind == "count").distinct()
    return {medicine_id for (medicine_id,) in tuples_of(query)}
