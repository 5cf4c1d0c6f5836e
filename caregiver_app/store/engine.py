"""The one SQLite library the app uses, and how a file is opened with or without a password.

Every SQLite file the app touches (the record, its backups, a file chosen to
restore, the copies checked in memory) is opened through ``sqlcipher3``, the
SQLCipher build of SQLite. Without a key it reads and writes ordinary SQLite
files; with one, every page is encrypted. Using it for everything means the
process never opens one file through two SQLite libraries, whose locks would not
see each other. (peewee imports the standard ``sqlite3`` module too, but nothing
here connects through it; ``tests/project/test_one_sqlite_library.py`` checks.)
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from peewee import Database, PeeweeException, _savepoint
from playhouse.sqlcipher_ext import SqlCipherDatabase
from sqlcipher3 import dbapi2 as sqlite
from sqlcipher3.dbapi2 import Connection, Cursor

from caregiver_app.store.errors import RecordAccessError
from caregiver_app.store.sharing import install_busy_handler

SQLITE_HEADER = b"SQLite format 3\x00"
PLAIN_PAYLOAD_FRACTIONS = b"\x40\x20\x20"
Error = sqlite.Error  # what every failed call of the SQLite library raises

_logging_silenced = False


def _silence_cipher_log() -> None:
    """Once per process, before the first connection: SQLCipher writes a line to stderr
    for every page it cannot decrypt (a wrong password); the app says what happened in
    its own words instead."""
    global _logging_silenced
    if not _logging_silenced:
        quiet = sqlite.connect(":memory:")
        try:
            quiet.execute("PRAGMA cipher_log_level = NONE").fetchall()
        finally:
            quiet.close()
        _logging_silenced = True


def normalise_password(password: str) -> str:
    """The same password typed on another keyboard or system gives the same key."""
    return unicodedata.normalize("NFC", password)


def _key_statement(password: str) -> str:
    # PRAGMA takes no parameters; a quote inside the password is doubled.
    return "PRAGMA key = '{}'".format(normalise_password(password).replace("'", "''"))


def throwaway_key_statement() -> str:
    """A random raw key for a private copy in memory: no key derivation to wait for."""
    return f"PRAGMA key = \"x'{secrets.token_hex(32)}'\""


def open_sqlite_connection(
    target: str, uri: bool = False, password: str | None = None
) -> Connection:
    """Open ``target`` in autocommit mode (like peewee), keyed with ``password`` if given."""
    _silence_cipher_log()
    connection = sqlite.connect(target, uri=uri, isolation_level=None)
    try:
        install_busy_handler(connection)
        if password:
            connection.execute(_key_statement(password))
    except BaseException:
        connection.close()
        raise
    return connection


def place_is_read_only(path: Path) -> bool:
    """True when nothing can be written at ``path``: a read-only disk, folder or file.

    A read-only mount stops even an administrator, who passes every permission check.
    """
    statvfs = getattr(os, "statvfs", None)
    if statvfs is not None:
        try:
            if statvfs(path).f_flag & os.ST_RDONLY:
                return True
        except OSError:
            pass
    return os.path.exists(path) and not os.access(path, os.W_OK)


# SQLite's -shm file (the WAL index) is made in blocks of 32 KiB.
SHM_BLOCK = 32 * 1024


def no_room_beside(path: Path) -> bool:
    """True when the disk holding ``path`` has no room left for a ``-shm`` file."""
    try:
        return shutil.disk_usage(Path(path).parent).free < 2 * SHM_BLOCK
    except OSError:
        return False


def no_room_for(error: BaseException, path: Path) -> bool:
    """True when ``error``, met writing ``path`` or the record there, means its disk is full."""
    from caregiver_app.store import sharing

    # SQLite says "disk I/O error" when it cannot make the -shm on a full disk.
    return sharing.is_disk_full(error) or (
        sharing.sqlite_code(error) == sharing.SQLITE_IOERR and no_room_beside(path)
    )


def cannot_make_side_files(path: Path) -> bool:
    """True when SQLite could not make a ``-wal`` or ``-shm`` beside ``path``: the place is
    read-only, or its disk is full."""
    path = Path(path)
    return place_is_read_only(path.parent) or place_is_read_only(path) or no_room_beside(path)


def read_only_uri(path: Path) -> str:
    """The URI that opens ``path`` so that nothing can be written to it.

    SQLite reads a WAL-mode file only through its ``-shm`` file, which it makes
    beside it. On a read-only or full disk it cannot, so a file there without
    one is opened as unchangeable (``immutable``), which needs no ``-shm``; no
    other program can be changing it, as it would need the ``-shm`` too. Not when
    a ``-wal`` holds changes: those are read only through the ``-shm``.
    """
    path = Path(path).resolve()
    uri = f"{path.as_uri()}?mode=ro"
    shm, wal = Path(f"{path}-shm"), Path(f"{path}-wal")
    if not shm.exists() and cannot_make_side_files(path):
        try:
            unsaved = wal.stat().st_size > 0
        except OSError:
            unsaved = False
        if not unsaved:
            uri += "&immutable=1"
    return uri


def glance_uri(path: Path) -> str:
    """The URI for a glance at the file's header (its schema version, whether a key opens
    it) that leaves no ``-wal`` or ``-shm`` behind.

    With neither beside it, every saved change is in the file itself, so it is read as
    unchangeable, which makes none; otherwise as :func:`read_only_uri`.
    """
    uri = read_only_uri(path)
    path = Path(path)
    if "immutable" not in uri and not any(
        Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-shm")
    ):
        uri += "&immutable=1"
    return uri


def _undone_already(database: Database) -> bool:
    # After a full disk or an I/O error SQLite may have rolled the whole transaction
    # back itself; a second ROLLBACK (or ROLLBACK TO) would hide that error behind "no
    # transaction is active" or "no such savepoint".
    return not database.is_closed() and not database.connection().in_transaction


@contextlib.contextmanager
def store_errors() -> Iterator[None]:
    """Raise :class:`RecordAccessError`, with SQLite's reason, for a failed database call."""
    try:
        yield
    except PeeweeException as error:
        raise RecordAccessError(str(error)) from error


class _Savepoint(_savepoint):
    """peewee's savepoint, knowing that SQLite may have undone the transaction already."""

    def rollback(self, begin: bool = True) -> None:
        if not _undone_already(self.db):
            super().rollback(begin)


class CareDatabase(SqlCipherDatabase):
    """peewee's database on SQLCipher; with no password it is a plain SQLite file."""

    def __init__(self, database: str, password: str | None = None, **kwargs: Any) -> None:
        if password:
            kwargs["passphrase"] = normalise_password(password)
        super().__init__(database, **kwargs)

    def _connect(self) -> Connection:
        _silence_cipher_log()
        connection = super()._connect()
        install_busy_handler(connection)  # after the pragmas: busy_timeout would replace it
        return connection

    # Every call that reaches SQLite raises the store's error, not peewee's.
    def connect(self, reuse_if_open: bool = False) -> bool:
        """Open the connection (see peewee); SQLite's failure raises RecordAccessError."""
        with store_errors():
            return super().connect(reuse_if_open)

    def close(self) -> bool:
        """Close the connection (see peewee); SQLite's failure raises RecordAccessError."""
        with store_errors():
            return super().close()

    def cursor(self, named_cursor: object = None) -> Cursor:
        """A cursor (see peewee); SQLite's failure raises RecordAccessError."""
        with store_errors():
            return super().cursor(named_cursor)

    def execute_sql(self, sql: str, params: object = None) -> Cursor:
        """Run ``sql`` (see peewee); SQLite's failure raises RecordAccessError."""
        with store_errors():
            return super().execute_sql(sql, params)

    def begin(self, lock_type: str | None = None) -> None:
        """Begin a transaction (see peewee); SQLite's failure raises RecordAccessError."""
        with store_errors():
            return super().begin(lock_type)

    def commit(self) -> None:
        """Commit (see peewee); SQLite's failure raises RecordAccessError."""
        with store_errors():
            return super().commit()

    def rollback(self) -> None:
        """Roll back, unless SQLite already has; its failure raises RecordAccessError."""
        if not _undone_already(self):
            with store_errors():
                super().rollback()

    def savepoint(self) -> _savepoint:
        """A savepoint that knows SQLite may have undone the transaction already."""
        return _Savepoint(self)

    @property
    def password(self) -> str | None:
        """The password the file is opened with; None for a file without one."""
        return self.connect_params.get("passphrase") or None


def password_of(database: Database) -> str | None:
    """The password of an open peewee database (None when it has none)."""
    return getattr(database, "password", None)


def file_header(path: Path) -> bytes:
    """The first 16 bytes of ``path`` (fewer for a shorter file)."""
    with Path(path).open("rb") as handle:
        return handle.read(len(SQLITE_HEADER))


def looks_encrypted(path: Path) -> bool:
    """True if ``path`` could be an encrypted SQLite file (it cannot be sure without the key).

    An SQLCipher file begins with 16 random bytes (its salt), not the SQLite
    header, and is a whole number of pages long (a power of two, 512 bytes or
    more). Sixteen zero bytes are a wiped disk block, not a salt.
    """
    size = Path(path).stat().st_size
    if size < 1024 or size % 512:
        return False
    with Path(path).open("rb") as handle:
        start = handle.read(24)
    if start[:16] == SQLITE_HEADER or start[:16].strip(b"\x00") == b"":
        return False
    # Bytes 21-23 of a plain SQLite file are always 64, 32, 32; in an encrypted file
    # they are cipher text. A plain file whose first bytes were overwritten keeps them.
    return start[21:24] != PLAIN_PAYLOAD_FRACTIONS


# SQLite's result code for "file is not a database": what a wrong key gives too.
SQLITE_NOTADB = 26


def is_not_a_database(error: BaseException) -> bool:
    """True for SQLite's "file is not a database", the answer to a wrong key.

    The backup API raises it without a result code, so the text is read too.
    """
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF == SQLITE_NOTADB
    return "file is not a database" in str(error)
