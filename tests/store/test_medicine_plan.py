"""A medicine with its schedule, limits and supply: saved all together, or nothing at all."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from caregiver_app.store.diary.medicines import MedicineRecord, list_medicines, save_medicine
from caregiver_app.store.errors import InvalidValueError
from caregiver_app.store.medication.medicine_plan import MedicinePlan, save_medicine_plan
from caregiver_app.store.medication.schedules import (
    AsNeededRules,
    Schedule,
    get_rules,
    get_schedule,
    save_schedule,
    save_usual_time,
    usual_times,
)
from caregiver_app.store.medication.supply import get_refill_warning, supply_since_last_count

NOW = datetime(2026, 12, 6, 9, 30)


def test_everything_is_saved_together(store):
    plan = MedicinePlan(
        MedicineRecord(name="Dexamethasone", schedule="once a day with breakfast"),
        Schedule(kind="times", dose_times=("breakfast",), weekdays=frozenset({1, 3})),
        usual_times={"breakfast": time(7, 45)},
        counted_on_hand=28,
        refill_warning_days=4,
    )
    medicine_id = save_medicine_plan(plan, NOW)
    assert get_schedule(medicine_id) == plan.schedule
    assert usual_times()["breakfast"] == time(7, 45)
    (count,) = supply_since_last_count(medicine_id)
    assert (count.recorded_at, count.amount) == (NOW, 28)
    assert get_refill_warning(medicine_id) == 4
    assert list_medicines()[0].schedule == "once a day with breakfast"


@pytest.mark.parametrize(
    ("plan", "field"),
    [
        (MedicinePlan(MedicineRecord(name="X"), Schedule(kind="times")), "dose_times"),
        (
            MedicinePlan(MedicineRecord(name="X"), Schedule(kind="interval", every_hours=0)),
            "every_hours",
        ),
        (
            MedicinePlan(
                MedicineRecord(name="X", as_needed=True), rules=AsNeededRules("", 0, None)
            ),
            "min_interval",
        ),
        (MedicinePlan(MedicineRecord(name="X"), counted_on_hand=-1), "amount"),
        (MedicinePlan(MedicineRecord(name="X"), refill_warning_days=91), "refill_warning_days"),
    ],
)
def test_a_refused_part_writes_nothing(store, plan, field):
    plan.usual_times = {"lunch": time(12, 0)}
    with pytest.raises(InvalidValueError) as refused:
        save_medicine_plan(plan, NOW)
    assert refused.value.field == field
    assert list_medicines() == [] and usual_times()["lunch"] is None


def test_a_usual_time_can_be_cleared_by_the_medicine_that_leaves_it(store):
    save_usual_time("bedtime", time(22, 0))
    medicine_id = save_medicine(MedicineRecord(name="Senna"))
    save_schedule(medicine_id, Schedule(kind="times", dose_times=("bedtime",)))
    record = list_medicines()[0]
    save_medicine_plan(
        MedicinePlan(
            record, Schedule(kind="times", dose_times=("21:00",)), usual_times={"bedtime": None}
        ),
        NOW,
    )
    assert usual_times()["bedtime"] is None
    assert get_schedule(medicine_id).dose_times == ("21:00",)


def test_an_as_needed_medicine_is_taken_off_the_clock_and_keeps_its_limits(store):
    medicine_id = save_medicine(MedicineRecord(name="Oxycodone"))
    save_schedule(medicine_id, Schedule(kind="times", dose_times=("08:00",)))
    record = list_medicines()[0]
    record.as_needed = True
    save_medicine_plan(
        MedicinePlan(
            record, Schedule(kind="times", dose_times=("08:00",)), AsNeededRules("pain", 240, 4)
        ),
        NOW,
    )
    assert not get_schedule(medicine_id).set_up
    assert get_rules(medicine_id) == AsNeededRules("pain", 240, 4)
