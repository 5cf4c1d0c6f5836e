"""This computer's changes to send, others' changes to take in, and the whole record.

:func:`apply_changes` gives the same record whatever the order the changes come in, however
often each comes: per row the later clock wins (store/sync/merge.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from caregiver_app.store.database import database_proxy
from caregiver_app.store.sync import clock
from caregiver_app.store.sync.change_types import ApplyResult, Change, UnknownChangeError
from caregiver_app.store.sync.merge import (
    apply_one,
    forget_waiting,
    still_loses,
    waiting_change,
    waiting_changes,
)
from caregiver_app.store.sync.rows import read_values, state_of_uuid, to_local
from caregiver_app.store.sync.tables import SharedTable, parents_first, shared_tables
from caregiver_app.store.transactions import transaction

__all__ = ["ApplyResult", "Change", "UnknownChangeError", "apply_changes", "local_changes"]


def _this_device() -> str | None:
    row = database_proxy.execute_sql("SELECT device_id FROM sync_state").fetchone()
    return None if row is None or row[0] is None else str(row[0])


def _change(table: SharedTable, row_uuid: str) -> Change | None:
    state = state_of_uuid(row_uuid)
    if state is None or state.clock is None:
        return None
    if state.row_id is None and not state.deleted:
        # Hidden: its name is another row's, or it went with a row deleted elsewhere. A
        # change made here that waits is still sent, so every computer holds it.
        return waiting_change(row_uuid, state.clock)
    values = None if state.row_id is None else read_values(table, state.row_id)
    return Change(
        table.name,
        row_uuid,
        state.clock,
        state.device_id,
        state.deleted or values is None,
        values or {},
        state.base_clock,
    )


def local_changes(after: int) -> list[tuple[int, Change]]:
    """This computer's changes after outbox sequence ``after``, in the order made; each
    row's newest state only (a change another computer's has since replaced is left out:
    it is in the conflict history when it mattered)."""
    tables = shared_tables()
    with transaction():
        clock.stamp_pending()
        rows = database_proxy.execute_sql(
            "SELECT seq, tbl, row_uuid, clock FROM sync_outbox WHERE seq > ? ORDER BY seq",
            (after,),
        ).fetchall()
        found: list[tuple[int, Change]] = []
        for seq, table, row_uuid, stamp in rows:
            change = _change(tables[table], row_uuid)
            if change is None or change.clock != stamp:
                change = waiting_change(row_uuid, stamp)
            if change is not None:
                found.append((int(seq), change))
        return found


def snapshot() -> Iterator[Change]:
    """Every shared row now, tombstones included, rows before those that refer to them."""
    tables = shared_tables()
    with transaction():
        clock.stamp_pending()
        changes: list[Change] = []
        for name in parents_first():
            rows = database_proxy.execute_sql(
                "SELECT uuid FROM sync_row WHERE tbl = ? ORDER BY deleted, row_id, uuid", (name,)
            ).fetchall()
            for (row_uuid,) in rows:
                change = _change(tables[name], row_uuid)
                if change is not None:
                    changes.append(change)
    yield from changes


def _check(changes: list[Change], tables: dict[str, SharedTable]) -> None:
    for change in changes:
        table = tables.get(change.table)
        if table is None:
            raise UnknownChangeError(change.table)
        for column in change.values:
            if column not in table.columns:
                raise UnknownChangeError(change.table, column)
        clock.parse_stamp(change.clock)


def apply_changes(changes: Iterable[Change]) -> ApplyResult:
    """Take in other computers' changes, all in one transaction; any order, any repeats,
    the same record. A change from a newer app (a table or column unknown here) raises
    :class:`UnknownChangeError` before anything is written."""
    tables = shared_tables()
    batch = sorted(changes, key=lambda change: (change.clock, change.row_uuid))
    _check(batch, tables)
    applied = 0
    conflict_ids: list[int] = []
    with transaction():
        clock.stamp_pending()
        database_proxy.execute_sql("UPDATE sync_state SET capture = 0")
        for change in batch:
            clock.observe(change.clock)
            took, found = apply_one(change, tables[change.table])
            applied += took
            conflict_ids += found
        applied += _apply_waiting(tables, conflict_ids)
        database_proxy.execute_sql("UPDATE sync_state SET capture = (device_id IS NOT NULL)")
    return ApplyResult(applied, tuple(conflict_ids))


def _not_shown(change: Change) -> bool:
    """Nothing newer than ``change`` shows for its row (it may be hidden, waiting)."""
    state = state_of_uuid(change.row_uuid)
    if state is None or state.clock is None or state.clock < change.clock:
        return True
    return state.clock == change.clock and state.row_id is None and not state.deleted


def _apply_waiting(tables: dict[str, SharedTable], conflict_ids: list[int]) -> int:
    """Take in the waiting changes whose rows have come; again until none moves."""
    applied = 0
    moved = True
    while moved:
        moved = False
        for change in waiting_changes():
            table = tables[change.table]
            if still_loses(change, table):
                continue
            before = state_of_uuid(change.row_uuid)
            if to_local(table, change.values)[0] is not None:
                forget_waiting(change)
                took, found = apply_one(change, table, again=True)
            elif to_local(table, change.values, lenient=True)[0] is not None and _not_shown(change):
                # It refers to a row deleted here (the reference is emptied) or merged into
                # another: shown so, and still waiting should that row come back.
                took, found = apply_one(change, table, again=True)
            else:
                continue
            applied += took
            conflict_ids += found
            # Merged again, into another row, it moves too: the rows that refer to it follow.
            moved = moved or took or state_of_uuid(change.row_uuid) != before
    return applied
