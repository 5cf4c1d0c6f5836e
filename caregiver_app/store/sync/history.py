"""The conflict history: a version that lost to another computer's, kept to be looked at."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from caregiver_app.store.database import database_proxy
from caregiver_app.store.home_clock import home_now
from caregiver_app.store.transactions import transaction


@dataclass(frozen=True)
class ConflictRow:
    """One row of the conflict history."""

    conflict_id: int
    table: str
    row_uuid: str
    kept_clock: str
    kept_device: str
    other_clock: str
    other_device: str
    other_values: dict[str, object]  # empty: the other version was a deletion
    recorded_at: datetime
    seen: bool


def record_conflict(
    table: str,
    row_uuid: str,
    kept: tuple[str, str],
    other: tuple[str, str],
    other_values: dict[str, object] | None,
) -> int | None:
    """Keep the version ``other`` (clock, device) that lost to ``kept`` (clock, device);
    returns the new history row's id, None when it was kept already."""
    cursor = database_proxy.execute_sql(
        "INSERT OR IGNORE INTO sync_conflict (tbl, row_uuid, kept_clock, kept_device,"
        " other_clock, other_device, other_values, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            table,
            row_uuid,
            *kept,
            *other,
            json.dumps(other_values or {}, sort_keys=True),
            home_now().replace(microsecond=0),
        ),
    )
    return int(cursor.lastrowid) if cursor.rowcount else None


_COLUMNS = (
    "id, tbl, row_uuid, kept_clock, kept_device, other_clock, other_device, other_values,"
    " recorded_at, seen"
)


def _conflict(row: tuple) -> ConflictRow:
    recorded = row[8] if isinstance(row[8], datetime) else datetime.fromisoformat(str(row[8]))
    return ConflictRow(
        int(row[0]), row[1], row[2], row[3], row[4], row[5], row[6], json.loads(row[7]),
        recorded, bool(row[9]),
    )  # fmt: skip


def conflicts(unseen_only: bool = False) -> tuple[ConflictRow, ...]:
    """The conflict history, oldest first (only what nobody has looked at yet)."""
    where = " WHERE seen = 0" if unseen_only else ""
    rows = database_proxy.execute_sql(f"SELECT {_COLUMNS} FROM sync_conflict{where} ORDER BY id")
    return tuple(_conflict(row) for row in rows.fetchall())


def conflict(conflict_id: int) -> ConflictRow | None:
    """One row of the conflict history."""
    row = database_proxy.execute_sql(
        f"SELECT {_COLUMNS} FROM sync_conflict WHERE id = ?", (conflict_id,)
    ).fetchone()
    return None if row is None else _conflict(row)


def mark_seen(conflict_ids: Iterable[int]) -> None:
    """The family has looked at these conflicts."""
    with transaction():
        for conflict_id in conflict_ids:
            database_proxy.execute_sql(
                "UPDATE sync_conflict SET seen = 1 WHERE id = ?", (int(conflict_id),)
            )
