"""Schedules, answers to doses with their history, and the supply, as the store keeps them."""

from datetime import datetime, time, timedelta

import pytest

from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.store.errors import InvalidValueError
from caregiver_app.store.medication.administrations import (
    AdministrationRecord,
    answer_dose,
    get_administration,
    history,
    withdraw_answer,
)
from caregiver_app.store.medication.schedules import (
    AsNeededRules,
    Schedule,
    get_rules,
    get_schedule,
    save_rules,
    save_schedule,
    save_usual_time,
    usual_times,
)
from caregiver_app.store.medication.supply import (
    SupplyRecord,
    doses_given_since,
    record_supply,
    supply_since_last_count,
)
from caregiver_app.store.models import Medicine


@pytest.fixture
def medicine(store):
    return save_medicine(MedicineRecord(name="Morphine ER", schedule="twice a day, 8 and 8"))


def test_a_free_text_schedule_stays_word_for_word_and_reads_not_set_up(medicine):
    assert not get_schedule(medicine).set_up
    save_schedule(medicine, Schedule(kind="times", dose_times=("08:00", "20:00")))
    assert Medicine.get_by_id(medicine).schedule == "twice a day, 8 and 8"
    assert get_schedule(medicine).dose_times == ("08:00", "20:00")


@pytest.mark.parametrize(
    ("schedule", "field"),
    [
        (Schedule(kind="times"), "dose_times"),
        (Schedule(kind="times", dose_times=("8 am",)), "dose_times"),
        (Schedule(kind="times", dose_times=("24:00",)), "dose_times"),
        (Schedule(kind="times", dose_times=("08:00", "08:00")), "dose_times"),
        (Schedule(kind="times", dose_times=("bedtime",)), "dose_times"),
        (Schedule(kind="interval", every_hours=0, first_time=time(6)), "every_hours"),
        (Schedule(kind="interval", every_hours=5, first_time=time(6)), "every_hours"),
        (Schedule(kind="interval", every_hours=6), "first_time"),
        (Schedule(kind="times", dose_times=("08:00",), weekdays=frozenset({0})), "weekdays"),
    ],
)
def test_a_schedule_that_cannot_be_followed_is_refused_naming_its_field(medicine, schedule, field):
    with pytest.raises(InvalidValueError) as refused:
        save_schedule(medicine, schedule)
    assert refused.value.field == field
    assert not get_schedule(medicine).set_up


def test_a_usual_time_in_use_cannot_be_cleared(medicine):
    save_usual_time("bedtime", time(22, 0))
    save_schedule(medicine, Schedule(kind="times", dose_times=("bedtime",)))
    with pytest.raises(InvalidValueError):
        save_usual_time("bedtime", None)
    assert usual_times()["bedtime"] == time(22, 0)
    assert usual_times()["lunch"] is None


def test_as_needed_limits_are_kept_and_zero_is_refused(medicine):
    save_rules(medicine, AsNeededRules("Pain", 120, 6))
    assert get_rules(medicine) == AsNeededRules("Pain", 120, 6)
    with pytest.raises(InvalidValueError):
        save_rules(medicine, AsNeededRules("Pain", 0, 6))
    assert get_rules(medicine).min_interval_minutes == 120


def test_changing_an_answer_keeps_what_it_said_before(medicine):
    due = datetime(2026, 12, 1, 8, 0)
    first = answer_dose(
        AdministrationRecord(medicine, due, "given", effective_at=due, performer="Laura"),
        now=due + timedelta(minutes=5),
    )
    again = answer_dose(
        AdministrationRecord(
            medicine, due, "given_late", effective_at=due + timedelta(hours=2), performer="Laura"
        ),
        now=due + timedelta(hours=3),
    )
    assert again == first
    assert get_administration(first).status == "given_late"
    changes = [(change.field, change.old_value, change.new_value) for change in history(first)]
    assert changes == [
        ("status", "given", "given_late"),
        ("effective_at", "2026-12-01 08:00", "2026-12-01 10:00"),
    ]
    taken_back = withdraw_answer(first)
    assert taken_back.performer == "Laura"
    assert get_administration(first) is None


@pytest.mark.parametrize(
    ("record", "field"),
    [
        (dict(status="given"), "effective_at"),
        (dict(status="given", effective_at=datetime(2027, 1, 1)), "effective_at"),
        (dict(status="skipped", effective_at=datetime(2026, 12, 1, 8)), "effective_at"),
        (
            dict(status="given", effective_at=datetime(2026, 12, 1, 8), status_reason="asleep"),
            "status_reason",
        ),
        (dict(status="skipped", status_reason="bored"), "status_reason"),
        (dict(status="maybe"), "status"),
    ],
)
def test_an_answer_that_cannot_be_is_refused(medicine, record, field):
    with pytest.raises(InvalidValueError) as refused:
        answer_dose(
            AdministrationRecord(medicine, datetime(2026, 12, 1, 8), **record),
            now=datetime(2026, 12, 1, 9),
        )
    assert refused.value.field == field


def test_the_supply_counts_from_the_last_count(medicine):
    counted = datetime(2026, 12, 1, 9)
    record_supply(SupplyRecord(medicine, counted - timedelta(days=5), "count", 3))
    record_supply(SupplyRecord(medicine, counted, "count", 20))
    record_supply(SupplyRecord(medicine, counted + timedelta(days=1), "refill", 30))
    assert [event.amount for event in supply_since_last_count(medicine)] == [20, 30]
    due = datetime(2026, 12, 1, 20)
    answer_dose(AdministrationRecord(medicine, due, "given", effective_at=due), now=due)
    answer_dose(AdministrationRecord(medicine, due + timedelta(hours=12), "skipped"), now=due)
    assert doses_given_since(medicine, counted) == 1
    with pytest.raises(InvalidValueError):
        record_supply(SupplyRecord(medicine, counted, "refill", 0))
