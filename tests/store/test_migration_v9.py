"""Schema step 9: the schedules and usual times a change replaced are kept; those kept stay
as they were."""

import shutil
from datetime import datetime, time

from caregiver_app.services.medication.due import scheduled_medicines
from caregiver_app.services.medication.schedule_versions import ScheduleVersion
from caregiver_app.store.database import database_path
from caregiver_app.store.diary.medicines import list_medicines
from caregiver_app.store.engine import sqlite
from caregiver_app.store.medication.medicine_plan import MedicinePlan, save_medicine_plan
from caregiver_app.store.medication.schedule_history import earlier_schedules
from caregiver_app.store.medication.schedules import (
    Schedule,
    save_schedule,
    save_usual_time,
    usual_times,
)
from caregiver_app.store.medication.usual_history import earlier_usual_times
from tests.helpers.paths import FIXTURES
from tests.store.sync.records import opened

SCHEDULE_COLUMNS = "id, started_on, schedule_kind, dose_times, every_hours, first_time, weekdays"


def _v8_record(data_dir):
    data_dir.mkdir(parents=True)
    path = database_path(data_dir)
    shutil.copy(FIXTURES / "schema_v8.sqlite", path)
    return path


def _schedules(path):
    connection = sqlite.connect(path)
    try:
        return connection.execute(f"SELECT {SCHEDULE_COLUMNS} FROM medicine ORDER BY id").fetchall()
    finally:
        connection.close()


def test_each_schedule_of_a_v8_record_is_its_first_in_force_from_the_start(data_dir):
    path = _v8_record(data_dir)
    before = _schedules(path)
    assert sum(1 for row in before if row[2]) >= 3  # the demo's medicines by the clock
    with opened(data_dir) as database:
        assert database.execute_sql("PRAGMA user_version").fetchone()[0] >= 9
        assert earlier_schedules() == {}
        entries = scheduled_medicines()
        assert len(entries) == sum(1 for row in before if row[2])
        for entry in entries:
            # From the medicine's start, or from always when none was entered: no date is made.
            assert entry.versions == (ScheduleVersion(entry.schedule, None, None),)
    assert _schedules(path) == before  # every schedule and start date as it was


def test_a_shared_v8_record_keeps_sending_its_schedule_changes_after_the_upgrade(data_dir):
    path = _v8_record(data_dir)
    connection = sqlite.connect(path)
    with connection:  # this computer shared the record before the upgrade
        connection.execute("UPDATE sync_state SET device_id = ?, capture = 1", ("a" * 32,))
    connection.close()
    with opened(data_dir) as database:
        morphine = database.execute_sql(
            "SELECT id FROM medicine WHERE schedule_kind = 'times' ORDER BY id"
        ).fetchone()[0]
        save_schedule(morphine, Schedule("times", ("09:00", "21:00")), datetime(2026, 12, 1, 10))
        sent = database.execute_sql("SELECT tbl FROM sync_outbox ORDER BY seq").fetchall()
        # Before, the new table had no triggers until sharing was started again.
        assert ("earlier_schedule",) in sent and ("medicine",) in sent


def test_a_record_that_does_not_share_has_no_triggers_for_it_but_forgets_deleted_rows(data_dir):
    _v8_record(data_dir)
    with opened(data_dir) as database:
        names = {
            row[0]
            for row in database.execute_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                ("earlier_schedule",),
            ).fetchall()
        }
        assert names == {"sync_earlier_schedule_forget"}


def _settings(path):
    connection = sqlite.connect(path)
    try:
        query = "SELECT key, value FROM setting WHERE key LIKE 'usual_time.%' ORDER BY key"
        return connection.execute(query).fetchall()
    finally:
        connection.close()


def test_the_usual_times_of_a_v8_record_are_kept_as_they_were_and_shared(data_dir):
    path = _v8_record(data_dir)
    before = _settings(path)
    assert before  # the demo's breakfast, lunch, dinner and bedtime
    with opened(data_dir):
        assert {f"usual_time.{anchor}": at.strftime("%H:%M") for anchor, at in
                usual_times().items() if at} == dict(before)  # fmt: skip
        assert earlier_usual_times() == {}  # none replaced: no moment is made up
        started = [(entry.medicine.name, entry.medicine.started_moment) for entry in
                   scheduled_medicines()]  # fmt: skip
        assert all(moment is None for _name, moment in started)
    assert _settings(path) == before  # left as they were


def test_a_shared_v8_record_sends_its_usual_times_after_the_upgrade(data_dir):
    path = _v8_record(data_dir)
    connection = sqlite.connect(path)
    with connection:
        connection.execute("UPDATE sync_state SET device_id = ?, capture = 1", ("a" * 32,))
    connection.close()
    with opened(data_dir) as database:
        sent = database.execute_sql(
            "SELECT count(*) FROM sync_outbox WHERE tbl = 'usual_time'"
        ).fetchone()[0]
        assert sent == sum(1 for at in usual_times().values() if at)
        save_usual_time("lunch", time(13, 0), datetime(2026, 12, 1, 10))
        tables = {row[0] for row in database.execute_sql("SELECT tbl FROM sync_outbox")}
        assert {"usual_time", "earlier_usual_time"} <= tables


def test_an_upgraded_record_keeps_what_an_as_needed_medicine_was_when_it_is_made_regular(
    data_dir,
):
    _v8_record(data_dir)
    with opened(data_dir) as database:
        record = next(medicine for medicine in list_medicines() if medicine.as_needed)
        record.as_needed = False
        moment = datetime(2026, 12, 1, 10)
        save_medicine_plan(MedicinePlan(record, Schedule("times", ("09:00",))), moment)
        kept = database.execute_sql(
            "SELECT schedule_kind FROM earlier_schedule WHERE medicine_id = ?", (record.id,)
        ).fetchall()
        # The step's CHECK takes it: before, the upgraded table refused such a row.
        assert kept == [("as_needed",)]
        assert earlier_schedules()[record.id] == ((moment, Schedule()),)
