"""As-needed limits and the exports go by the moment a dose was given, the night New York's
clocks go back (Sunday 1 November 2026: 1:00 to 1:59 AM twice, EDT -04:00 then EST -05:00)."""

import csv
import io
from datetime import date, datetime

from caregiver_app.services.medication.as_needed import as_needed_state
from caregiver_app.services.medication.chart_data import gather_chart
from caregiver_app.services.medication.export_csv import log_csv
from caregiver_app.services.medication.export_fhir import log_bundle
from caregiver_app.services.medication.export_log import log_entries
from caregiver_app.store.diary.doses import DoseRecord, save_dose
from caregiver_app.store.diary.medicines import MedicineRecord, get_medicine, save_medicine
from caregiver_app.store.medication.administrations import AdministrationRecord, answer_dose
from caregiver_app.store.medication.schedules import (
    AsNeededRules,
    Schedule,
    get_rules,
    save_rules,
    save_schedule,
)
from tests.helpers.time_zone import LONDON, NEW_YORK, home_away

FIRST_1_45 = datetime(2026, 11, 1, 1, 45)
SECOND_1_15 = datetime(2026, 11, 1, 1, 15, fold=1)


def _solution(interval: int | None = None, most: int | None = None) -> int:
    solution = save_medicine(MedicineRecord(name="Morphine oral solution", as_needed=True))
    save_rules(solution, AsNeededRules(min_interval_minutes=interval, max_per_day=most))
    for given_at in (FIRST_1_45, SECOND_1_15):
        save_dose(DoseRecord(solution, given_at, dose="5 mg", reason="pain"))
    return solution


def _state(solution: int, now: datetime):
    medicine = get_medicine(solution)
    assert medicine is not None
    return as_needed_state(medicine, get_rules(solution), now)


def test_the_interval_runs_from_the_dose_in_the_second_pass(store):
    with home_away(NEW_YORK, LONDON):
        solution = _solution(interval=60)
        state = _state(solution, datetime(2026, 11, 1, 2, 10))
        assert state.last_dose is not None and state.last_dose.given_at.fold == 1
        # 55 minutes after the second 1:15. Before, the last dose was the first 1:45, an
        # hour and 25 minutes earlier: no warning, a double-dose risk.
        assert state.since_last is not None and state.since_last.total_seconds() == 55 * 60
        assert state.inside_interval and state.over_a_limit
        assert state.next_outside_interval == datetime(2026, 11, 1, 2, 15)


def test_the_24_hour_count_holds_the_dose_in_the_second_pass_an_hour_longer(store):
    with home_away(NEW_YORK, LONDON):
        solution = _solution(most=1)
        # Monday 1:00 AM EST: 24 hours and 15 minutes after the first 1:45, 23 hours and 45
        # minutes after the second 1:15. Before, the 1:15 read as the first pass (24 hours
        # and 45 minutes before): no dose counted, and no limit said.
        state = _state(solution, datetime(2026, 11, 2, 1, 0))
        assert state.doses_in_24h == 1 and state.at_daily_limit


def _night_log():
    morphine = save_medicine(MedicineRecord(name="Morphine ER", strength="15 mg"))
    save_schedule(morphine, Schedule("times", ("01:00",)), datetime(2026, 1, 1))
    answer_dose(
        AdministrationRecord(
            morphine,
            datetime(2026, 11, 1, 1, 0),
            "given",
            effective_at=datetime(2026, 11, 1, 1, 5, fold=1),
        ),
        now=datetime(2026, 11, 1, 3, 0),
    )
    _solution()
    return log_entries(date(2026, 11, 1), date(2026, 11, 1), datetime(2026, 11, 1, 3, 0))


def test_the_csv_log_lists_the_night_in_the_order_it_happened_with_each_offset(store):
    with home_away(NEW_YORK, LONDON):
        rows = list(csv.DictReader(io.StringIO(log_csv(_night_log()).decode("utf-8"))))
    assert [(row["kind"], row["time_given"]) for row in rows] == [
        ("scheduled", "2026-11-01T01:05:00-05:00"),
        ("as_needed", "2026-11-01T01:45:00-04:00"),
        ("as_needed", "2026-11-01T01:15:00-05:00"),
    ]


def test_the_fhir_bundle_gives_each_dose_its_own_offset(store):
    with home_away(NEW_YORK, LONDON):
        bundle = log_bundle(_night_log(), datetime(2026, 11, 1, 3, 0))
    times = [entry["resource"]["effectiveDateTime"] for entry in bundle["entry"][1:]]
    # Before, the second 1:15 was written -04:00: an hour before it happened, and before
    # the first 1:45.
    assert times == [
        "2026-11-01T01:05:00-05:00",
        "2026-11-01T01:45:00-04:00",
        "2026-11-01T01:15:00-05:00",
    ]


def test_the_chart_lists_the_as_needed_doses_in_the_order_given(store):
    with home_away(NEW_YORK, LONDON):
        _solution()
        chart = gather_chart(date(2026, 11, 1), filled=True, now=datetime(2026, 11, 1, 3, 0))
    [solution] = chart.as_needed
    # Before, the second 1:15 came first, as if given half an hour before the 1:45.
    assert [(d.given_at.strftime("%H:%M"), d.given_at.fold) for d in solution.doses] == [
        ("01:45", 0),
        ("01:15", 1),
    ]
