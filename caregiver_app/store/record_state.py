"""A token for "the open record as it is now": it differs once anything was written to it.

Caches of what the record holds (the calendar's series, see
``store/calendar/series_cache.py``) keep their values while the token stays the same.
"""

from __future__ import annotations

import itertools

from caregiver_app.store.database import database_proxy

# A restore writes the backup's pages straight into the open connection (SQLite's
# backup API): neither its change count nor data_version sees it, so it is counted here.
_replacements = itertools.count()
_replaced = [next(_replacements)]


def note_contents_replaced() -> None:
    """The whole record was replaced in place (``sqlite_files.replace_contents``)."""
    _replaced[0] = next(_replacements)


def change_token() -> tuple[object, int, int, int] | None:
    """Equal for two calls only when nothing was written to the record in between.

    It holds the connection (a record opened again is another one), the rows this
    connection changed, SQLite's ``data_version`` (changes committed by any other
    connection, another process included) and the restores. None inside a
    transaction: what it reads may still be undone, so nothing should be kept.
    """
    connection = database_proxy.connection()
    if connection.in_transaction:
        return None
    (version,) = connection.execute("PRAGMA data_version").fetchone()
    return (connection, connection.total_changes, version, _replaced[0])


def others_version() -> int | None:
    """SQLite's ``data_version`` on this thread's connection to the record.

    It changes when another connection (another program, a second window, a worker
    thread of this one) commits, and never for this connection's own commits: a
    different value means someone else wrote to the record. None inside a transaction
    or when no record is open, where nothing should be concluded.
    """
    database = database_proxy.obj
    if database is None or database.is_closed():
        return None
    connection = database.connection()
    if connection.in_transaction:
        return None
    (version,) = connection.execute("PRAGMA data_version").fetchone()
    return int(version)
