"""Shared rows and their sync state: reading a row as a change's values, writing one back."""

from __future__ import annotations

from dataclasses import dataclass

from caregiver_app.store.database import database_proxy
from caregiver_app.store.sync.tables import SharedTable


@dataclass(frozen=True)
class RowState:
    """A shared row's line in ``sync_row``: where it is here and its last change."""

    table: str
    row_id: int | None  # None for a tombstone
    clock: str | None  # None while a change made here waits for its stamp
    device_id: str
    base_clock: str
    deleted: bool
    # A row that lost to another with the same unique key (the same tracker name made on
    # two computers): rows referring to it refer to that one instead.
    merged_into: str | None = None


_STATE = "SELECT tbl, row_id, clock, device_id, base_clock, deleted, merged_into FROM sync_row"


def _state(row: tuple | None) -> RowState | None:
    if row is None:
        return None
    return RowState(row[0], row[1], row[2], row[3], row[4], bool(row[5]), row[6])


def state_of_uuid(row_uuid: str) -> RowState | None:
    """The sync state of the row with this UUID (None: never heard of)."""
    return _state(database_proxy.execute_sql(f"{_STATE} WHERE uuid = ?", (row_uuid,)).fetchone())


def uuid_of(table: str, row_id: int) -> str | None:
    """The UUID of ``table``'s row ``row_id`` here."""
    row = database_proxy.execute_sql(
        "SELECT uuid FROM sync_row WHERE tbl = ? AND row_id = ?", (table, row_id)
    ).fetchone()
    return None if row is None else str(row[0])


def local_id(table: str, row_uuid: str, follow: bool = True) -> int | None:
    """The id here of ``table``'s live row with this UUID, or (``follow``) of the row it
    was merged into (None: not here, or deleted)."""
    for _ in range(_MOST_MERGES):
        row = database_proxy.execute_sql(
            "SELECT row_id, merged_into FROM sync_row WHERE tbl = ? AND uuid = ?",
            (table, row_uuid),
        ).fetchone()
        if row is None:
            return None
        if row[0] is not None:
            return int(row[0])
        if row[1] is None or not follow:
            return None
        row_uuid = str(row[1])
    return None


# Merges follow each other only as often as rows with one key were made on many computers.
_MOST_MERGES = 16


def put_state(row_uuid: str, state: RowState) -> None:
    """Write the sync state of the row with this UUID."""
    database_proxy.execute_sql(
        "INSERT INTO sync_row (tbl, row_id, uuid, clock, device_id, base_clock, deleted,"
        " merged_into) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uuid) DO UPDATE SET"
        " tbl = excluded.tbl, row_id = excluded.row_id, clock = excluded.clock,"
        " device_id = excluded.device_id, base_clock = excluded.base_clock,"
        " deleted = excluded.deleted, merged_into = excluded.merged_into",
        (
            state.table,
            state.row_id,
            row_uuid,
            state.clock,
            state.device_id,
            state.base_clock,
            int(state.deleted),
            state.merged_into,
        ),
    )


def read_values(table: SharedTable, row_id: int) -> dict[str, object] | None:
    """``table``'s row ``row_id`` as a change's values (references by UUID)."""
    names = ", ".join(f'"{column}"' for column in table.columns)
    row = database_proxy.execute_sql(
        f'SELECT {names} FROM "{table.name}" WHERE id = ?', (row_id,)
    ).fetchone()
    if row is None:
        return None
    values = dict(zip(table.columns, row, strict=True))
    for column, parent in table.references.items():
        if values[column] is not None:
            values[column] = uuid_of(parent, int(str(values[column])))
    return values


def to_local(
    table: SharedTable, values: dict[str, object], lenient: bool = False
) -> tuple[dict[str, object] | None, bool]:
    """A change's values with references turned into ids here, or None when a row they
    refer to is not here (yet). ``lenient``: a reference to a row merged into another (the
    same tracker name made on two computers) is to that one, and a reference that may be
    emptied (the contact a question was for) to a row deleted here is emptied, as SQLite
    empties it when the row goes; the second value says whether either happened."""
    local = dict(values)
    indirect = False
    for column, parent in table.references.items():
        reference = local.get(column)
        if reference is None:
            continue
        row_id = local_id(parent, str(reference), follow=False)
        if row_id is None and not lenient:
            return None, False
        if row_id is None:
            indirect = True
            row_id = local_id(parent, str(reference))
            if row_id is None:
                state = state_of_uuid(str(reference))
                if state is None or not state.deleted or column in table.cascades:
                    return None, False
        local[column] = row_id
    return local, indirect


def write_row(table: SharedTable, row_id: int | None, values: dict[str, object]) -> int:
    """Insert ``values`` as a new row of ``table`` (``row_id`` None) or update that row;
    returns the row's id."""
    columns = [column for column in table.columns if column in values]
    parameters = [values[column] for column in columns]
    if row_id is None:
        names = ", ".join(f'"{column}"' for column in columns)
        marks = ", ".join("?" for _ in columns)
        cursor = database_proxy.execute_sql(
            f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', parameters
        )
        return int(cursor.lastrowid)
    if columns:
        assignments = ", ".join(f'"{column}" = ?' for column in columns)
        database_proxy.execute_sql(
            f'UPDATE "{table.name}" SET {assignments} WHERE id = ?', [*parameters, row_id]
        )
    return row_id


def delete_row(table: str, row_id: int) -> None:
    """Delete the row (rows that belong to it go with it, as SQLite's references say)."""
    database_proxy.execute_sql(f'DELETE FROM "{table}" WHERE id = ?', (row_id,))


def colliding_row(
    table: SharedTable, key: tuple[str, ...], values: dict[str, object], row_id: int | None
) -> int | None:
    """Another row of ``table`` with the same unique ``key`` as ``values`` (an empty key: the
    table's one row)."""
    if any(values.get(column) is None for column in key):
        return None
    where = " AND ".join([f'"{column}" = ?' for column in key] + ["id IS NOT ?"])
    row = database_proxy.execute_sql(
        f'SELECT id FROM "{table.name}" WHERE {where} ORDER BY id LIMIT 1',
        [*(values[column] for column in key), row_id],
    ).fetchone()
    return None if row is None else int(row[0])
