"""What the reminders are about: doses due now, due while closed, refills, a refill logged."""

from datetime import date, datetime

from caregiver_app.services.medication.reminders import due_now, due_while_closed, refills_due
from caregiver_app.services.medication.running_out import log_refill
from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.store.medication.administrations import AdministrationRecord, answer_dose
from caregiver_app.store.medication.refills import usual_refill_size
from caregiver_app.store.medication.schedules import Schedule, save_schedule
from caregiver_app.store.medication.supply import (
    SupplyRecord,
    record_supply,
    set_refill_warning,
    supply_since_last_count,
)


def _medicine(name: str, *times: str) -> int:
    medicine = save_medicine(MedicineRecord(name=name))
    save_schedule(medicine, Schedule("times", times))
    return medicine


def test_the_latest_unanswered_dose_of_each_medicine_is_due_now(store):
    morphine = _medicine("Morphine tablets", "08:00", "12:00", "20:00")
    senna = _medicine("Senna", "09:00")
    started = datetime(2026, 12, 1, 7, 0)
    now = datetime(2026, 12, 1, 12, 5)
    due = due_now(started, now)
    # The 8:00 morphine is left to the Today page: its next dose, at 12:00, is due.
    assert [(slot.medicine.id, slot.scheduled_for.hour) for slot in due] == [
        (senna, 9),
        (morphine, 12),
    ]
    noon = datetime(2026, 12, 1, 12)
    answer_dose(AdministrationRecord(morphine, noon, "given", effective_at=noon), now=now)
    assert [slot.medicine.id for slot in due_now(started, now)] == [senna]
    # Doses due before the app started are not "due now".
    assert due_now(datetime(2026, 12, 1, 10), now) == []


def test_a_dose_due_while_the_app_was_closed_is_not_due_now_nor_are_the_ones_before_it(store):
    morphine = _medicine("Morphine tablets", "08:00", "12:00")
    senna = _medicine("Senna", "09:00")
    # Open from 7:00 to 10:00, closed until 14:00 (the start lists the doses due then apart).
    closed = (datetime(2026, 12, 1, 10), datetime(2026, 12, 1, 14))
    due = due_now(datetime(2026, 12, 1, 7), datetime(2026, 12, 1, 15), closed)
    # The 8:00 morphine is left out too: its next dose, at 12:00, came due since.
    assert [(slot.medicine.id, slot.scheduled_for.hour) for slot in due] == [(senna, 9)]
    assert morphine not in [slot.medicine.id for slot in due]


def test_doses_due_while_closed_are_those_nobody_answered(store):
    senna = _medicine("Senna", "08:00", "20:00")
    eight = datetime(2026, 12, 1, 8)
    answer_dose(AdministrationRecord(senna, eight, "given", effective_at=eight), now=eight)
    closed = due_while_closed(datetime(2026, 11, 30, 21), datetime(2026, 12, 2, 7))
    assert [slot.scheduled_for for slot in closed] == [datetime(2026, 12, 1, 20)]
    assert due_while_closed(datetime(2026, 12, 2, 7), datetime(2026, 12, 2, 7)) == []


def test_a_medicine_running_out_asks_for_a_refill_and_one_click_logs_it(store):
    senna = _medicine("Senna", "08:00", "20:00")
    _medicine("Dexamethasone", "08:00")  # never counted: no refill reminder
    record_supply(SupplyRecord(senna, datetime(2026, 12, 1, 7), "count", 14))
    assert refills_due(date(2026, 12, 1)) == []
    set_refill_warning(senna, 7)
    (refill,) = refills_due(date(2026, 12, 1))
    assert (refill.medicine.name, refill.supply.on_hand, refill.runs_out) == (
        "Senna",
        14,
        date(2026, 12, 8),
    )
    assert log_refill(refill, datetime(2026, 12, 1, 15))
    events = supply_since_last_count(senna)
    assert [(event.kind, event.amount) for event in events] == [("count", 14), ("refill", 14)]
    assert refills_due(date(2026, 12, 1)) == []


def test_a_refill_is_the_size_of_the_last_refill_and_unknown_without_any(store):
    senna = _medicine("Senna", "22:00")
    assert usual_refill_size(senna) is None
    assert supply_since_last_count(senna) == []
    record_supply(SupplyRecord(senna, datetime(2026, 11, 1, 9), "refill", 30))
    record_supply(SupplyRecord(senna, datetime(2026, 11, 20, 9), "count", 6))
    assert usual_refill_size(senna) == 30
    record_supply(SupplyRecord(senna, datetime(2026, 11, 21, 9), "count", 0))
    assert usual_refill_size(senna) == 30
    dexamethasone = _medicine("Dexamethasone", "08:00")
    record_supply(SupplyRecord(dexamethasone, datetime(2026, 11, 21, 9), "count", 0))
    assert usual_refill_size(dexamethasone) is None  # an empty pack says no size
