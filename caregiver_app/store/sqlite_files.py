"""SQLite files beside the open record: opened read-only, checked, and copied.

Backups, files a user chooses to restore, and the record checked before it is
opened all go through the same ``sqlite3`` module that peewee uses, so the process
never opens one file through two SQLite libraries (their locks would not see each
other). Copies are made only with SQLite's online backup API, never by copying
bytes: a byte copy of a file in WAL mode can miss committed pages still in the
``-wal`` file, or catch a page half written.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

from peewee import SqliteDatabase

from caregiver_app.store.database import StoreError

SQLITE_HEADER = b"SQLite format 3\x00"
# Enough rows to say what is wrong; a badly damaged file can have thousands.
MAX_PROBLEMS = 20


class DamagedDatabaseError(StoreError):
    """The database file fails SQLite's own integrity check."""

    def __init__(self, message: str, path: Path | None = None, problems=()) -> None:
        super().__init__(message)
        self.path = path
        self.problems = tuple(problems)


class CopyFailedCheckError(Exception):
    """A fresh copy failed ``integrity_check``; it was deleted and nothing was replaced."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def has_sqlite_header(path: Path) -> bool:
    """True if ``path`` starts like an SQLite database (an empty file does not)."""
    with Path(path).open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def _lenient_text(value: bytes) -> str:
    # A damaged file can hold text that is not UTF-8; read it, do not crash on it.
    return value.decode("utf-8", errors="replace")


def _connect(target: str, uri: bool = False) -> sqlite3.Connection:
    connection = sqlite3.connect(target, uri=uri, isolation_level=None)
    connection.text_factory = _lenient_text
    return connection


def open_read_only(path: Path) -> sqlite3.Connection:
    """Open ``path`` so that nothing can be written to it; autocommit, like peewee."""
    return _connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)


def integrity_problems(connection: sqlite3.Connection, full: bool = True) -> list[str]:
    """What ``PRAGMA integrity_check`` (or ``quick_check``) found; empty when all is well.

    Damage shows up two ways: the check returns rows other than ``ok``, or it
    raises (``file is not a database``, ``database disk image is malformed``).
    Both become problem lines here, so callers need only one test.
    """
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = connection.execute(f"PRAGMA {pragma}({MAX_PROBLEMS})").fetchall()
    except (sqlite3.Error, ValueError) as error:
        return [str(error) or type(error).__name__]
    if not rows:
        return [f"{pragma} gave no answer"]
    return [str(row[0]) for row in rows if not row or row[0] != "ok"]


def check_file(path: Path, full: bool = True) -> list[str]:
    """Run SQLite's check on ``path`` without writing a byte of it.

    The file is opened read-only: a read-write connection would checkpoint a
    ``-wal`` into a damaged file when it closes. But on a read-only connection
    SQLite's check skips CHECK constraints (a score of 11 would pass), so the
    full check also runs on a copy in memory, which is writable.
    """
    try:
        connection = open_read_only(path)
    except sqlite3.Error as error:
        return [str(error)]
    try:
        problems = integrity_problems(connection, full=full)
    finally:
        connection.close()
    if problems or not full:
        return problems
    try:
        memory = copy_into_memory(path)
    except sqlite3.Error as error:
        return [str(error)]
    try:
        return integrity_problems(memory, full=True)
    finally:
        memory.close()


def copy_into_memory(path: Path) -> sqlite3.Connection:
    """A private in-memory copy of the file at ``path`` (read only), to check and read.

    A writable copy is checked fully (CHECK constraints included, see
    :func:`check_file`) without writing a byte of the user's file.
    """
    source = open_read_only(path)
    try:
        memory = _connect(":memory:")
        try:
            source.backup(memory)
        except BaseException:
            memory.close()
            raise
    finally:
        source.close()
    return memory


def schema_version_of(connection: sqlite3.Connection) -> int:
    """``PRAGMA user_version`` of an open connection."""
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def table_names(connection: sqlite3.Connection) -> set[str]:
    """The names of the tables in the file."""
    rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {str(row[0]) for row in rows}


def content_fingerprint(connection: sqlite3.Connection) -> tuple[str, int]:
    """A digest of everything the record holds, and how many rows that is.

    Two files with the same schema version, tables and rows give the same
    digest, whatever their page layout; reading every row of a family's
    record (thousands of rows) takes milliseconds.
    """
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"user_version={schema_version_of(connection)}".encode())
    rows = 0
    tables = connection.execute(
        "SELECT name, sql FROM sqlite_master "
        "WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    for name, sql in tables:
        digest.update(f"\0table {name}\0{sql}\0".encode())
        quoted = '"' + str(name).replace('"', '""') + '"'
        try:
            cursor = connection.execute(f"SELECT * FROM {quoted} ORDER BY rowid")
        except sqlite3.OperationalError:  # a WITHOUT ROWID table: its key orders it
            cursor = connection.execute(f"SELECT * FROM {quoted}")
        for row in cursor:
            digest.update(repr(row).encode())
            rows += 1
    return digest.hexdigest(), rows


def _fsync_path(path: Path, directory: bool = False) -> None:
    flags = os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if directory else 0)
    try:
        descriptor = os.open(path, flags)
    except OSError:
        if directory:
            return  # Windows cannot open a folder; its rename is durable enough
        raise
    try:
        os.fsync(descriptor)
    except OSError:
        if not directory:
            raise
    finally:
        os.close(descriptor)


def copy_database(source: sqlite3.Connection, destination: Path) -> Path:
    """Copy ``source`` to ``destination`` safely, or leave ``destination`` as it was.

    The copy is written with the backup API under a temporary name in the same
    folder, switched to a single self-contained file (no ``-wal`` to lose on the
    way to a USB stick), checked with ``integrity_check``, synced, made private
    (0600) and only then renamed into place. A crash at any moment leaves either
    the old file or the whole new one under the real name.
    """
    destination = Path(destination)
    descriptor, name = tempfile.mkstemp(
        dir=destination.parent, prefix=f".{destination.name}.", suffix=".part"
    )
    os.close(descriptor)  # mkstemp made it 0600; SQLite fills the empty file
    temporary = Path(name)
    try:
        target = sqlite3.connect(str(temporary), isolation_level=None)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE").fetchone()
            problems = integrity_problems(target, full=True)
        finally:
            target.close()
        if problems:
            raise CopyFailedCheckError(problems)
        _fsync_path(temporary)
        if os.name == "posix":
            os.chmod(temporary, 0o600)
        os.replace(temporary, destination)
        _fsync_path(destination.parent, directory=True)
    except BaseException:
        for leftover in (temporary, Path(f"{temporary}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    return destination


def copy_pages_into(source_path: Path, database: SqliteDatabase) -> None:
    """Replace the open record's contents with the file at ``source_path``, in one step.

    The backup API writes into the live connection inside one write
    transaction, so the record is either wholly the old one or wholly the
    copy, even if the power fails half way, and the ``-wal`` file stays
    consistent with the main file.
    """
    source = open_read_only(source_path)
    try:
        source.backup(database.connection())
    finally:
        source.close()


@contextlib.contextmanager
def read_only_database(path: Path) -> Iterator[SqliteDatabase]:
    """A peewee database on ``path`` opened read-only, closed afterwards."""
    uri = f"{Path(path).resolve().as_uri()}?mode=ro"
    database = SqliteDatabase(uri, uri=True, autoconnect=False)
    database.connect()
    try:
        yield database
    finally:
        database.close()
