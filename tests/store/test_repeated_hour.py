"""A dose's time keeps which pass of the hour the clocks go back through it is in (schema
step 11): the first 1:45 and the second 1:15 of New York's first Sunday of November are
read back as the moments they were, in the order they happened."""

import shutil
from datetime import UTC, datetime

import pytest

from caregiver_app.store.database import database_path
from caregiver_app.store.diary.doses import DoseRecord, doses_between, get_dose, save_dose
from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.store.engine import sqlite
from caregiver_app.store.home_clock import home_now
from caregiver_app.store.medication.administrations import (
    AdministrationRecord,
    administrations_between,
    answer_dose,
    history,
)
from tests.helpers.paths import FIXTURES
from tests.helpers.time_zone import LONDON, NEW_YORK, frozen_clock, home_away
from tests.store.sync.records import opened

FIRST_1_45 = datetime(2026, 11, 1, 1, 45)
SECOND_1_15 = datetime(2026, 11, 1, 1, 15, fold=1)
NIGHT = (datetime(2026, 11, 1), datetime(2026, 11, 2))


def _passes(times: list[datetime]) -> list[tuple[str, int]]:
    return [(moment.strftime("%H:%M"), moment.fold) for moment in times]


def test_a_dose_in_the_second_pass_is_read_back_in_it_and_after_the_first(store):
    solution = save_medicine(MedicineRecord(name="Morphine oral solution", as_needed=True))
    with home_away(NEW_YORK, LONDON):
        second = save_dose(DoseRecord(solution, SECOND_1_15, dose="5 mg"))
        save_dose(DoseRecord(solution, FIRST_1_45, dose="5 mg"))
        save_dose(DoseRecord(solution, datetime(2026, 11, 1, 2, 5), dose="5 mg"))
        # Before, the fold was lost: 1:15, 1:45, 2:05, all of them the first pass.
        assert _passes([dose.given_at for dose in doses_between(*NIGHT)]) == [
            ("01:45", 0),
            ("01:15", 1),
            ("02:05", 0),
        ]
        found = get_dose(second)
        assert found is not None and found.given_at.fold == 1
        # Edited (a note added), it stays in its pass.
        save_dose(found._replace(note="calmer after"))
        again = get_dose(second)
        assert again is not None and (again.given_at, again.given_at.fold) == (SECOND_1_15, 1)


def test_a_fold_on_a_time_that_comes_once_is_kept_as_the_first_pass(store):
    # Python lets 2:05 carry fold=1, naming the same moment: kept as 0, so it sorts by the clock.
    solution = save_medicine(MedicineRecord(name="Morphine oral solution", as_needed=True))
    with home_away(NEW_YORK, LONDON):
        save_dose(DoseRecord(solution, datetime(2026, 11, 1, 2, 5, fold=1)))
        save_dose(DoseRecord(solution, datetime(2026, 11, 1, 2, 10)))
        assert _passes([dose.given_at for dose in doses_between(*NIGHT)]) == [
            ("02:05", 0),
            ("02:10", 0),
        ]


def test_an_answer_keeps_the_pass_of_its_time_given_and_a_change_of_pass_is_in_its_history(
    store, monkeypatch
):
    morphine = save_medicine(MedicineRecord(name="Morphine ER", strength="15 mg"))
    later = datetime(2026, 11, 1, 7, 0, tzinfo=UTC)  # 2 AM in New York, both passes over
    with home_away(NEW_YORK, LONDON), frozen_clock(monkeypatch, later):
        record = AdministrationRecord(
            morphine, datetime(2026, 11, 1, 1, 0), "given", effective_at=FIRST_1_45
        )
        answer_id = answer_dose(record)
        record = record._replace(id=answer_id, effective_at=datetime(2026, 11, 1, 1, 45, fold=1))
        answer_dose(record)
        [answer] = administrations_between(*NIGHT)
        assert answer.effective_at is not None and answer.effective_at.fold == 1
        # Before, the same wall time was no change at all: the history said nothing.
        [change] = history(answer_id)
        assert (change.field, change.old_value, change.new_value) == (
            "effective_at",
            "2026-11-01 01:45",
            "2026-11-01 01:45-05:00",
        )
        # And back: the time it said before keeps its pass too. Before, the old value lost
        # it, and the change read "01:45" to "01:45".
        answer_dose(record._replace(effective_at=FIRST_1_45))
        [_first, change] = history(answer_id)
        assert (change.old_value, change.new_value) == (
            "2026-11-01 01:45-05:00",
            "2026-11-01 01:45",
        )


def test_now_in_the_second_pass_is_the_second_pass(store, monkeypatch):
    with (
        home_away(NEW_YORK, LONDON),
        frozen_clock(monkeypatch, datetime(2026, 11, 1, 6, 15, tzinfo=UTC)),
    ):
        now = home_now()
        assert (now.hour, now.minute, now.fold) == (1, 15, 1)


def test_a_version_10_record_reads_every_dose_and_answer_as_the_first_pass(data_dir):
    data_dir.mkdir(parents=True)
    path = database_path(data_dir)
    shutil.copy(FIXTURES / "schema_v10.sqlite", path)
    connection = sqlite.connect(path)
    doses = connection.execute("SELECT id, given_at FROM breakthrough_dose ORDER BY id").fetchall()
    answers = connection.execute(
        "SELECT id, effective_at FROM administration ORDER BY id"
    ).fetchall()
    connection.close()
    assert doses and answers
    with opened(data_dir) as database:
        assert database.execute_sql("PRAGMA user_version").fetchone()[0] == 11
        read = database.execute_sql(
            "SELECT id, given_at, given_fold FROM breakthrough_dose ORDER BY id"
        ).fetchall()
        assert read == [(*row, 0) for row in doses]
        read = database.execute_sql(
            "SELECT id, effective_at, effective_fold FROM administration ORDER BY id"
        ).fetchall()
        assert read == [(*row, 0) for row in answers]
        assert all(dose.given_at.fold == 0 for dose in doses_between(None, None))
        with pytest.raises(Exception, match="CHECK"):
            database.execute_sql("UPDATE breakthrough_dose SET given_fold = 2")
