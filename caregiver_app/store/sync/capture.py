"""The triggers that keep every change to a shared row while this computer shares.

They exist only while it shares (a record not shared pays nothing for them: SQLite
compiles a table's triggers into every statement that writes it). Each insert, update and
delete, through any store function, importer or command, puts the row in the outbox with
the time of the change; the clock stamp is given when changes are read out
(store/sync/clock.py). While others' changes are taken in, ``sync_state.capture`` is off.
"""

from __future__ import annotations

from caregiver_app.store.database import database_proxy
from caregiver_app.store.migrations_v9 import SHARED_TABLES

_CAPTURING = "(SELECT capture FROM sync_state) = 1"
_NOW = "strftime('%Y-%m-%d %H:%M:%f', 'now')"
_KINDS = ("insert", "update", "delete")


def _triggers(table: str) -> tuple[str, ...]:
    outbox = (
        f"INSERT OR REPLACE INTO sync_outbox (tbl, row_uuid, changed_at) SELECT '{table}', uuid,"
        f" {_NOW} FROM sync_row WHERE tbl = '{table}' AND row_id = {{ref}}.id;"
    )
    touched = (
        "base_clock = coalesce(clock, base_clock), clock = NULL,"
        " device_id = (SELECT device_id FROM sync_state)"
    )
    return (
        f"CREATE TRIGGER IF NOT EXISTS sync_{table}_insert AFTER INSERT ON {table}"
        f" WHEN {_CAPTURING} BEGIN "
        f"INSERT OR REPLACE INTO sync_row (tbl, row_id, uuid, device_id) VALUES ('{table}',"
        f" NEW.id, lower(hex(randomblob(16))), (SELECT device_id FROM sync_state)); "
        f"{outbox.format(ref='NEW')} END",
        f"CREATE TRIGGER IF NOT EXISTS sync_{table}_update AFTER UPDATE ON {table}"
        f" WHEN {_CAPTURING} BEGIN "
        f"INSERT OR IGNORE INTO sync_row (tbl, row_id, uuid) VALUES ('{table}', NEW.id,"
        f" lower(hex(randomblob(16)))); "
        f"UPDATE sync_row SET {touched} WHERE tbl = '{table}' AND row_id = NEW.id; "
        f"{outbox.format(ref='NEW')} END",
        f"CREATE TRIGGER IF NOT EXISTS sync_{table}_delete AFTER DELETE ON {table}"
        f" WHEN {_CAPTURING} BEGIN "
        f"{outbox.format(ref='OLD')} "
        f"UPDATE sync_row SET {touched}, deleted = 1, row_id = NULL"
        f" WHERE tbl = '{table}' AND row_id = OLD.id; END",
    )


def capture_triggers() -> tuple[str, ...]:
    """The statements that make every shared table's triggers (those made already stay)."""
    return tuple(statement for table in SHARED_TABLES for statement in _triggers(table))


def start_capture() -> None:
    """Make the triggers (inside the caller's transaction)."""
    for statement in capture_triggers():
        database_proxy.execute_sql(statement)


def stop_capture() -> None:
    """Drop the triggers (inside the caller's transaction)."""
    for table in SHARED_TABLES:
        for kind in _KINDS:
            database_proxy.execute_sql(f"DROP TRIGGER IF EXISTS sync_{table}_{kind}")
