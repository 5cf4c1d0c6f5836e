"""Five years of a six-medicine schedule on the heavy record: about 60,000 answered doses.

Added to the open record (a copy of the heavy record) by the Today rows before they
are timed: six medicines with schedules, 33 doses a day between them, each dose of the
five years up to three hours ago answered (most given on time, some late, skipped or
refused, a few never logged), and a counted supply. From a fixed seed.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

YEARS = 5
SEED = 20261217
# Six regular medicines, 33 doses a day: two every 3 hours, two every 4, one with meals
# and at bedtime, one at breakfast.
SCHEDULES = (
    ("Benchmark paracetamol", "interval", (), 3, time(0, 30)),
    ("Benchmark morphine IR", "interval", (), 3, time(1, 0)),
    ("Benchmark ondansetron", "interval", (), 4, time(2, 0)),
    ("Benchmark gabapentin", "interval", (), 4, time(3, 0)),
    ("Benchmark metoclopramide", "times", ("breakfast", "lunch", "dinner", "bedtime"), None, None),
    ("Benchmark dexamethasone", "times", ("breakfast",), None, None),
)
USUAL = {"breakfast": time(8), "lunch": time(12, 30), "dinner": time(18), "bedtime": time(22)}
LEFT_OPEN = timedelta(hours=3)
PEOPLE = ("Benchmark Family", "Second Caregiver", "patient", "nurse")


def add_medication(now: datetime | None = None, years: float = YEARS) -> int:
    """Add the schedules and their answers to the open record; the number of answers."""
    from benchmarks.heavy_record import _insert
    from caregiver_app.services.medication.due import ScheduledMedicine, dose_slots
    from caregiver_app.store.database import database_proxy
    from caregiver_app.store.diary.medicines import MedicineRecord, get_medicine, save_medicine
    from caregiver_app.store.medication.schedules import (
        Schedule,
        get_schedule,
        save_schedule,
        save_usual_time,
    )
    from caregiver_app.store.medication.supply import SupplyRecord, record_supply
    from caregiver_app.store.models import Administration

    now = (now or datetime.now()).replace(second=0, microsecond=0)
    first = now.date() - timedelta(days=round(365 * years))
    rng = random.Random(SEED)
    for anchor, at in USUAL.items():
        save_usual_time(anchor, at)
    medicines = []
    for name, kind, times, every, first_time in SCHEDULES:
        record = MedicineRecord(name=name, strength="1 tablet", started_on=first)
        medicine_id = save_medicine(record)
        save_schedule(
            medicine_id,
            Schedule(kind, dose_times=times, every_hours=every, first_time=first_time),
        )
        saved = get_medicine(medicine_id)
        assert saved is not None
        medicines.append(ScheduledMedicine(saved, get_schedule(medicine_id)))
    rows = []
    for slot in dose_slots(first, now.date(), medicines, USUAL):
        if slot.scheduled_for > now - LEFT_OPEN:
            continue
        roll = rng.random()
        if roll < 0.02:
            continue  # not logged
        row = {
            "medicine": slot.medicine.id,
            "scheduled_for": slot.scheduled_for,
            "status": "given",
            "status_reason": "",
            "effective_at": None,
            "performer": "",
            "dosage": "",
            "note": "",
            "recorded_at": slot.scheduled_for + timedelta(minutes=20),
        }
        if roll < 0.06:
            row["status"] = "skipped"
            row["status_reason"] = rng.choice(("asleep", "vomited", "not_needed"))
        elif roll < 0.07:
            row["status"] = "refused"
            row["status_reason"] = "refused"
        else:
            late = roll < 0.12
            minutes = rng.randint(70, 150) if late else rng.randint(-10, 30)
            row["status"] = "given_late" if late else "given"
            row["effective_at"] = min(slot.scheduled_for + timedelta(minutes=minutes), now)
            row["performer"] = rng.choice(PEOPLE)
        rows.append(row)
    with database_proxy.obj.atomic():
        _insert(Administration, rows)
    for entry in medicines[:2]:
        assert entry.medicine.id is not None
        record_supply(SupplyRecord(entry.medicine.id, now - timedelta(days=3), "count", 40))
    return len(rows)


def has_medication() -> bool:
    """The record already holds the benchmark's schedules (added once per copy)."""
    from caregiver_app.store.diary.medicines import list_medicines

    return any(medicine.name == SCHEDULES[0][0] for medicine in list_medicines())


def today_doses_check(day: date) -> int:
    """How many doses the six medicines have on ``day`` (33 once the schedules are in)."""
    from caregiver_app.services.medication.due import dose_slots

    return sum(1 for slot in dose_slots(day, day) if slot.medicine.name.startswith("Benchmark "))
