"""Which computer a row comes from, and how in step this computer is with that one."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from caregiver_app.store.database import database_proxy
from caregiver_app.store.sync.clock import stamp_time
from caregiver_app.store.sync.devices import device_names, this_device
from caregiver_app.store.sync.tables import shared_tables


@dataclass(frozen=True)
class Origin:
    """The computer that last changed a row. ``in_step_as_of``: the time of the newest
    change read here from that computer (None for this computer)."""

    device_name: str
    is_this_computer: bool
    in_step_as_of: datetime | None


def _table(name: str) -> str:
    """The record's table name for ``name``, given as peewee or SQLite spells it."""
    for table in shared_tables():
        if name in (table, table.replace("_", "")):
            return table
    raise ValueError(f"not a shared table: {name}")


def newest_changes() -> dict[str, datetime]:
    """By device id, the time of the newest change read here from that computer."""
    rows = database_proxy.execute_sql(
        "SELECT device_id, max(clock) FROM sync_row WHERE clock IS NOT NULL GROUP BY device_id"
    ).fetchall()
    return {str(device): stamp_time(str(stamp)) for device, stamp in rows if device}


def origins(table: str, row_ids: Iterable[int]) -> dict[int, Origin]:
    """For each of ``table``'s rows ``row_ids``, where it comes from. Rows written before
    sharing began, or on this computer, are this computer's."""
    wanted = [int(row_id) for row_id in row_ids]
    device = this_device()
    here = Origin(device[1] if device else "", True, None)
    if device is None or not wanted:
        return dict.fromkeys(wanted, here)
    name = _table(table)
    found: dict[int, str] = {}
    for start in range(0, len(wanted), 500):
        part = wanted[start : start + 500]
        marks = ", ".join("?" for _ in part)
        rows = database_proxy.execute_sql(
            f"SELECT row_id, device_id FROM sync_row WHERE tbl = ? AND row_id IN ({marks})",
            [name, *part],
        ).fetchall()
        found.update({int(row_id): str(device_id) for row_id, device_id in rows})
    names = device_names()
    newest = newest_changes()
    result: dict[int, Origin] = {}
    for row_id in wanted:
        other = found.get(row_id, "")
        if not other or other == device[0]:
            result[row_id] = here
        else:
            result[row_id] = Origin(names.get(other, ""), False, newest.get(other))
    return result
