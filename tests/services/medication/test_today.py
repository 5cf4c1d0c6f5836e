"""What the Today page reads in one call: the day's doses, the limits, refills, whom to call."""

from datetime import date, datetime, time, timedelta

from caregiver_app.services.medication.due import unanswered_since
from caregiver_app.services.medication.reminders import due_now
from caregiver_app.services.medication.today import today_data
from caregiver_app.services.medication.today_answers import answer_now, redo_answer, take_back
from caregiver_app.services.visit_summary.listed_lines import question_lines, upcoming
from caregiver_app.store.calendar.appointments import save_appointment
from caregiver_app.store.calendar.records import AppointmentRecord
from caregiver_app.store.contacts import ContactRecord, save_contact
from caregiver_app.store.diary.doses import DoseRecord, save_dose
from caregiver_app.store.diary.entries import EntryRecord, save_entry
from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.store.medication.administrations import (
    AdministrationRecord,
    administrations_between,
    answer_dose,
    history,
)
from caregiver_app.store.medication.schedules import (
    AsNeededRules,
    Schedule,
    save_rules,
    save_schedule,
)
from caregiver_app.store.medication.supply import SupplyRecord, record_supply
from caregiver_app.store.queries import ProfileData, save_profile
from caregiver_app.store.questions import QuestionRecord, save_question

NOW = datetime(2026, 12, 1, 14, 0)  # a Tuesday, in office hours


def _record():
    """Two regular medicines, one as needed with limits, a counted supply, a care team."""
    morphine = save_medicine(MedicineRecord(name="Morphine ER", strength="15 mg"))
    save_schedule(morphine, Schedule("times", ("08:00", "20:00")))
    senna = save_medicine(MedicineRecord(name="Senna"))
    save_schedule(senna, Schedule("times", ("12:00",)))
    free_text = save_medicine(MedicineRecord(name="Lactulose", schedule="twice a day"))
    solution = save_medicine(MedicineRecord(name="Morphine solution", as_needed=True))
    save_rules(solution, AsNeededRules(min_interval_minutes=120, max_per_day=3))
    record_supply(SupplyRecord(morphine, NOW - timedelta(days=5), "count", 12))
    record_supply(SupplyRecord(senna, NOW - timedelta(days=5), "count", 30))
    save_profile(
        ProfileData(
            caregiver_name="Laura",
            other_caregivers="Marco\n",
            preferred_pharmacy="Riverside Pharmacy, 555-0147",
        )
    )
    save_contact(
        ContactRecord(
            name="Grace Lindqvist",
            call_first=True,
            phones=[("main", "555-0112"), ("after_hours", "555-0111")],
        )
    )
    return morphine, senna, free_text, solution


def test_the_days_doses_in_time_order_each_answered_or_not_logged(store):
    morphine, senna, _free, _solution = _record()
    answer_dose(
        AdministrationRecord(
            morphine,
            datetime(2026, 12, 1, 8),
            "given",
            effective_at=datetime(2026, 12, 1, 8, 10),
            performer="Marco",
        ),
        now=NOW,
    )
    data = today_data(NOW)
    shown = [
        (slot.medicine.name, slot.scheduled_for.hour, slot.state(NOW)) for slot in data.doses_today
    ]
    assert shown == [
        ("Morphine ER", 8, "given"),
        ("Senna", 12, "not_logged"),
        ("Morphine ER", 20, "upcoming"),
    ]
    assert data.doses_today[1].overdue(NOW)  # two hours late: marked
    assert data.doses_today[0].answer.performer == "Marco"
    # Free text is never read as a schedule: Lactulose has no dose on the page.
    assert "Lactulose" not in {slot.medicine.name for slot in data.doses_today}
    # The two days before: each dose nobody answered, to be answered now.
    earlier = {(slot.medicine.id, slot.scheduled_for) for slot in data.not_logged_earlier}
    assert (morphine, datetime(2026, 11, 30, 20)) in earlier
    assert (senna, datetime(2026, 11, 29, 12)) in earlier
    assert all(slot.scheduled_for.date() < NOW.date() for slot in data.not_logged_earlier)
    assert data.caregivers == ["Laura", "Marco"]


def test_as_needed_last_dose_count_and_limits(store):
    _morphine, _senna, _free, solution = _record()
    for hours_ago, who in ((20, "Laura"), (6, "Marco"), (1, "patient")):
        save_dose(DoseRecord(solution, NOW - timedelta(hours=hours_ago), performer=who))
    state = today_data(NOW).as_needed[0]
    assert state.medicine.name == "Morphine solution"
    assert state.last_dose.performer == "patient"
    assert state.doses_in_24h == 3
    assert state.inside_interval and state.at_daily_limit
    later = today_data(NOW + timedelta(hours=5))
    assert not later.as_needed[0].inside_interval  # two hours and more since the last


def test_a_supply_running_out_is_listed_with_the_pharmacy(store):
    morphine, senna, _free, _solution = _record()
    data = today_data(NOW)
    # 12 counted, 2 a day, nothing given since: 6 days, over the 5-day warning.
    assert data.refills == []
    for day in range(4):
        for hour in (8, 20):
            scheduled = datetime(2026, 11, 27 + day, hour)
            answer_dose(
                AdministrationRecord(morphine, scheduled, "given", effective_at=scheduled),
                now=NOW,
            )
    data = today_data(NOW)
    assert [line.medicine.id for line in data.refills] == [morphine]
    assert data.refills[0].supply.on_hand == 4
    assert data.refills[0].usual_amount == 12  # the last count: what a refill adds
    assert data.pharmacy == "Riverside Pharmacy, 555-0147"
    record_supply(SupplyRecord(morphine, NOW, "refill", 12))
    assert today_data(NOW).refills == []
    assert senna not in [line.medicine.id for line in today_data(NOW).refills]


def test_the_day_next_visit_questions_alert_and_numbers(store):
    _record()
    save_appointment(
        AppointmentRecord(title="Palliative review", starts_at=NOW + timedelta(days=2))
    )
    save_question(QuestionRecord(text="Can the senna be at lunch?"))
    save_question(QuestionRecord(text="Is the cough new?"))
    data = today_data(NOW)
    assert data.next_appointment.record.title == "Palliative review"
    assert data.questions_waiting == 2
    assert data.symptom_alert is None
    assert data.call_first.name == "Grace Lindqvist"
    assert data.call_route.number == "555-0112"  # office hours
    assert data.after_hours_numbers == ["555-0111"]
    save_entry(EntryRecord(recorded_at=NOW - timedelta(hours=2), scores={"pain": 8}))
    alert = today_data(NOW).symptom_alert
    assert [item.field for item in alert.alerts] == ["pain"]
    night = datetime(2026, 12, 1, 23, 0)
    assert today_data(night).call_route.number == "555-0111"
    assert today_data(NOW + timedelta(days=2)).symptom_alert is None  # a day old: not active


def test_an_empty_record_reads_without_guessing(store):
    data = today_data(NOW)
    assert data.doses_today == [] and data.as_needed == [] and data.refills == []
    assert data.call_first is None and data.call_route is None
    assert data.next_appointment is None and data.questions_waiting == 0


def test_one_key_answers_and_their_undo(store):
    morphine, _senna, _free, _solution = _record()
    due = datetime(2026, 12, 1, 8)
    late = answer_now(morphine, due, True, "Laura", NOW, strength="15 mg")
    assert (late.answer.status, late.answer.effective_at, late.answer.performer) == (
        "given_late",
        NOW,
        "Laura",
    )
    assert late.answer.dosage == "15 mg"  # the strength on the line answered
    take_back(late, NOW)
    assert administrations_between(due, due + timedelta(minutes=1)) == []
    redo_answer(late, NOW)
    assert administrations_between(due, due + timedelta(minutes=1))[0].status == "given_late"
    # A second one-key answer changes the first; its history keeps what it said before.
    skipped = answer_now(morphine, due, False, "Laura", NOW, before=late.answer, strength="15 mg")
    assert skipped.answer.status == "skipped" and skipped.answer.effective_at is None
    assert skipped.answer.dosage == ""  # nothing was given
    assert [change.field for change in history(skipped.answer_id)][:2] == ["status", "effective_at"]
    take_back(skipped, NOW)
    given_back = administrations_between(due, due + timedelta(minutes=1))[0]
    assert (given_back.status, given_back.dosage) == ("given_late", "15 mg")
    on_time = answer_now(
        morphine, datetime(2026, 12, 1, 20), True, "", datetime(2026, 12, 1, 20, 30), strength=""
    )
    assert on_time.answer.status == "given" and on_time.answer.performer == ""
    assert on_time.answer.dosage == ""  # a strength never entered stays unknown


def test_a_schedule_on_chosen_weekdays_only_lists_those_days(store):
    medicine = save_medicine(MedicineRecord(name="Dexamethasone", started_on=date(2026, 11, 1)))
    save_schedule(
        medicine, Schedule("interval", every_hours=12, first_time=time(6), weekdays=frozenset({1}))
    )
    assert today_data(NOW).doses_today == []  # a Tuesday
    monday = today_data(NOW - timedelta(days=1))
    assert [slot.scheduled_for.hour for slot in monday.doses_today] == [6, 18]


def test_a_dose_given_this_morning_of_a_medicine_stopped_today_keeps_its_strength(store):
    morphine, _senna, _free, _solution = _record()
    answer_dose(
        AdministrationRecord(
            morphine, datetime(2026, 12, 1, 8), "given", effective_at=datetime(2026, 12, 1, 8, 5)
        ),
        now=NOW,
    )
    save_medicine(
        MedicineRecord(name="Morphine ER", strength="15 mg", stopped_on=NOW.date(), id=morphine)
    )
    [slot] = [slot for slot in today_data(NOW).doses_today if slot.medicine.id == morphine]
    assert (slot.scheduled_for, slot.state(NOW)) == (datetime(2026, 12, 1, 8), "given")
    assert (slot.medicine.name, slot.medicine.strength) == ("Morphine ER", "15 mg")


def test_a_dose_given_before_its_time_was_changed_stands_for_the_new_time(store):
    morphine, _senna, _free, _solution = _record()
    answer_dose(
        AdministrationRecord(
            morphine, datetime(2026, 12, 1, 8), "given", effective_at=datetime(2026, 12, 1, 8, 5)
        ),
        now=NOW,
    )
    # The team moved the doses to 9:00 and 21:00 after this morning's was given.
    save_schedule(morphine, Schedule("times", ("09:00", "21:00")), datetime(2026, 12, 1, 8, 30))
    slots = {slot.scheduled_for.hour: slot for slot in today_data(NOW).doses_today}
    assert slots[8].answer.status == "given"  # the dose given stays in the log
    nine = slots[9]
    # Before, 9:00 showed as overdue, and a second morning dose was asked for.
    assert nine.answer is None and nine.moved_from == slots[8].answer
    assert not nine.overdue(NOW)
    assert slots[21].moved_from is None  # the evening dose is still to give
    waiting = unanswered_since(datetime(2026, 12, 1, 0), NOW)
    assert [slot for slot in waiting if slot.medicine.id == morphine] == []  # not asked at start
    assert due_now(datetime(2026, 12, 1, 8, 30), datetime(2026, 12, 1, 9, 30)) == []


def test_a_question_planned_for_a_later_visit_waits_for_that_one(store):
    """Today and the visit summary count the questions for the next visit only: one
    planned for a later visit is not waiting for this one."""
    soon = save_appointment(
        AppointmentRecord(
            title="Palliative review", kind="palliative_care", starts_at=NOW + timedelta(days=2)
        )
    )
    later = save_appointment(
        AppointmentRecord(
            title="Palliative review", kind="palliative_care", starts_at=NOW + timedelta(days=9)
        )
    )
    save_question(QuestionRecord(text="Can the senna be at lunch?"))
    save_question(QuestionRecord(text="Is the cough new?", appointment_id=soon))
    save_question(QuestionRecord(text="What about the scan results?", appointment_id=later))
    assert today_data(NOW).questions_waiting == 2
    lines = question_lines("palliative_care", upcoming(NOW), str)
    assert [line.text for line in lines] == ["Can the senna be at lunch?", "Is the cough new?"]
    # Once the first visit is over, the later one is next: all three wait for it.
    after = NOW + timedelta(days=3)
    assert today_data(after).questions_waiting == 3
    assert len(question_lines("palliative_care", upcoming(after), str)) == 3
