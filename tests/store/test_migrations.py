"""Every released schema version migrates to the current one without losing a row."""

import shutil
from pathlib import Path

import pytest

from caregiver_app.store import migrations
from caregiver_app.store.database import database_path
from caregiver_app.store.engine import sqlite
from caregiver_app.store.errors import RecordAccessError
from caregiver_app.store.migrations import CURRENT_VERSION
from caregiver_app.store.opening import open_store
from tests.helpers.paths import FIXTURES

RELEASED = sorted(FIXTURES.glob("schema_v*.sqlite"))


def _row_counts(path: Path) -> dict[str, int]:
    connection = sqlite.connect(path)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for table in tables
        }
    finally:
        connection.close()


def test_there_is_a_fixture_for_every_released_version():
    versions = {int(path.stem.removeprefix("schema_v")) for path in RELEASED}
    assert versions == set(range(1, CURRENT_VERSION + 1))


@pytest.mark.parametrize("fixture", RELEASED, ids=lambda path: path.stem)
def test_released_version_migrates_without_losing_rows(fixture, data_dir):
    data_dir.mkdir(parents=True)
    path = database_path(data_dir)
    shutil.copy(fixture, path)
    before = _row_counts(path)
    assert sum(before.values()) > 0
    database = open_store(data_dir)
    try:
        assert migrations.schema_version(database) == CURRENT_VERSION
        assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        database.close()
    after = _row_counts(path)
    for table, count in before.items():
        assert after[table] >= count, table


def _add_step(monkeypatch, statements):
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, statements))
    monkeypatch.setattr(migrations, "CURRENT_VERSION", len(migrations.MIGRATIONS))
    from caregiver_app.store import opening as store_package

    monkeypatch.setattr(store_package, "CURRENT_VERSION", len(migrations.MIGRATIONS))


def test_an_upgrade_backs_up_the_file_first(data_dir, monkeypatch):
    open_store(data_dir).close()
    from caregiver_app.store.queries import ProfileData, save_profile

    database = open_store(data_dir)
    save_profile(ProfileData(patient_name="Kept"))
    database.close()
    _add_step(monkeypatch, ("ALTER TABLE profile ADD COLUMN nickname TEXT NOT NULL DEFAULT ''",))
    database = open_store(data_dir)
    database.close()
    old = migrations.CURRENT_VERSION - 1
    backups = list(data_dir.glob(f"*.v{old}-before-upgrade-*.bak"))
    assert len(backups) == 1
    connection = sqlite.connect(backups[0])
    assert connection.execute("PRAGMA user_version").fetchone()[0] == old
    assert connection.execute("SELECT patient_name FROM profile").fetchone()[0] == "Kept"
    connection.close()
    connection = sqlite.connect(database_path(data_dir))
    assert connection.execute("PRAGMA user_version").fetchone()[0] == migrations.CURRENT_VERSION
    connection.close()


def test_a_failing_step_leaves_the_file_at_the_old_version(data_dir, monkeypatch):
    open_store(data_dir).close()
    _add_step(
        monkeypatch,
        ("CREATE TABLE half_done (x)", "THIS IS NOT SQL"),
    )
    with pytest.raises(RecordAccessError, match="syntax error"):
        open_store(data_dir)
    connection = sqlite.connect(database_path(data_dir))
    assert connection.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION
    names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in names
    connection.close()


def _diary_rows(path: Path) -> list[tuple]:
    connection = sqlite.connect(path)
    try:
        return connection.execute(
            "SELECT id, recorded_at, pain, note, temperature_c, oxygen_saturation,"
            " oxygen_flow_lpm, weight_kg FROM diary_entry ORDER BY id"
        ).fetchall()
    finally:
        connection.close()


def test_version_5_keeps_every_diary_entry_and_leaves_the_pulse_unknown(data_dir):
    data_dir.mkdir(parents=True)
    path = database_path(data_dir)
    shutil.copy(FIXTURES / "schema_v4.sqlite", path)
    before = _diary_rows(path)
    assert before and any(row[4] is not None for row in before)
    open_store(data_dir).close()
    assert _diary_rows(path) == before  # every entry, every vital, as it was
    connection = sqlite.connect(path)
    try:
        pulses = connection.execute("SELECT DISTINCT pulse_bpm FROM diary_entry").fetchall()
        assert pulses == [(None,)]  # nobody recorded a pulse before: it stays unknown
        with pytest.raises(sqlite.IntegrityError):
            connection.execute("UPDATE diary_entry SET pulse_bpm = 400")
    finally:
        connection.close()


# The disk has no room for the copy kept before an upgrade: SQLite's own "database or
# disk is full", as a real full disk gives it, for the files that copy is written to.
COPY_DISK_FULL = r"""
import sys
from caregiver_app.store import engine
real = engine.open_sqlite_connection
def no_room_for_the_copy(target, uri=False, password=None):
    connection = real(target, uri=uri, password=password)
    if "before-upgrade" in target:
        connection.execute("PRAGMA max_page_count = 2")
    return connection
engine.open_sqlite_connection = no_room_for_the_copy
from caregiver_app.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def _old_record(data_dir: Path) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = database_path(data_dir)
    shutil.copy(FIXTURES / "schema_v6.sqlite", path)
    return path


def test_no_room_for_the_copy_before_an_upgrade_is_one_sentence_and_leaves_nothing(data_dir):
    # It was a traceback ("unexpected error: database or disk is full", exit 1), and an
    # empty care-record.sqlite.v6-before-upgrade-....bak was left beside the record.
    from tests.helpers.snippet import run_snippet

    path = _old_record(data_dir)
    before = path.read_bytes()
    result = run_snippet(COPY_DISK_FULL, "--data-dir", str(data_dir), "info")
    assert result.returncode == 2, result.stderr
    assert result.stderr == (
        f"caregiver-app: The care record {path} must be updated for this version of Care "
        "Companion, but the disk is full; nothing was changed. Free some space on that "
        "disk and try again.\n"
    )
    assert sorted(p.name for p in data_dir.iterdir()) == ["care-record.sqlite"]
    assert path.read_bytes() == before


def test_the_window_says_so_too(data_dir, qapp, monkeypatch):
    # The window's start showed nothing at all (the sentence went to a terminal the
    # family does not have).
    from PySide6.QtWidgets import QMessageBox

    from caregiver_app.store import engine
    from caregiver_app.views.app import run_gui

    path = _old_record(data_dir)
    real = engine.open_sqlite_connection

    def no_room_for_the_copy(target, uri=False, password=None):
        connection = real(target, uri=uri, password=password)
        if "before-upgrade" in target:
            connection.execute("PRAGMA max_page_count = 2")
        return connection

    monkeypatch.setattr(engine, "open_sqlite_connection", no_room_for_the_copy)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    assert run_gui(data_dir) == 2
    assert shown == [
        f"The care record {path} must be updated for this version of Care Companion, but "
        "the disk is full; nothing was changed. Free some space on that disk and try again."
    ]
    assert sorted(p.name for p in data_dir.iterdir()) == ["care-record.sqlite"]
