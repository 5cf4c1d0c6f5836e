"""A schedule change takes effect from the moment it is saved: the hours before keep theirs."""

import csv
import io
from datetime import date, datetime, timedelta

from caregiver_app.services.medication.chart_data import gather_chart
from caregiver_app.services.medication.due import NOT_LOGGED, dose_slots, unanswered_since
from caregiver_app.services.medication.export_csv import log_csv
from caregiver_app.services.medication.export_fhir import log_bundle
from caregiver_app.services.medication.export_log import log_entries
from caregiver_app.services.medication.reminders import due_now, due_while_closed
from caregiver_app.services.medication.today import today_data
from caregiver_app.services.visit_summary.adherence_data import adherence_section
from caregiver_app.services.visit_summary.request import SummaryRequest
from caregiver_app.store.diary.medicines import MedicineRecord, list_medicines, save_medicine
from caregiver_app.store.medication.administrations import AdministrationRecord, answer_dose
from caregiver_app.store.medication.schedule_history import earlier_schedules
from caregiver_app.store.medication.schedules import Schedule, save_schedule

MONDAY = date(2026, 11, 23)
# The team moved the morning dose from 8:00 to 9:00; the change was saved on Wednesday at
# 10:00, after that morning's dose was given.
CHANGED = datetime(2026, 11, 25, 10, 0)
NOW = datetime(2026, 11, 25, 14, 0)


def _morphine():
    morphine = save_medicine(MedicineRecord("Morphine ER", "15 mg", started_on=MONDAY))
    save_schedule(morphine, Schedule("times", ("08:00",)), datetime(2026, 11, 20))
    for day in (MONDAY, MONDAY + timedelta(days=1), MONDAY + timedelta(days=2)):
        due = datetime.combine(day, datetime.min.time()).replace(hour=8)
        answer_dose(
            AdministrationRecord(morphine, due, "given", effective_at=due + timedelta(minutes=5)),
            now=due,
        )
    save_schedule(morphine, Schedule("times", ("09:00",)), CHANGED)
    return morphine


def _hours(slots):
    return [(slot.scheduled_for.day, slot.scheduled_for.hour, slot.state(NOW)) for slot in slots]


def test_the_days_before_a_change_keep_the_times_they_had(store):
    _morphine()
    # Before, Monday and Tuesday read "9:00 not logged" with their 8:00 doses as strays.
    assert _hours(dose_slots(MONDAY, MONDAY + timedelta(days=3))) == [
        (23, 8, "given"),
        (24, 8, "given"),
        (25, 8, "given"),
        (26, 9, "upcoming"),
    ]
    data = today_data(NOW)
    assert _hours(data.doses_today) == [(25, 8, "given")]  # 9:00 came after the change
    assert data.not_logged_earlier == []
    assert _hours(today_data(NOW + timedelta(days=1)).doses_today) == [(26, 9, "upcoming")]


def test_the_hours_after_the_change_on_its_day_have_the_new_times(store):
    morphine = save_medicine(MedicineRecord("Senna"))
    save_schedule(morphine, Schedule("times", ("08:00", "20:00")), datetime(2026, 11, 1))
    save_schedule(morphine, Schedule("times", ("08:00", "18:00")), CHANGED)
    assert _hours(today_data(NOW).doses_today) == [(25, 8, NOT_LOGGED), (25, 18, "upcoming")]
    assert _hours(today_data(NOW).not_logged_earlier) == [
        (23, 8, NOT_LOGGED),
        (23, 20, NOT_LOGGED),
        (24, 8, NOT_LOGGED),
        (24, 20, NOT_LOGGED),
    ]
    # Asked about at start and reminded of by the schedule of their hour.
    waiting = unanswered_since(datetime(2026, 11, 24, 19), datetime(2026, 11, 25, 18, 30))
    assert [(slot.scheduled_for.day, slot.scheduled_for.hour) for slot in waiting] == [
        (24, 20),
        (25, 8),
        (25, 18),
    ]
    assert [slot.scheduled_for for slot in due_now(NOW, datetime(2026, 11, 25, 20, 30))] == [
        datetime(2026, 11, 25, 18)
    ]
    assert due_while_closed(NOW, datetime(2026, 11, 25, 20, 30))[0].scheduled_for.hour == 18


def test_the_chart_the_exports_and_the_summary_keep_the_times_of_each_day(store):
    _morphine()
    chart = gather_chart(MONDAY, filled=True, now=NOW + timedelta(days=2))
    rows = {row.at.hour: [cell.state for cell in row.cells] for row in chart.rows}
    assert rows == {
        8: ["given", "given", "given", "", "", "", ""],
        9: ["", "", "", NOT_LOGGED, NOT_LOGGED, "", ""],
    }
    assert [cell.due for cell in chart.rows[1].cells][:4] == [False, False, False, True]
    later = NOW + timedelta(days=1, hours=1)
    table = list(csv.DictReader(io.StringIO(log_csv(log_entries(MONDAY, None, later)).decode())))
    assert [(row["scheduled_time"][:16], row["status"]) for row in table] == [
        ("2026-11-23T08:00", "given"),
        ("2026-11-24T08:00", "given"),
        ("2026-11-25T08:00", "given"),
        ("2026-11-26T09:00", NOT_LOGGED),
    ]
    bundle = log_bundle(log_entries(MONDAY, None, later), later)
    times = [
        entry["resource"]["contained"][1]["dosageInstruction"][0]["timing"]["repeat"]["timeOfDay"]
        for entry in bundle["entry"][1:]
    ]
    assert times == [["08:00:00"]] * 3 + [["09:00:00"]]  # each dose with its schedule
    section = adherence_section(
        SummaryRequest(MONDAY, MONDAY + timedelta(days=3)), later, list_medicines()
    )
    [counts] = section.counts.values()
    # Before, Monday to Wednesday counted as three doses not logged (and three strays).
    assert (counts.on_time, counts.not_logged) == (3, 1)


def test_a_change_is_kept_only_when_the_schedule_changed(store):
    morphine = _morphine()
    save_schedule(morphine, Schedule("times", ("09:00",)), NOW)  # saved again, unchanged
    assert earlier_schedules() == {
        morphine: ((CHANGED, Schedule("times", ("08:00",))),)
    }  # the first schedule (set up on the 20th) replaced none: it holds from the start


def test_a_dose_given_before_the_change_stands_for_the_new_time_that_day_only(store):
    morphine = save_medicine(MedicineRecord("Morphine ER", "15 mg"))
    save_schedule(morphine, Schedule("times", ("08:00",)), datetime(2026, 11, 1))
    given = AdministrationRecord(
        morphine, datetime(2026, 11, 25, 8), "given", effective_at=datetime(2026, 11, 25, 8, 5)
    )
    answer_dose(given, now=datetime(2026, 11, 25, 8, 5))
    save_schedule(morphine, Schedule("times", ("12:00",)), CHANGED)
    slots = dose_slots(date(2026, 11, 25), date(2026, 11, 26))
    assert [(slot.scheduled_for.day, slot.scheduled_for.hour) for slot in slots] == [
        (25, 8),
        (25, 12),
        (26, 12),
    ]
    assert (
        slots[1].moved_from is not None and slots[1].moved_from.effective_at == given.effective_at
    )
    assert slots[2].moved_from is None and slots[2].waiting  # the next day's dose is asked for


def test_a_dose_given_after_the_change_stands_for_no_dose_of_the_schedule_before(store):
    morphine = save_medicine(MedicineRecord("Morphine ER", "15 mg"))
    save_schedule(morphine, Schedule("times", ("08:00",)), datetime(2026, 11, 1))
    save_schedule(morphine, Schedule("times", ("12:00",)), CHANGED)
    noon = datetime(2026, 11, 25, 12)
    answer_dose(AdministrationRecord(morphine, noon, "given", effective_at=noon), now=noon)
    eight, twelve = dose_slots(date(2026, 11, 25), date(2026, 11, 25))
    assert eight.scheduled_for.hour == 8 and eight.waiting  # nobody said: still not logged
    assert twelve.answer is not None
