"""The demo family's medicines by the clock: schedules, a month of answers, the supply.

Most doses are given on time; a few are late, skipped, refused or never logged, as in a
real month. Runs inside the demo's transaction, after its medicines are saved.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from caregiver_app.services.medication.due import dose_slots
from caregiver_app.store.medication.administrations import (
    PATIENT,
    AdministrationRecord,
    answer_dose,
)
from caregiver_app.store.medication.schedules import (
    AsNeededRules,
    Schedule,
    save_rules,
    save_schedule,
    save_usual_time,
)
from caregiver_app.store.medication.supply import SupplyRecord, record_supply

USUAL_TIMES = {
    "breakfast": time(8, 0),
    "lunch": time(12, 30),
    "dinner": time(18, 0),
    "bedtime": time(22, 0),
}
SCHEDULES = {
    "Morphine extended-release tablets": Schedule(kind="times", dose_times=("08:00", "20:00")),
    "Senna": Schedule(kind="times", dose_times=("bedtime",)),
    "Dexamethasone": Schedule(kind="times", dose_times=("breakfast",)),
}
RULES = {
    "Morphine oral solution": AsNeededRules(
        reasons="Breakthrough pain\nBreathlessness", min_interval_minutes=120, max_per_day=6
    ),
}
# (medicine, doses counted, days ago)
SUPPLY = (("Morphine extended-release tablets", 40, 10), ("Senna", 14, 9))
LOG_DAYS = 30
# Doses due this recently are left for the family to answer on the Today page.
LEFT_OPEN = timedelta(hours=3)
_SKIP_REASONS = ("asleep", "vomited", "not_needed")


def add_demo_medication(
    medicine_ids: dict[str, int], caregivers: list[str], today: date, now: datetime
) -> None:
    """Give the demo's medicines their schedules, a month of answers and a counted supply."""
    rng = random.Random(20261206)
    for anchor, at in USUAL_TIMES.items():
        save_usual_time(anchor, at)
    for name, schedule in SCHEDULES.items():
        save_schedule(medicine_ids[name], schedule)
    for name, rules in RULES.items():
        save_rules(medicine_ids[name], rules)
    people = [*caregivers, PATIENT]
    for slot in dose_slots(today - timedelta(days=LOG_DAYS), today):
        if slot.scheduled_for > now - LEFT_OPEN or slot.medicine.id is None:
            continue
        roll = rng.random()
        if roll < 0.03:
            continue  # nobody answered: "not logged"
        status, reason, given, performer = "given", "", None, ""
        if roll < 0.07:
            status, reason = "skipped", rng.choice(_SKIP_REASONS)
        elif roll < 0.09:
            status, reason = "refused", "refused"
        elif roll < 0.15:
            status = "given_late"
            given = slot.scheduled_for + timedelta(minutes=rng.randint(70, 150))
        else:
            given = slot.scheduled_for + timedelta(minutes=rng.randint(-15, 25))
        if given is not None:
            given = min(given, now)
            performer = rng.choice(people)
        record = AdministrationRecord(
            medicine_id=slot.medicine.id,
            scheduled_for=slot.scheduled_for,
            status=status,
            status_reason=reason,
            effective_at=given,
            performer=performer,
        )
        answer_dose(record, now)
    for name, amount, days_ago in SUPPLY:
        counted = datetime.combine(today - timedelta(days=days_ago), time(9, 0))
        record_supply(SupplyRecord(medicine_ids[name], counted, "count", amount))
