"""This computer as one of the family's: its device id and name, and the others' names."""

from __future__ import annotations

import uuid

from caregiver_app.store.database import database_proxy
from caregiver_app.store.sync import clock
from caregiver_app.store.sync.capture import start_capture, stop_capture
from caregiver_app.store.sync.tables import parents_first
from caregiver_app.store.transactions import transaction


def this_device() -> tuple[str, str] | None:
    """This computer's device id and name; None while it does not share the record."""
    row = database_proxy.execute_sql("SELECT device_id, device_name FROM sync_state").fetchone()
    if row is None or row[0] is None:
        return None
    return str(row[0]), str(row[1])


def become_device(name: str) -> str:
    """Start sharing from this computer: make its device id (returned), give every row a
    UUID and stamp it as this device's; the outbox then holds the whole record."""
    device_id = uuid.uuid4().hex
    run = database_proxy.execute_sql
    with transaction():
        _forget()
        run(
            "UPDATE sync_state SET device_id = ?, device_name = ?, capture = 1",
            (device_id, name),
        )
        run("INSERT OR REPLACE INTO sync_device (device_id, name) VALUES (?, ?)", (device_id, name))
        start_capture()
        for table in parents_first():
            run(
                f"INSERT INTO sync_row (tbl, row_id, uuid) SELECT '{table}', id,"
                f' lower(hex(randomblob(16))) FROM "{table}" WHERE id NOT IN'
                " (SELECT row_id FROM sync_row WHERE tbl = ? AND row_id IS NOT NULL)",
                (table,),
            )
            run(
                "UPDATE sync_row SET device_id = ?, clock = NULL, base_clock = '' WHERE tbl = ?",
                (device_id, table),
            )
            run(
                "INSERT INTO sync_outbox (tbl, row_uuid, changed_at) SELECT tbl, uuid,"
                " strftime('%Y-%m-%d %H:%M:%f', 'now') FROM sync_row WHERE tbl = ?"
                " ORDER BY row_id",
                (table,),
            )
        clock.stamp_pending()
    return device_id


def device_names() -> dict[str, str]:
    """The name of every device seen (this computer's included), by device id."""
    rows = database_proxy.execute_sql("SELECT device_id, name FROM sync_device").fetchall()
    return {str(device_id): str(name) for device_id, name in rows}


def remember_device(device_id: str, name: str) -> None:
    """Keep the name another computer goes by."""
    with transaction():
        database_proxy.execute_sql(
            "INSERT OR REPLACE INTO sync_device (device_id, name) VALUES (?, ?)",
            (device_id, name),
        )


def _forget() -> None:
    run = database_proxy.execute_sql
    stop_capture()
    run("UPDATE sync_state SET device_id = NULL, device_name = '', clock = '', capture = 0")
    run("DELETE FROM sync_device")
    run("DELETE FROM sync_outbox")
    run("DELETE FROM sync_pending")
    run("DELETE FROM sync_row WHERE deleted = 1 OR row_id IS NULL")
    run("UPDATE sync_row SET clock = NULL, device_id = '', base_clock = ''")


def forget_sharing() -> None:
    """Stop sharing from this computer: the rows stay, with their UUIDs; the device id, the
    others' names, the outbox and the tombstones go. The conflict history stays."""
    with transaction():
        _forget()
