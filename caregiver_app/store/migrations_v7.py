"""Schema step 7, frozen SQL like every step in ``migrations.py``: sharing the record."""

from __future__ import annotations

# Version 7: one record for the whole family (issue 20). The rows the family enters are
# shared; what belongs to one computer (reminders already shown, bookmarks, settings) is not.
# A shared row's stable UUID, the hybrid logical clock stamp and device of its last change
# live beside it in ``sync_row`` (no shared table changes, so no query does); a deletion
# leaves a tombstone there. Triggers keep it, and the outbox, while this computer shares
# (made when it starts: store/sync/capture.py, so a record not shared pays nothing); while
# it does not, a trigger only forgets deleted rows.
SHARED_TABLES = (
    "profile", "contact", "contact_phone", "diary_entry", "tracker", "tracker_score",
    "appointment", "appointment_participant", "appointment_change", "medicine",
    "breakthrough_dose", "administration", "administration_change", "supply_event", "question",
)  # fmt: skip


def forget_trigger(table: str) -> str:
    """The trigger that forgets a deleted row's UUID while the record is not shared."""
    # Not sharing: a deleted row's UUID goes with it. Taking in others' changes: a row
    # deleted with its parent becomes a tombstone, its clock left as it was. (The triggers
    # that keep the outbox exist only while this computer shares: store/sync/capture.py.)
    return (
        f"CREATE TRIGGER sync_{table}_forget AFTER DELETE ON {table}"
        f" WHEN (SELECT capture FROM sync_state) = 0 BEGIN "
        f"DELETE FROM sync_row WHERE tbl = '{table}' AND row_id = OLD.id"
        f" AND (SELECT device_id FROM sync_state) IS NULL; "
        f"UPDATE sync_row SET deleted = 1, row_id = NULL WHERE tbl = '{table}'"
        f" AND row_id = OLD.id; END"
    )


V7 = (
    """CREATE TABLE sync_state (
        id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
        device_id TEXT,
        device_name TEXT NOT NULL DEFAULT '',
        clock TEXT NOT NULL DEFAULT '',
        capture INTEGER NOT NULL DEFAULT 0
    )""",
    "INSERT INTO sync_state (id) VALUES (1)",
    """CREATE TABLE sync_device (
        device_id TEXT NOT NULL PRIMARY KEY,
        name TEXT NOT NULL
    )""",
    """CREATE TABLE sync_row (
        id INTEGER NOT NULL PRIMARY KEY,
        tbl TEXT NOT NULL,
        row_id INTEGER,
        uuid TEXT NOT NULL UNIQUE,
        clock TEXT,
        device_id TEXT NOT NULL DEFAULT '',
        base_clock TEXT NOT NULL DEFAULT '',
        deleted INTEGER NOT NULL DEFAULT 0,
        merged_into TEXT
    )""",
    "CREATE UNIQUE INDEX sync_row_local ON sync_row (tbl, row_id)",
    """CREATE TABLE sync_outbox (
        seq INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        tbl TEXT NOT NULL,
        row_uuid TEXT NOT NULL UNIQUE,
        changed_at TEXT NOT NULL,
        clock TEXT
    )""",
    """CREATE TABLE sync_pending (
        row_uuid TEXT NOT NULL,
        clock TEXT NOT NULL,
        change TEXT NOT NULL,
        PRIMARY KEY (row_uuid, clock)
    )""",
    """CREATE TABLE sync_conflict (
        id INTEGER NOT NULL PRIMARY KEY,
        tbl TEXT NOT NULL,
        row_uuid TEXT NOT NULL,
        kept_clock TEXT NOT NULL,
        kept_device TEXT NOT NULL,
        other_clock TEXT NOT NULL,
        other_device TEXT NOT NULL,
        other_values TEXT NOT NULL,
        recorded_at DATETIME NOT NULL,
        seen INTEGER NOT NULL DEFAULT 0,
        UNIQUE (row_uuid, kept_clock, other_clock)
    )""",
    *(
        f"INSERT INTO sync_row (tbl, row_id, uuid) SELECT '{table}', id,"
        f" lower(hex(randomblob(16))) FROM {table}"
        for table in SHARED_TABLES
    ),
    *(forget_trigger(table) for table in SHARED_TABLES),
)
