"""Sharing one care record between programs: writers wait their turn; a restore has it alone.

The window and a command in a terminal, or two commands, may use the same record
at once. SQLite lets one connection write at a time. Every connection the app
makes gets the busy handler below, so a program that finds the record busy waits
(saying so once, on the command line) instead of failing with "database is
locked". Every write transaction on the record starts with ``BEGIN IMMEDIATE``
(``store/database.py``): a transaction that first read and then tried to write
could not wait, SQLite would refuse it at once to avoid a deadlock.

A restore replaces the whole record. It first takes the record for itself
(:class:`RecordToItself`): no other program may read or write until it is done,
so the copy kept before the restore holds everything that was saved, and nothing
saved by another program is written over unseen.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # The connection class of the one SQLite library (store/engine.py, which imports
    # this module: naming it here would close a cycle).
    from peewee import Database
    from sqlcipher3.dbapi2 import Connection

# SQLite's primary result codes.
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_FULL = 13

# The window waits a little (it cannot do anything else meanwhile); the command line
# sets a generous limit (cli.main), since a long import may hold the record a while.
WINDOW_WAIT_SECONDS = 15.0
NOTICE_AFTER_SECONDS = 1.0


class _Policy:
    """How long to wait for the record, whom to tell once it takes a while, and whether
    they were told (a plain class: a dataclass's methods are compiled at every start)."""

    def __init__(self) -> None:
        self.limit = WINDOW_WAIT_SECONDS
        self.on_wait: Callable[[], None] | None = None
        self.told = False


_policy = _Policy()


def set_waiting(
    limit_seconds: float, on_wait: Callable[[], None] | None = None
) -> tuple[float, Callable[[], None] | None]:
    """How long this process waits for a busy record, and what it does once it has
    waited a moment (the command line prints a line; ``None`` does nothing).

    Returns the policy it replaces, to be put back.
    """
    previous = (_policy.limit, _policy.on_wait)
    _policy.limit = limit_seconds
    _policy.on_wait = on_wait
    _policy.told = False
    return previous


def _tell_once() -> None:
    if _policy.told or _policy.on_wait is None:
        return
    _policy.told = True
    with contextlib.suppress(Exception):  # a failed notice must not break the wait itself
        _policy.on_wait()


def install_busy_handler(connection: Connection) -> None:
    """Make ``connection`` wait for a busy record, up to the process's limit."""
    started = [0.0]

    def handler(count: int) -> bool:
        now = time.monotonic()
        if count == 0:
            started[0] = now
        waited = now - started[0]
        if waited >= _policy.limit:
            return False  # SQLite then reports the record busy
        if waited >= NOTICE_AFTER_SECONDS:
            _tell_once()
        time.sleep(min(0.002 * (count + 1), 0.05))
        return True

    connection.set_busy_handler(handler)


def sqlite_code(error: BaseException | None) -> int | None:
    """SQLite's primary result code behind ``error`` (also through peewee's wrapper)."""
    seen = 0
    while error is not None and seen < 5:
        code = getattr(error, "sqlite_errorcode", None)
        if code is not None:
            return code & 0xFF
        inner = error.args[0] if error.args and isinstance(error.args[0], BaseException) else None
        error = inner or error.__cause__ or error.__context__
        seen += 1
    return None


def is_busy(error: BaseException) -> bool:
    """True when another program kept the record busy longer than we would wait."""
    return sqlite_code(error) in (SQLITE_BUSY, SQLITE_LOCKED)


def is_disk_full(error: BaseException) -> bool:
    """True for SQLite's "database or disk is full" and the system's ENOSPC/EDQUOT."""
    import errno

    seen = 0
    current: BaseException | None = error
    while current is not None and seen < 5:
        if isinstance(current, OSError) and current.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        current = current.__cause__ or current.__context__
        seen += 1
    code = sqlite_code(error)
    # The backup API raises SQLite's message without its result code.
    return code == SQLITE_FULL or (code is None and "database or disk is full" in str(error))


class RecordToItself:
    """The record held by one connection alone: no other program reads or writes it.

    SQLite's exclusive locking mode keeps the lock the next write transaction takes
    until :meth:`release`. Taking it waits (the busy handler) until every other
    program has closed the record; past the limit, the busy error is raised and
    nothing has changed.
    """

    def __init__(self, database: Database) -> None:
        self.database = database
        connection = database.connection()
        connection.execute("PRAGMA locking_mode = EXCLUSIVE").fetchall()
        try:
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("COMMIT")
        except BaseException:
            self._back_to_normal(connection)
            raise
        self.held = True

    @staticmethod
    def _back_to_normal(connection: Connection) -> None:
        connection.execute("PRAGMA locking_mode = NORMAL").fetchall()
        # The lock is let go at the next access of the file.
        connection.execute("SELECT count(*) FROM sqlite_master").fetchall()

    def release(self) -> None:
        """Let other programs use the record again (safe to call twice, or once closed)."""
        if not self.held:
            return
        self.held = False
        if not self.database.is_closed():
            self._back_to_normal(self.database.connection())
