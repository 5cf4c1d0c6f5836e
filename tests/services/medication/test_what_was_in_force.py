"""What was in force when: a usual time's change, a switch to as-needed, and a start or a
stop saved on its own day each count from their moment; the doses before keep theirs."""

import csv
import io
from datetime import date, datetime, time, timedelta

from caregiver_app.services.medication.chart_data import gather_chart
from caregiver_app.services.medication.due import NOT_LOGGED, dose_slots
from caregiver_app.services.medication.export_csv import log_csv
from caregiver_app.services.medication.export_fhir import log_bundle
from caregiver_app.services.medication.export_log import log_entries
from caregiver_app.services.medication.reminders import due_now
from caregiver_app.services.medication.today import today_data
from caregiver_app.services.visit_summary.adherence_data import adherence_section
from caregiver_app.services.visit_summary.request import SummaryRequest
from caregiver_app.store.diary.medicines import (
    MedicineRecord,
    get_medicine,
    list_medicines,
    save_medicine,
)
from caregiver_app.store.medication.administrations import AdministrationRecord, answer_dose
from caregiver_app.store.medication.medicine_plan import MedicinePlan, save_medicine_plan
from caregiver_app.store.medication.schedules import Schedule, save_usual_time, usual_times
from caregiver_app.store.medication.usual_history import earlier_usual_times

MONDAY = date(2026, 11, 23)
WEDNESDAY = MONDAY + timedelta(days=2)
# Breakfast moved from 8:00 to 9:00, saved on Wednesday at 10:00 (that day's was given).
CHANGED = datetime(2026, 11, 25, 10, 0)
NOW = datetime(2026, 11, 25, 14, 0)


def _give(medicine_id, due):
    answer_dose(
        AdministrationRecord(medicine_id, due, "given", effective_at=due + timedelta(minutes=5)),
        now=due + timedelta(minutes=5),
    )


def _at(day, hour):
    return datetime.combine(day, time(hour))


def _hours(slots, now=NOW):
    return [(slot.scheduled_for.day, slot.scheduled_for.hour, slot.state(now)) for slot in slots]


def _everywhere(now):
    """What the chart, the CSV, the FHIR log and the summary say of Monday to now."""
    chart = gather_chart(MONDAY, filled=True, now=now)
    rows = {row.at.hour: [cell.state for cell in row.cells] for row in chart.rows}
    entries = log_entries(MONDAY, None, now)
    table = list(csv.DictReader(io.StringIO(log_csv(entries).decode())))
    logged = [(row["scheduled_time"][8:13], row["status"]) for row in table]
    bundle = log_bundle(entries, now)
    times = [
        entry["resource"]["contained"][1]["dosageInstruction"][0]["timing"]["repeat"]["timeOfDay"]
        for entry in bundle["entry"][1:]
    ]
    section = adherence_section(SummaryRequest(MONDAY, now.date()), now, list_medicines())
    counts = [(c.on_time, c.not_logged) for c in section.counts.values()]
    return rows, logged, times, counts


def _dexamethasone():
    save_usual_time("breakfast", time(8, 0), datetime(2026, 11, 1))
    dexa = save_medicine_plan(
        MedicinePlan(MedicineRecord("Dexamethasone", "4 mg"), Schedule("times", ("breakfast",))),
        datetime(2026, 11, 1),
    )
    for day in (MONDAY, MONDAY + timedelta(days=1), WEDNESDAY):
        _give(dexa, _at(day, 8))
    return dexa


def test_moving_breakfast_leaves_the_with_breakfast_doses_before_at_their_time(store):
    _dexamethasone()
    save_usual_time("breakfast", time(9, 0), CHANGED)
    assert usual_times()["breakfast"] == time(9, 0)
    assert earlier_usual_times() == {"breakfast": ((CHANGED, time(8, 0)),)}
    # Before, Monday to Wednesday read "9:00 not logged" with the 8:00 doses as strays.
    assert _hours(dose_slots(MONDAY, WEDNESDAY + timedelta(days=1))) == [
        (23, 8, "given"),
        (24, 8, "given"),
        (25, 8, "given"),
        (26, 9, "upcoming"),
    ]
    data = today_data(NOW)
    assert _hours(data.doses_today) == [(25, 8, "given")] and data.not_logged_earlier == []
    later = NOW + timedelta(days=1)
    rows, logged, times, counts = _everywhere(later)
    assert rows == {
        8: ["given", "given", "given", "", "", "", ""],
        9: ["", "", "", NOT_LOGGED, "", "", ""],
    }
    assert logged == [("23T08", "given"), ("24T08", "given"), ("25T08", "given"),
                      ("26T09", NOT_LOGGED)]  # fmt: skip
    assert times == [["08:00:00"]] * 3 + [["09:00:00"]]  # each with the breakfast of its day
    assert counts == [(3, 1)]


def test_breakfast_moved_before_that_days_dose_was_given_asks_for_the_new_time(store):
    _dexamethasone()
    save_usual_time("breakfast", time(9, 0), datetime(2026, 11, 26, 7, 0))
    eight_thirty = datetime(2026, 11, 26, 8, 30)
    assert _hours(dose_slots(date(2026, 11, 26), date(2026, 11, 26)), eight_thirty) == [
        (26, 9, "upcoming")
    ]
    assert [slot.scheduled_for for slot in due_now(eight_thirty, _at(date(2026, 11, 26), 9))]


def test_an_unchanged_usual_time_saved_again_keeps_no_history(store):
    _dexamethasone()
    save_usual_time("breakfast", time(8, 0), CHANGED)
    assert earlier_usual_times() == {}


def test_a_medicine_switched_to_as_needed_keeps_its_scheduled_doses_before(store):
    save_usual_time("breakfast", time(8, 0), datetime(2026, 11, 1))
    plan = MedicinePlan(MedicineRecord("Oxycodone", "5 mg"), Schedule("times", ("08:00", "20:00")))
    oxy = save_medicine_plan(plan, datetime(2026, 11, 1))
    _give(oxy, _at(MONDAY, 8))  # Monday 20:00 and Tuesday 8:00 nobody answered
    record = get_medicine(oxy)
    assert record is not None
    record.as_needed = True
    save_medicine_plan(MedicinePlan(record), datetime(2026, 11, 24, 12, 0))
    # Before, every dose of Monday and Tuesday morning was gone from every reader.
    assert _hours(dose_slots(MONDAY, WEDNESDAY)) == [
        (23, 8, "given"),
        (23, 20, NOT_LOGGED),
        (24, 8, NOT_LOGGED),
    ]
    data = today_data(NOW)
    assert data.doses_today == []
    assert _hours(data.not_logged_earlier) == [(23, 20, NOT_LOGGED), (24, 8, NOT_LOGGED)]
    assert [state.medicine.name for state in data.as_needed] == ["Oxycodone"]
    rows, logged, times, counts = _everywhere(NOW)
    assert rows == {
        8: ["given", NOT_LOGGED, "", "", "", "", ""],
        20: [NOT_LOGGED, "", "", "", "", "", ""],
    }
    assert logged == [("23T08", "given"), ("23T20", NOT_LOGGED), ("24T08", NOT_LOGGED)]
    assert times == [["08:00:00", "20:00:00"]] * 3
    assert counts == [(1, 2)]
    request = log_bundle(log_entries(MONDAY, None, NOW), NOW)["entry"][1]["resource"]
    assert request["contained"][1]["dosageInstruction"][0]["asNeededBoolean"] is False


def _morphine(**dates):
    plan = MedicinePlan(
        MedicineRecord("Morphine ER", "15 mg", **dates), Schedule("times", ("08:00", "20:00"))
    )
    return save_medicine_plan(plan, datetime(2026, 11, 1))


def test_stopped_today_at_noon_it_was_due_this_morning_and_not_tonight(store):
    morphine = _morphine()
    _give(morphine, _at(WEDNESDAY, 8))
    record = get_medicine(morphine)
    assert record is not None
    record.stopped_on = WEDNESDAY
    save_medicine(record, datetime(2026, 11, 25, 12, 0, 30))
    assert get_medicine(morphine).stopped_at == datetime(2026, 11, 25, 12, 0, 30)
    assert _hours(dose_slots(WEDNESDAY, WEDNESDAY + timedelta(days=1))) == [(25, 8, "given")]
    assert _hours(today_data(NOW).doses_today) == [(25, 8, "given")]
    assert due_now(_at(WEDNESDAY, 19), datetime(2026, 11, 25, 20, 30)) == []
    # The 8:00 dose stays its medicine's, given on time, in every reader.
    rows, logged, _times, counts = _everywhere(datetime(2026, 11, 26, 9))
    assert rows[8][2] == "given" and rows[20][2] == ""
    assert logged == [("25T08", "given")]  # the log begins at the first dose answered
    assert counts == [(1, 0)]


def test_stopped_today_at_noon_with_this_mornings_dose_unanswered_asks_for_it(store):
    morphine = _morphine()
    record = get_medicine(morphine)
    record.stopped_on = WEDNESDAY
    save_medicine(record, datetime(2026, 11, 25, 12, 0))
    # Before, the morning's dose was gone, as if the stop had been at midnight, and so
    # were the two days before, from the doses Today asks about.
    data = today_data(NOW)
    assert _hours(data.doses_today) == [(25, 8, NOT_LOGGED)]
    assert _hours(data.not_logged_earlier) == [
        (23, 8, NOT_LOGGED), (23, 20, NOT_LOGGED), (24, 8, NOT_LOGGED), (24, 20, NOT_LOGGED),
    ]  # fmt: skip
    # Edited later that day, the stop keeps its moment; moved to another day, it has none.
    save_medicine(get_medicine(morphine), datetime(2026, 11, 25, 18, 0))
    assert get_medicine(morphine).stopped_at == datetime(2026, 11, 25, 12, 0)
    record = get_medicine(morphine)
    record.stopped_on = WEDNESDAY + timedelta(days=1)
    save_medicine(record, datetime(2026, 11, 25, 18, 5))
    assert get_medicine(morphine).stopped_at is None


def test_a_start_dated_today_at_3_pm_was_not_due_this_morning(store):
    plan = MedicinePlan(
        MedicineRecord("Senna", started_on=WEDNESDAY), Schedule("times", ("08:00", "20:00"))
    )
    senna = save_medicine_plan(plan, datetime(2026, 11, 25, 15, 0))
    assert get_medicine(senna).started_at == datetime(2026, 11, 25, 15, 0)
    at_four = datetime(2026, 11, 25, 16, 0)
    # Before, 8:00 read "not logged" for a medicine the family had not been given yet.
    assert _hours(today_data(at_four).doses_today, at_four) == [(25, 20, "upcoming")]


def test_dates_typed_for_other_days_keep_their_whole_day_and_unknown_stays_unknown(store):
    morphine = _morphine(started_on=MONDAY, stopped_on=WEDNESDAY + timedelta(days=1))
    record = get_medicine(morphine)
    assert record.started_at is None and record.stopped_at is None
    assert [slot.scheduled_for.day for slot in dose_slots(MONDAY, date(2026, 11, 27))] == [
        23, 23, 24, 24, 25, 25,
    ]  # fmt: skip
    senna = save_medicine(MedicineRecord("Senna"), datetime(2026, 11, 25, 15, 0))
    assert get_medicine(senna).started_on is None and get_medicine(senna).started_at is None
