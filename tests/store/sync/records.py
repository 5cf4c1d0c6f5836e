"""Several care records in one test (opened one at a time), and a record's shared rows."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from peewee import SqliteDatabase

from caregiver_app.store.database import database_proxy
from caregiver_app.store.opening import open_store
from caregiver_app.store.sync.rows import read_values, uuid_of
from caregiver_app.store.sync.tables import shared_tables


@contextlib.contextmanager
def opened(folder: Path) -> Iterator[SqliteDatabase]:
    """The record in ``folder``, open (and the one the store functions use) until the end."""
    database = open_store(folder)
    try:
        yield database
    finally:
        database.close()


def dump() -> dict[str, dict[str, dict[str, object]]]:
    """Every row of every shared table by its UUID, references by UUID: what two records
    in step have the same of (their own ids aside)."""
    found: dict[str, dict[str, dict[str, object]]] = {}
    for name, table in shared_tables().items():
        rows = database_proxy.execute_sql(f'SELECT id FROM "{name}"').fetchall()
        found[name] = {
            uuid_of(name, row_id) or f"no uuid: {row_id}": read_values(table, row_id) or {}
            for (row_id,) in rows
        }
    return found


def tombstones() -> set[str]:
    """The UUIDs of the rows deleted."""
    rows = database_proxy.execute_sql("SELECT uuid FROM sync_row WHERE deleted = 1").fetchall()
    return {row[0] for row in rows}


def send_all(source: Path, target: Path) -> object:
    """Every change ``source`` has recorded, applied to ``target``; what applying returns."""
    from caregiver_app.store.sync.changes import apply_changes, local_changes

    with opened(source):
        changes = [change for _, change in local_changes(0)]
    with opened(target):
        return apply_changes(changes)
