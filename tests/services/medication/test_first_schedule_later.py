"""A medicine given its first schedule after it was added (as needed until then, or its
times not set up yet) asks for no dose before the moment that schedule was saved."""

import csv
import io
from datetime import date, datetime, time, timedelta

from caregiver_app.services.medication.chart_data import gather_chart
from caregiver_app.services.medication.due import NOT_LOGGED, dose_slots
from caregiver_app.services.medication.export_csv import log_csv
from caregiver_app.services.medication.export_fhir import log_bundle
from caregiver_app.services.medication.export_log import log_entries
from caregiver_app.services.medication.today import today_data
from caregiver_app.services.visit_summary.adherence_data import adherence_section
from caregiver_app.services.visit_summary.request import SummaryRequest
from caregiver_app.store.diary.medicines import MedicineRecord, get_medicine, list_medicines
from caregiver_app.store.medication.administrations import AdministrationRecord, answer_dose
from caregiver_app.store.medication.medicine_plan import MedicinePlan, save_medicine_plan
from caregiver_app.store.medication.schedule_history import earlier_schedules
from caregiver_app.store.medication.schedules import Schedule

MONDAY = date(2026, 11, 23)
ADDED = datetime(2026, 11, 1)
# Set up on Wednesday at 10:00: its 8:00 that day had already passed.
SET_UP = datetime(2026, 11, 25, 10, 0)
LATER = datetime(2026, 11, 26, 14, 0)
TWICE = Schedule("times", ("08:00", "20:00"))


def _log_begun():
    """Another medicine's dose answered on Monday: the family keeps the log since then."""
    morphine = save_medicine_plan(
        MedicinePlan(MedicineRecord("Morphine ER"), Schedule("times", ("07:00",))), ADDED
    )
    given = datetime.combine(MONDAY, time(7, 5))
    answer_dose(
        AdministrationRecord(morphine, given.replace(minute=0), "given", effective_at=given),
        now=given,
    )


def _set_up(medicine_id, moment=SET_UP, schedule=TWICE):
    record = get_medicine(medicine_id)
    assert record is not None
    record.as_needed = False
    save_medicine_plan(MedicinePlan(record, schedule), moment)


def _earlier_kinds(store):
    """Senna's earlier schedules: what it had, and until when."""
    rows = store.execute_sql(
        "SELECT earlier_schedule.schedule_kind, in_force_until FROM earlier_schedule JOIN medicine"
        " ON medicine.id = earlier_schedule.medicine_id WHERE medicine.name = 'Senna'"
        " ORDER BY in_force_until"
    ).fetchall()
    return [(kind, datetime.fromisoformat(until)) for kind, until in rows]


def _senna_doses(now=LATER):
    return [
        (slot.scheduled_for.day, slot.scheduled_for.hour, slot.state(now))
        for slot in dose_slots(MONDAY, now.date())
        if slot.medicine.name == "Senna"
    ]


def _senna_everywhere(now=LATER):
    """What the chart, the CSV, the FHIR log and the summary say of Senna, Monday to now."""
    chart = gather_chart(MONDAY, filled=True, now=now)
    rows = {
        row.at.hour: [cell.state for cell in row.cells]
        for row in chart.rows
        if row.medicine.name == "Senna"
    }
    entries = [entry for entry in log_entries(MONDAY, None, now) if entry.medicine.name == "Senna"]
    table = list(csv.DictReader(io.StringIO(log_csv(entries).decode())))
    logged = [(row["scheduled_time"][8:13], row["status"]) for row in table]
    bundle = log_bundle(entries, now)
    states = [entry["resource"]["status"] for entry in bundle["entry"][1:]]
    section = adherence_section(SummaryRequest(MONDAY, now.date()), now, list_medicines())
    counts = [
        (count.on_time, count.not_logged)
        for medicine_id, count in section.counts.items()
        if section.names[medicine_id] == "Senna"
    ]
    return rows, logged, states, counts


def _asks_only_from_the_set_up():
    assert _senna_doses() == [(25, 20, NOT_LOGGED), (26, 8, NOT_LOGGED), (26, 20, "upcoming")]
    assert [
        (slot.scheduled_for.day, slot.scheduled_for.hour)
        for slot in today_data(LATER).not_logged_earlier
        if slot.medicine.name == "Senna"
    ] == [(25, 20)]
    rows, logged, states, counts = _senna_everywhere()
    assert rows == {
        8: ["", "", "", NOT_LOGGED, "", "", ""],
        20: ["", "", NOT_LOGGED, "", "", "", ""],
    }
    assert logged == [("25T20", NOT_LOGGED), ("26T08", NOT_LOGGED)]
    assert states == ["unknown", "unknown"]
    assert counts == [(0, 2)]


def test_an_as_needed_medicine_made_regular_asks_for_no_dose_before_the_switch(store):
    _log_begun()
    senna = save_medicine_plan(MedicinePlan(MedicineRecord("Senna", as_needed=True)), ADDED)
    _set_up(senna)
    # Before, Monday and Tuesday at 8:00 and 20:00, and Wednesday at 8:00, read "not
    # logged" for doses nobody was asked to give.
    _asks_only_from_the_set_up()
    # What it was until then is kept, and gives no dose.
    assert _earlier_kinds(store) == [("as_needed", SET_UP)]
    assert earlier_schedules()[senna] == ((SET_UP, Schedule()),)


def test_a_schedule_set_up_weeks_after_the_medicine_was_added_counts_from_then(store):
    _log_begun()
    senna = save_medicine_plan(
        MedicinePlan(MedicineRecord("Senna", schedule="twice a day", started_on=ADDED.date())),
        ADDED,
    )
    assert dose_slots(MONDAY, LATER.date()) and _senna_doses() == []
    _set_up(senna)
    _asks_only_from_the_set_up()
    assert _earlier_kinds(store) == [("none", SET_UP)]
    assert get_medicine(senna).schedule == "twice a day"  # the prescription's words as typed


def test_a_medicine_added_with_its_times_and_no_start_asks_for_nothing_before(store):
    # The first day with the app: a medicine the family has given for months is added at
    # 10:00 with its times and no start date. Before, its doses of the days before (and its
    # 8:00 of that morning) showed on Today in red as "Overdue: not logged", in the chart,
    # the exports and the summary: doses the app never knew of, not doses nobody logged.
    _log_begun()
    save_medicine_plan(MedicinePlan(MedicineRecord("Senna"), TWICE), SET_UP)
    _asks_only_from_the_set_up()
    assert _earlier_kinds(store) == [("none", SET_UP)]


def test_a_medicine_added_with_its_schedule_still_counts_from_its_start(store):
    _log_begun()
    save_medicine_plan(MedicinePlan(MedicineRecord("Senna", started_on=MONDAY), TWICE), SET_UP)
    assert _senna_doses()[:2] == [(23, 8, NOT_LOGGED), (23, 20, NOT_LOGGED)]
    assert _earlier_kinds(store) == []


def test_regular_then_as_needed_then_regular_asks_nothing_of_the_as_needed_days(store):
    _log_begun()
    senna = save_medicine_plan(MedicinePlan(MedicineRecord("Senna"), TWICE), ADDED)
    record = get_medicine(senna)
    record.as_needed = True
    save_medicine_plan(MedicinePlan(record), datetime(2026, 11, 23, 12, 0))
    _set_up(senna, schedule=Schedule("times", ("09:00",)))
    assert _senna_doses() == [(23, 8, NOT_LOGGED), (26, 9, NOT_LOGGED)]  # nothing in between
    assert _earlier_kinds(store) == [
        ("none", ADDED),  # added with its times and no start: they count from then
        ("times", datetime(2026, 11, 23, 12, 0)),
        ("as_needed", SET_UP),
    ]


def test_saving_an_as_needed_or_unset_medicine_again_keeps_no_history(store):
    senna = save_medicine_plan(MedicinePlan(MedicineRecord("Senna", as_needed=True)), ADDED)
    plain = save_medicine_plan(MedicinePlan(MedicineRecord("Laxido")), ADDED)
    for medicine_id in (senna, plain):
        record = get_medicine(medicine_id)
        record.notes = "kept in the kitchen"
        save_medicine_plan(MedicinePlan(record), SET_UP)
    assert _earlier_kinds(store) == []
    # Unticked "as needed" with no times yet: what it was stays known, and gives no dose.
    record = get_medicine(senna)
    record.as_needed = False
    save_medicine_plan(MedicinePlan(record), SET_UP + timedelta(hours=1))
    assert _earlier_kinds(store) == [("as_needed", SET_UP + timedelta(hours=1))]
    assert dose_slots(MONDAY, LATER.date()) == []
