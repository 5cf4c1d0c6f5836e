"""Schema step 7 keeps every row and gives each shared row a UUID."""

import shutil

from caregiver_app.store.database import database_path
from caregiver_app.store.engine import sqlite
from caregiver_app.store.migrations_v7 import SHARED_TABLES
from caregiver_app.store.sync.devices import this_device
from tests.helpers.paths import FIXTURES
from tests.store.sync.records import opened


def _rows(path, table):
    connection = sqlite.connect(path)
    try:
        return connection.execute(f'SELECT * FROM "{table}" ORDER BY id').fetchall()
    finally:
        connection.close()


def test_every_shared_row_of_a_v6_record_gets_its_own_uuid(data_dir):
    data_dir.mkdir(parents=True)
    path = database_path(data_dir)
    shutil.copy(FIXTURES / "schema_v6.sqlite", path)
    before = {table: _rows(path, table) for table in SHARED_TABLES}
    assert sum(len(rows) for rows in before.values()) > 100
    with opened(data_dir) as database:
        run = database.execute_sql
        for table, rows in before.items():
            # Later steps may add columns (step 9: a medicine's start and stop moments).
            width = len(rows[0]) if rows else 0
            assert [row[:width] for row in _rows_now(run, table)] == rows, table
            ids = {row[0] for row in rows}
            sync = run("SELECT row_id, uuid FROM sync_row WHERE tbl = ?", (table,)).fetchall()
            assert {row_id for row_id, _ in sync} == ids, table
        uuids = [row[0] for row in run("SELECT uuid FROM sync_row").fetchall()]
        assert len(uuids) == len(set(uuids)) == sum(len(rows) for rows in before.values())
        assert all(len(uuid) == 32 for uuid in uuids)
        local = ("reminder_delivery", "bookmark", "setting")
        assert not run("SELECT count(*) FROM sync_row WHERE tbl IN (?, ?, ?)", local).fetchone()[0]
        assert this_device() is None
        assert run("SELECT count(*) FROM sync_outbox").fetchone()[0] == 0


def _rows_now(run, table):
    return [tuple(row) for row in run(f'SELECT * FROM "{table}" ORDER BY id').fetchall()]


def test_the_v7_fixture_is_a_record_that_does_not_share(data_dir):
    data_dir.mkdir(parents=True)
    shutil.copy(FIXTURES / "schema_v7.sqlite", database_path(data_dir))
    with opened(data_dir) as database:
        assert database.execute_sql("PRAGMA user_version").fetchone()[0] >= 7
        assert this_device() is None
