"""What is due when: schedules over days, answers or "not logged", limits and the supply."""

from datetime import date, datetime, time, timedelta

import pytest

from caregiver_app.services.medication.as_needed import as_needed_state
from caregiver_app.services.medication.dose_times import due_on, times_of_day
from caregiver_app.services.medication.due import (
    NOT_LOGGED,
    UPCOMING,
    dose_slots,
    unanswered_since,
)
from caregiver_app.services.medication.reminders import due_now
from caregiver_app.services.medication.supply_state import supply_state
from caregiver_app.store.diary.doses import DoseRecord, save_dose
from caregiver_app.store.diary.medicines import MedicineRecord, get_medicine, save_medicine
from caregiver_app.store.medication.administrations import AdministrationRecord, answer_dose
from caregiver_app.store.medication.schedules import (
    AsNeededRules,
    Schedule,
    get_schedule,
    save_schedule,
)
from caregiver_app.store.medication.supply import SupplyRecord, record_supply
from tests.helpers.time_zone import NEW_YORK, local_time_zone

USUAL = {"breakfast": time(7, 30), "lunch": None, "dinner": None, "bedtime": time(22)}


def test_times_anchors_and_intervals_give_the_clock_times_of_a_day():
    assert times_of_day(Schedule("times", ("20:00", "bedtime", "08:00")), USUAL) == [
        time(8),
        time(20),
        time(22),
    ]
    # Round the clock: before, every 6 hours from 6 am left out the midnight dose.
    assert times_of_day(Schedule("interval", every_hours=6, first_time=time(6)), USUAL) == [
        time(0),
        time(6),
        time(12),
        time(18),
    ]
    assert times_of_day(Schedule("interval", every_hours=24, first_time=time(9)), USUAL) == [
        time(9)
    ]


def test_every_few_hours_goes_round_the_clock_from_the_first_time():
    def every(hours: int, first: time) -> list[time]:
        return times_of_day(Schedule("interval", every_hours=hours, first_time=first), USUAL)

    # Before, every 8 hours from 10 pm gave one dose a day.
    assert every(8, time(22)) == [time(6), time(14), time(22)]
    assert every(12, time(9, 30)) == [time(9, 30), time(21, 30)]
    assert every(4, time(2)) == [time(2), time(6), time(10), time(14), time(18), time(22)]
    assert len(every(1, time(0, 15))) == 24
    # A schedule kept before the store took only hours that divide the day.
    assert every(5, time(6)) == [time(6), time(11), time(16), time(21)]


def test_no_dose_is_due_outside_the_course_or_on_a_day_left_out():
    schedule = Schedule("times", ("breakfast",), weekdays=frozenset({1, 3, 5}))
    monday, tuesday = date(2026, 11, 30), date(2026, 12, 1)
    assert due_on(schedule, monday, USUAL) == [datetime(2026, 11, 30, 7, 30)]
    assert due_on(schedule, tuesday, USUAL) == []
    assert due_on(schedule, monday, USUAL, started_on=tuesday) == []
    assert due_on(schedule, monday, USUAL, stopped_on=monday) == []
    assert due_on(Schedule(), monday, USUAL) == []


def test_an_unanswered_dose_reads_not_logged_never_given(store):
    medicine = save_medicine(MedicineRecord(name="Senna"))
    save_schedule(medicine, Schedule("times", ("08:00", "20:00")))
    day = date(2026, 12, 1)
    answer_dose(
        AdministrationRecord(
            medicine, datetime(2026, 12, 1, 8), "given", effective_at=datetime(2026, 12, 1, 8, 10)
        ),
        now=datetime(2026, 12, 1, 9),
    )
    noon = datetime(2026, 12, 1, 12)
    states = [slot.state(noon) for slot in dose_slots(day, day + timedelta(days=1))]
    assert states == ["given", UPCOMING, UPCOMING, UPCOMING]
    night = datetime(2026, 12, 1, 22)
    slots = dose_slots(day, day)
    assert [slot.state(night) for slot in slots] == ["given", NOT_LOGGED]
    assert slots[1].overdue(night)


def test_an_answer_whose_time_left_the_schedule_stays_in_the_log(store):
    medicine = save_medicine(MedicineRecord(name="Senna"))
    save_schedule(medicine, Schedule("times", ("08:00",)))
    answer_dose(
        AdministrationRecord(medicine, datetime(2026, 12, 1, 8), "skipped", status_reason="asleep"),
        now=datetime(2026, 12, 1, 9),
    )
    # Changed at 7:00, before the 8:00 dose: the answer kept for 8:00 (on a computer that
    # had not heard of the change yet) is for a time no schedule had then.
    save_schedule(medicine, Schedule("times", ("09:00",)), datetime(2026, 12, 1, 7))
    slots = dose_slots(date(2026, 12, 1), date(2026, 12, 1))
    assert [(slot.scheduled_for.hour, slot.state(datetime(2026, 12, 2))) for slot in slots] == [
        (8, "skipped"),
        (9, NOT_LOGGED),
    ]


def test_an_as_needed_dose_inside_the_interval_or_over_the_count_is_flagged(store):
    medicine = save_medicine(MedicineRecord(name="Morphine solution", as_needed=True))
    record = get_medicine(medicine)
    now = datetime(2026, 12, 1, 4, 0)
    for hours_ago in (23, 5, 1):
        save_dose(DoseRecord(medicine_id=medicine, given_at=now - timedelta(hours=hours_ago)))
    state = as_needed_state(record, AsNeededRules("", 120, 3), now)
    assert state.last_dose.given_at == datetime(2026, 12, 1, 3, 0)
    assert state.doses_in_24h == 3
    assert state.inside_interval and state.at_daily_limit and state.over_a_limit
    assert state.next_outside_interval == datetime(2026, 12, 1, 5, 0)
    unknown = as_needed_state(record, AsNeededRules(), now)
    assert not unknown.over_a_limit


def test_the_supply_counts_down_and_asks_for_a_refill_in_time(store):
    medicine = save_medicine(MedicineRecord(name="Senna"))
    schedule = Schedule("times", ("08:00", "20:00"))
    save_schedule(medicine, schedule)
    assert supply_state(medicine, schedule, USUAL, None).on_hand is None
    record_supply(SupplyRecord(medicine, datetime(2026, 12, 1, 7), "count", 14))
    for hour in (8, 20):
        due = datetime(2026, 12, 1, hour)
        answer_dose(AdministrationRecord(medicine, due, "given", effective_at=due), now=due)
    state = supply_state(medicine, get_schedule(medicine), USUAL, None)
    assert (state.on_hand, state.days_left, state.refill_due) == (12, 6.0, False)
    assert supply_state(medicine, schedule, USUAL, 6).refill_due


@pytest.fixture
def new_york():
    """Local time is New York's, with its daylight saving changes."""
    with local_time_zone(NEW_YORK):
        yield


def test_the_interval_counts_the_time_that_passed_when_the_clocks_go_forward(store, new_york):
    medicine = save_medicine(MedicineRecord(name="Morphine solution", as_needed=True))
    save_dose(DoseRecord(medicine_id=medicine, given_at=datetime(2026, 3, 7, 2, 30)))
    save_dose(DoseRecord(medicine_id=medicine, given_at=datetime(2026, 3, 8, 1, 45)))
    now = datetime(2026, 3, 8, 3, 5)  # 20 minutes later: 1:59 AM was followed by 3:00 AM
    state = as_needed_state(get_medicine(medicine), AsNeededRules("", 60, 2), now)
    assert state.since_last == timedelta(minutes=20)
    assert state.inside_interval and state.over_a_limit
    assert state.next_outside_interval == datetime(2026, 3, 8, 3, 45)
    # Yesterday's 2:30 AM dose was 23 h 35 min ago: both doses count in the last 24 hours.
    assert state.doses_in_24h == 2 and state.at_daily_limit


def test_a_dose_at_1_30_am_is_due_once_on_the_night_the_clocks_go_back(store, new_york):
    # At 2 AM on 2026-11-01 New York's clocks go back to 1 AM: 1:00 to 1:59 comes twice.
    medicine = save_medicine(MedicineRecord(name="Morphine ER"))
    save_schedule(medicine, Schedule("times", ("01:30",)))
    first_pass = datetime(2026, 11, 1, 1, 40)
    second_pass = datetime(2026, 11, 1, 1, 10, fold=1)  # 30 minutes after first_pass
    [slot] = dose_slots(date(2026, 11, 1), date(2026, 11, 1))
    assert slot.state(datetime(2026, 11, 1, 1, 20)) == UPCOMING
    assert slot.state(first_pass) == NOT_LOGGED
    # Before, the hour that came again read "Coming up" for the dose due 30 minutes ago.
    assert slot.state(second_pass) == NOT_LOGGED
    assert not slot.overdue(second_pass)  # 40 minutes after it came due
    assert slot.overdue(datetime(2026, 11, 1, 1, 35, fold=1))  # 65 minutes after
    # The reminder of it stays from the first 1:30 on, and is not new again at the second.
    midnight = datetime(2026, 11, 1)
    assert due_now(midnight, second_pass) == [slot]
    assert due_now(first_pass, datetime(2026, 11, 1, 1, 35, fold=1)) == []
    assert unanswered_since(first_pass, datetime(2026, 11, 1, 1, 35, fold=1)) == []
