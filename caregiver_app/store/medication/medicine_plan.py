"""A medicine with its schedule, as-needed limits and supply, saved all together or not at all.

The medicine form holds all of these at once: the family's usual times typed there, the
medicine itself, when it is given, what the prescription allows for an as-needed dose, the
doses counted on hand and when to remind about a refill. A refusal of any part leaves the
record as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from caregiver_app.store.diary.medicines import MedicineRecord, get_medicine, save_medicine
from caregiver_app.store.home_clock import home_now
from caregiver_app.store.medication.administrations import keep_strength_given
from caregiver_app.store.medication.schedules import (
    AsNeededRules,
    Schedule,
    no_dose_before,
    save_rules,
    save_schedule,
    save_usual_time,
    usual_times,
    validate_rules,
    validate_schedule,
)
from caregiver_app.store.medication.supply import SupplyRecord, record_supply, set_refill_warning
from caregiver_app.store.transactions import transaction


@dataclass
class MedicinePlan:
    """Everything the medicine form saves."""

    medicine: MedicineRecord
    schedule: Schedule = field(default_factory=Schedule)
    rules: AsNeededRules = field(default_factory=AsNeededRules)
    # The family's usual times typed in the form, by anchor (None: cleared); only changes.
    usual_times: dict[str, time | None] = field(default_factory=dict)
    counted_on_hand: int | None = None  # a new count of the doses on hand; None: no new count
    refill_warning_days: int | None = None  # None: the app's default


def save_medicine_plan(plan: MedicinePlan, now: datetime | None = None) -> int:
    """Check and save the plan in one transaction; return the medicine's id.

    Raises InvalidValueError naming the field; nothing is written then.
    """
    now = now or home_now()
    usual = {**usual_times(), **plan.usual_times}
    # An as-needed medicine is given when needed, never by the clock.
    schedule = Schedule() if plan.medicine.as_needed else plan.schedule
    validate_schedule(schedule, usual)
    validate_rules(plan.rules)
    with transaction():
        # Times given first, so the schedule that uses them is checked against them; times
        # cleared last, so a medicine this form moves off one no longer holds it.
        for anchor, value in plan.usual_times.items():
            if value is not None:
                save_usual_time(anchor, value, now)
        # What the medicine was before: a first schedule set up for a medicine that was as
        # needed or not set up counts from now. So does that of a medicine new with this
        # save and no start entered: the days before it was added ask for no dose (the app
        # did not know them; they are not "not logged"). With a start entered (None here)
        # it holds from that start, as the family said when the doses began.
        before = get_medicine(plan.medicine.id) if plan.medicine.id is not None else None
        was_as_needed: bool | None = None
        if before is not None:
            was_as_needed = before.as_needed
        elif plan.medicine.started_on is None:
            was_as_needed = plan.medicine.as_needed
        if before is not None and before.strength.strip() != plan.medicine.strength.strip():
            keep_strength_given(before.id or 0, before.strength)
        medicine_id = save_medicine(plan.medicine, now)
        save_schedule(medicine_id, schedule, now, was_as_needed)
        if (
            before is not None
            and before.started_on is not None
            and plan.medicine.started_on is None
        ):
            # The start cleared (not known after all): the days before the start it had
            # were never asked about, and are not "not logged" now.
            no_dose_before(medicine_id, min(_start_moment(before, before.started_on), now))
        for anchor, value in plan.usual_times.items():
            if value is None:
                save_usual_time(anchor, None, now)
        save_rules(medicine_id, plan.rules)
        set_refill_warning(medicine_id, plan.refill_warning_days)
        if plan.counted_on_hand is not None:
            record_supply(
                SupplyRecord(
                    medicine_id=medicine_id,
                    recorded_at=now,
                    kind="count",
                    amount=plan.counted_on_hand,
                )
            )
    return medicine_id


def _start_moment(medicine: MedicineRecord, started_on: date) -> datetime:
    """When a medicine's start on ``started_on`` counted from: its moment when saved on its
    own day, else the start of that day."""
    return medicine.started_moment or datetime.combine(started_on, time())
