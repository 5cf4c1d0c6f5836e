"""Taking in one change from another computer: the later clock wins, the loser is kept.

A row changed on two computers since they last agreed (the winning change was not made from
the version it beats) leaves the losing version in the conflict history. A change whose
row refers to a row not here yet (a dose before its medicine) waits in ``sync_pending``
and is taken in when that row comes; meanwhile the row is hidden (a row shows its newest
version or nothing, whatever the order changes came in). A row that goes with a row deleted
on another computer (or with the row it referred to through a merge) waits likewise, its
newest version still known, so a version older than it coming later stays out. Of two
rows that may not both exist (the same tracker name, the same scheduled dose answered on
two computers, the profile) the later shows and the other waits, hidden, the rows that
refer to it shown with the one that shows.
"""

from __future__ import annotations

from collections.abc import Iterator

from caregiver_app.store.database import database_proxy
from caregiver_app.store.sync.change_types import Change
from caregiver_app.store.sync.history import record_conflict
from caregiver_app.store.sync.rows import (
    RowState,
    colliding_row,
    delete_row,
    put_state,
    read_values,
    state_of_uuid,
    to_local,
    uuid_of,
    write_row,
)
from caregiver_app.store.sync.tables import SharedTable, shared_tables


def _current(table: SharedTable, state: RowState | None) -> dict[str, object] | None:
    if state is None or state.row_id is None:
        return None
    return read_values(table, state.row_id)


def _same(change: Change, values: dict[str, object] | None) -> bool:
    if change.deleted or values is None:
        return change.deleted and values is None
    return all(values.get(column) == value for column, value in change.values.items())


def _keep_pending(change: Change) -> None:
    database_proxy.execute_sql(
        "INSERT OR IGNORE INTO sync_pending (row_uuid, change, clock) VALUES (?, ?, ?)",
        (change.row_uuid, change.to_json(), change.clock),
    )


def _settle_pending(change: Change, older_only: bool = False) -> None:
    database_proxy.execute_sql(
        f"DELETE FROM sync_pending WHERE row_uuid = ? AND clock {'<' if older_only else '<='} ?",
        (change.row_uuid, change.clock),
    )


def _hide(row_uuid: str, state: RowState) -> None:
    """The row goes from the record but its newest version is still known, waiting (not a
    deletion, so no tombstone): a version older than it, coming later, stays out, as it
    would had it come first."""
    put_state(
        row_uuid,
        RowState(state.table, None, state.clock, state.device_id, state.base_clock, False),
    )


def _unredirect(row_uuid: str) -> None:
    """The row ``row_uuid`` no longer stands merged into another: the rows that refer to it
    and were shown with that one wait again, to be shown as its fate says."""
    rows = database_proxy.execute_sql(
        "SELECT change FROM sync_pending WHERE change LIKE ?", (f'%"{row_uuid}"%',)
    ).fetchall()
    tables = shared_tables()
    for (text,) in rows:
        child = Change.from_json(text)
        state = state_of_uuid(child.row_uuid)
        if state is None or state.row_id is None or state.clock != child.clock:
            continue
        _delete(tables[child.table], state.row_id)
        _hide(child.row_uuid, state)


def _conflict(
    change: Change, kept: tuple[str, str], other: tuple[str, str], values: dict | None
) -> list[int]:
    conflict_id = record_conflict(change.table, change.row_uuid, kept, other, values)
    return [] if conflict_id is None else [conflict_id]


def _older(change: Change, table: SharedTable, state: RowState) -> list[int]:
    """``change`` lost to the version here: kept when it was made without seeing it."""
    assert state.clock is not None
    if change.clock == state.clock or state.base_clock >= change.clock:
        return []
    if _same(change, _current(table, state)):
        return []
    values = None if change.deleted else change.values
    return _conflict(
        change, (state.clock, state.device_id), (change.clock, change.device_id), values
    )


def _key_holders(
    change: Change, table: SharedTable, local: dict[str, object], row_id: int | None
) -> Iterator[tuple[int, str, RowState | None, bool]]:
    """Each other row here holding one of the unique keys of the incoming row ``local``
    (``row_id`` itself aside): its id, its uuid, its state, and whether its version is the
    later one, which keeps the key. Found one key at a time, after the last was settled."""
    for key in table.unique_keys:
        other_id = colliding_row(table, key, local, row_id)
        if other_id is None:
            continue
        other_uuid = uuid_of(table.name, other_id) or ""
        other = state_of_uuid(other_uuid) if other_uuid else None
        other_clock = (other.clock if other else None) or ""
        yield (
            other_id,
            other_uuid,
            other,
            (other_clock, other_uuid) > (change.clock, change.row_uuid),
        )


def _give_way(
    change: Change, table: SharedTable, local: dict[str, object], row_id: int | None
) -> tuple[list[int], bool]:
    """Settle rows with the same unique key as the incoming row: the later version shows,
    the other waits (for the key to be free again: a rename, a deletion), and the rows that
    refer to it refer to the one shown. Returns the conflicts and whether it lost."""
    found: list[int] = []
    for other_id, other_uuid, other, later in _key_holders(change, table, local, row_id):
        other_clock = (other.clock if other else None) or ""
        other_device = other.device_id if other else ""
        other_values = read_values(table, other_id)
        if later:
            if not _same(change, other_values):
                found += _conflict(
                    change, (other_clock, other_device), (change.clock, change.device_id),
                    change.values,
                )  # fmt: skip
            # Its newest version cannot show: the row waits, hidden, for the key to be free.
            if row_id is not None:
                _delete(table, row_id)
            _keep_pending(change)
            put_state(
                change.row_uuid,
                RowState(
                    table.name, None, change.clock, change.device_id, change.base_clock, False,
                    other_uuid,
                ),
            )  # fmt: skip
            _follow_on(change.row_uuid, other_uuid)
            return found, True
        if not _same(change, other_values):
            found += _conflict(
                change, (change.clock, change.device_id), (other_clock, other_device),
                other_values,
            )  # fmt: skip
        if other is not None and other.clock is not None and other_values is not None:
            _keep_pending(
                Change(table.name, other_uuid, other.clock, other_device, False, other_values,
                       other.base_clock)
            )  # fmt: skip
        _delete(table, other_id)
        if other_uuid:
            put_state(
                other_uuid,
                RowState(
                    table.name, None, other_clock or None, other_device,
                    other.base_clock if other else "", False, change.row_uuid,
                ),
            )  # fmt: skip
            _follow_on(other_uuid, change.row_uuid)
    return found, False


def _follow_on(row_uuid: str, into: str) -> None:
    """The rows merged into ``row_uuid`` are now merged into ``into``, the row that holds
    their key: should ``row_uuid`` later take another name, they still stand with the row
    that has theirs, as where the rows came in another order."""
    database_proxy.execute_sql(
        "UPDATE sync_row SET merged_into = ? WHERE merged_into = ? AND uuid != ?",
        (into, row_uuid, into),
    )


def _release(row_uuid: str, table: SharedTable, row_id: int) -> None:
    """The row ``row_uuid`` was written (a tracker renamed): the rows merged into it for a
    key it no longer holds stand merged no longer. They wait, hidden, with the rows shown
    with it on their account, and come back as their own keys say when the waiting changes
    are taken in again: as on a computer that had the rename before they came."""
    rows = database_proxy.execute_sql(
        "SELECT uuid, clock FROM sync_row WHERE merged_into = ?", (row_uuid,)
    ).fetchall()
    for other_uuid, other_clock in rows:
        waiting = waiting_change(other_uuid, other_clock)
        if waiting is None:
            continue  # nothing to come back as: the rows shown with this one stay so
        local = to_local(table, waiting.values, True)[0]
        if local is not None and any(
            colliding_row(table, key, local, None) == row_id for key in table.unique_keys
        ):
            continue  # still its key: still merged
        _unredirect(other_uuid)
        database_proxy.execute_sql(
            "UPDATE sync_row SET merged_into = NULL WHERE uuid = ?", (other_uuid,)
        )


def _park_children(table: SharedTable, row_id: int, tables: dict[str, SharedTable]) -> None:
    """Before a row goes because another computer deleted it, keep the rows that refer to
    it waiting, as they are: should the row come back (a later edit elsewhere wins over
    the deletion), they come back with it, as on a computer that never deleted it."""
    for child in tables.values():
        for column, parent in child.references.items():
            if parent != table.name:
                continue
            rows = database_proxy.execute_sql(
                f'SELECT id FROM "{child.name}" WHERE "{column}" = ?', (row_id,)
            ).fetchall()
            for (child_id,) in rows:
                child_uuid = uuid_of(child.name, child_id)
                state = state_of_uuid(child_uuid) if child_uuid else None
                values = read_values(child, child_id)
                if child_uuid is None or state is None or state.clock is None or values is None:
                    continue
                if column in child.cascades:
                    _park_children(child, child_id, tables)
                    _hide(child_uuid, state)
                _keep_pending(
                    Change(child.name, child_uuid, state.clock, state.device_id, False, values,
                           state.base_clock)
                )  # fmt: skip


def _delete(table: SharedTable, row_id: int) -> None:
    _park_children(table, row_id, shared_tables())
    delete_row(table.name, row_id)


def apply_one(change: Change, table: SharedTable, again: bool = False) -> tuple[bool, list[int]]:
    """Take in ``change`` if it is newer than the row here (``again``: or the same, a row
    that lost a reference when the row it refers to went, now back); returns whether it
    changed the record and the conflict history rows it made."""
    state = state_of_uuid(change.row_uuid)
    known = state.clock if state is not None else None
    if known is not None and (change.clock < known or (change.clock == known and not again)):
        assert state is not None
        return False, _older(change, table, state)
    if state is not None and state.merged_into is not None and change.clock != state.clock:
        _unredirect(change.row_uuid)
    local, indirect = (None, False) if change.deleted else to_local(table, change.values, True)
    if local is None and not change.deleted:
        # The row's newest version cannot show yet: the row waits, hidden, for its parent.
        _keep_pending(change)
        if state is not None and state.row_id is not None:
            _delete(table, state.row_id)
        put_state(
            change.row_uuid,
            RowState(table.name, None, change.clock, change.device_id, change.base_clock, False),
        )
        _settle_pending(change, older_only=True)
        return False, []
    if indirect:
        # Kept as sent too: should the row it referred to come back, so does the reference.
        _keep_pending(change)
    found: list[int] = []
    current = _current(table, state)
    clashed = (
        state is not None
        and state.clock is not None
        and change.base_clock < state.clock
        and change.clock != state.clock
    )
    if clashed and not _same(change, current):
        assert state is not None and state.clock is not None
        found += _conflict(
            change, (change.clock, change.device_id), (state.clock, state.device_id), current
        )
    row_id = state.row_id if state is not None else None
    if change.deleted:
        if row_id is not None:
            _delete(table, row_id)
        row_id = None
    else:
        assert local is not None
        collided, lost = _give_way(change, table, local, row_id)
        found += collided
        if lost:
            return False, found
        row_id = write_row(table, row_id, local)
        _release(change.row_uuid, table, row_id)
    put_state(
        change.row_uuid,
        RowState(
            table.name, row_id, change.clock, change.device_id, change.base_clock, change.deleted
        ),
    )
    _settle_pending(change, older_only=indirect)
    return True, found


def still_loses(change: Change, table: SharedTable) -> bool:
    """``change`` waits for a unique key (a tracker name) that a later row still holds, and
    stands merged into that row. (Merged into one that has since gone, it is to be taken
    in again, to stand merged into the row that holds the key now, as where that row came
    first: else the rows that refer to it would follow it to nothing.)"""
    state = state_of_uuid(change.row_uuid)
    if state is None or state.merged_into is None or state.clock != change.clock:
        return False
    local = to_local(table, change.values, True)[0]
    if local is None:
        return False
    return any(
        later and holder == state.merged_into
        for _, holder, _, later in _key_holders(change, table, local, None)
    )


def waiting_changes() -> list[Change]:
    """The changes waiting for a row they refer to, oldest stamp first."""
    rows = database_proxy.execute_sql("SELECT change FROM sync_pending ORDER BY clock, row_uuid")
    return [Change.from_json(row[0]) for row in rows.fetchall()]


def waiting_change(row_uuid: str, stamp: str) -> Change | None:
    """The change of ``row_uuid`` with this stamp on the waiting list, if it is there."""
    row = database_proxy.execute_sql(
        "SELECT change FROM sync_pending WHERE row_uuid = ? AND clock = ?", (row_uuid, stamp)
    ).fetchone()
    return None if row is None else Change.from_json(row[0])


def forget_waiting(change: Change) -> None:
    """Take ``change`` off the waiting list (to try it again)."""
    database_proxy.execute_sql(
        "DELETE FROM sync_pending WHERE row_uuid = ? AND clock = ?",
        (change.row_uuid, change.clock),
    )
