"""Opening the care record: pragmas, private file modes, refusing what it cannot read."""

import os
import stat

import pytest

from caregiver_app.store.database import database_path
from caregiver_app.store.errors import (
    InvalidValueError,
    NewerDatabaseError,
    RecordAccessError,
    UnreadableDatabaseError,
)
from caregiver_app.store.migrations import CURRENT_VERSION
from caregiver_app.store.models import ALL_MODELS, DiaryEntry
from caregiver_app.store.opening import open_store
from caregiver_app.store.queries import ProfileData, load_profile, record_counts, save_profile


def test_pragmas_are_set(store):
    def pragma(name):
        return store.execute_sql(f"PRAGMA {name}").fetchone()[0]

    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("synchronous") == 2  # FULL
    # A busy record is waited for by store/sharing.py's handler
    # (tests/store/test_two_writers.py), not busy_timeout.
    assert pragma("user_version") == CURRENT_VERSION


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_folder_and_files_are_private(store, data_dir):
    save_profile(ProfileData(patient_name="Test"))  # makes sure -wal and -shm exist
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    path = database_path(data_dir)
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        assert file.exists(), file
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file


def test_every_model_matches_the_migrated_schema(store):
    for model in ALL_MODELS:
        table = model._meta.table_name
        columns = {column.name for column in store.get_columns(table)}
        fields = {field.column_name for field in model._meta.sorted_fields}
        assert fields == columns, table


def test_scores_outside_0_to_10_are_refused_by_the_database(store):
    from datetime import datetime

    with pytest.raises(RecordAccessError, match="CHECK constraint failed"):
        DiaryEntry.create(recorded_at=datetime.now(), created_at=datetime.now(), pain=11)


def test_profile_round_trip_and_validation(store):
    from datetime import date, timedelta

    assert load_profile().is_empty()
    profile = ProfileData(
        patient_name="Zoë 李 <b>&",
        date_of_birth=date(1950, 5, 1),
        diagnosis_date=date(2026, 1, 2),
        allergies="none known",
        caregiver_name="Sam",
    )
    save_profile(profile)
    save_profile(profile)  # saving twice keeps one profile
    assert load_profile() == profile
    with pytest.raises(InvalidValueError) as error:
        save_profile(ProfileData(date_of_birth=date.today() + timedelta(days=1)))
    assert error.value.field == "date_of_birth"
    with pytest.raises(InvalidValueError) as error:
        save_profile(ProfileData(date_of_birth=date(1990, 1, 1), diagnosis_date=date(1980, 1, 1)))
    assert error.value.field == "diagnosis_date"
    assert load_profile() == profile


def test_counts_of_an_empty_and_a_demo_record(demo_store):
    counts = record_counts()
    assert counts.contacts >= 9
    assert counts.diary_entries > 100
    assert counts.appointments > 10
    assert counts.latest_entry is not None


def test_a_file_that_is_not_a_database_is_refused_untouched(data_dir):
    data_dir.mkdir(parents=True)
    path = database_path(data_dir)
    path.write_bytes(b"this is a shopping list, not a care record\n" * 10)
    before = path.read_bytes()
    with pytest.raises(UnreadableDatabaseError) as error:
        open_store(data_dir)
    assert "not a care record" in str(error.value)
    assert path.read_bytes() == before


def test_a_newer_database_is_refused_untouched(data_dir):
    from caregiver_app.store.engine import sqlite

    data_dir.mkdir(parents=True)
    path = database_path(data_dir)
    connection = sqlite.connect(path)
    connection.execute("CREATE TABLE future (x)")
    connection.execute(f"PRAGMA user_version = {CURRENT_VERSION + 5}")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError) as error:
        open_store(data_dir)
    assert "newer version" in str(error.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir()) == [path.name]
