"""The shared tables as the record describes them: columns, references, unique keys.

Read from SQLite itself (``PRAGMA table_info``, ``foreign_key_list``, ``index_list``), so a
later schema step that adds a column to a shared table is shared without a change here.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from caregiver_app.store.database import database_proxy
from caregiver_app.store.migrations_v9 import SHARED_TABLES

# Tables that hold one row for the whole record: two computers' rows are the same row.
SINGLE_ROW_TABLES = frozenset({"profile"})


class SharedTable(NamedTuple):
    """One shared table: its columns (without ``id``), references and unique keys."""

    name: str
    columns: tuple[str, ...]
    references: dict[str, str]  # column -> the shared table it refers to
    unique_keys: tuple[tuple[str, ...], ...]
    cascades: frozenset[str]  # the reference columns whose row goes with the row referred to


def _describe(table: str) -> SharedTable:
    run = database_proxy.execute_sql
    columns = tuple(row[1] for row in run(f'PRAGMA table_info("{table}")') if row[1] != "id")
    foreign = run(f'PRAGMA foreign_key_list("{table}")').fetchall()
    references = {row[3]: row[2] for row in foreign}
    cascades = frozenset(row[3] for row in foreign if row[6] == "CASCADE")
    keys: list[tuple[str, ...]] = []
    for row in run(f'PRAGMA index_list("{table}")').fetchall():
        name, unique, origin = row[1], row[2], row[3]
        if unique and origin != "pk":
            keys.append(tuple(info[2] for info in run(f'PRAGMA index_info("{name}")')))
    if table in SINGLE_ROW_TABLES:
        keys.append(())
    return SharedTable(table, columns, references, tuple(keys), cascades)


@cache
def _described(key: int) -> dict[str, SharedTable]:
    return {table: _describe(table) for table in SHARED_TABLES}


def shared_tables() -> dict[str, SharedTable]:
    """Every shared table of the open record, by name (parents before the rows that refer
    to them, in the order of :data:`SHARED_TABLES`)."""
    version = database_proxy.execute_sql("PRAGMA user_version").fetchone()[0]
    return _described(int(version))


def parents_first() -> tuple[str, ...]:
    """The shared tables ordered so each comes after the tables it refers to."""
    tables = shared_tables()
    ordered: list[str] = []

    def visit(name: str) -> None:
        if name in ordered:
            return
        for parent in tables[name].references.values():
            if parent != name:
                visit(parent)
        ordered.append(name)

    for name in tables:
        visit(name)
    return tuple(ordered)
