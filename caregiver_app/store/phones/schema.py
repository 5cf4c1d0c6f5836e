"""The tables of the link to a calendar server (schema step 7): local to this computer.

They hold the server's address and user (the password lives in the keyring, or here when
no keyring exists), one row per appointment or contact on the server (where it is, its
ETag, hashes of what was last sent and received), the collections' sync tokens, the
changes waiting to go up, the deletions made on a phone waiting for the family's answer,
and the versions a conflict set aside. They are not shared through the family folder:
each computer has its own link to the server. No shared table gains a column.
"""

PHONES_SCHEMA: tuple[str, ...] = (
    """CREATE TABLE phone_setting (
        key TEXT NOT NULL PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    """CREATE TABLE phone_item (
        id INTEGER NOT NULL PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('appointment', 'contact')),
        record_id INTEGER NOT NULL,
        uid TEXT NOT NULL,
        href TEXT NOT NULL,
        etag TEXT NOT NULL DEFAULT '',
        sent_hash TEXT NOT NULL DEFAULT '',
        received_hash TEXT NOT NULL DEFAULT '',
        synced_at DATETIME NOT NULL,
        UNIQUE (kind, record_id),
        UNIQUE (kind, href)
    )""",
    """CREATE TABLE phone_collection (
        kind TEXT NOT NULL PRIMARY KEY CHECK (kind IN ('appointment', 'contact')),
        url TEXT NOT NULL,
        sync_token TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE phone_queue (
        id INTEGER NOT NULL PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('appointment', 'contact')),
        record_id INTEGER NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('send', 'delete')),
        queued_at DATETIME NOT NULL,
        UNIQUE (kind, record_id)
    )""",
    """CREATE TABLE phone_deletion (
        appointment_id INTEGER NOT NULL PRIMARY KEY,
        title TEXT NOT NULL,
        starts_at DATETIME NOT NULL,
        noticed_at DATETIME NOT NULL
    )""",
    """CREATE TABLE phone_conflict (
        id INTEGER NOT NULL PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('appointment', 'contact')),
        record_id INTEGER NOT NULL,
        noticed_at DATETIME NOT NULL,
        kept TEXT NOT NULL CHECK (kept IN ('here', 'phone')),
        other_version TEXT NOT NULL
    )""",
    "CREATE INDEX phone_conflict_record ON phone_conflict (kind, record_id)",
)
