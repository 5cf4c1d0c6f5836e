"""SQLite files beside the open record: opened read-only, checked, and copied.

Backups, files a user chooses to restore, and the record checked before it is
opened all go through the same SQLite library as the record itself
(``store/engine.py``), so the process never opens one file through two SQLite
libraries (their locks would not see each other). A file protected by a
password is opened with it; copies of it are encrypted with the same password.
Copies are made only with SQLite's online backup API, never by copying bytes: a
byte copy of a file in WAL mode can miss committed pages still in the ``-wal``
file, or catch a page half written.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

from peewee import SqliteDatabase

from caregiver_app.store import engine
from caregiver_app.store.database import PRAGMAS
from caregiver_app.store.engine import SQLITE_HEADER, Connection
from caregiver_app.store.errors import CopyFailedCheckError
from caregiver_app.store.file_target import is_stream, replaced_file
from caregiver_app.store.part_files import (
    SUFFIX,
    HeldPart,
    fsync_path,
    remove_stale_parts,
    renamed_over,
)
from caregiver_app.store.record_state import note_contents_replaced

# Enough rows to say what is wrong; a badly damaged file can have thousands.
MAX_PROBLEMS = 20


def has_sqlite_header(path: Path) -> bool:
    """True if ``path`` starts like an SQLite database (an empty file does not)."""
    with Path(path).open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def _lenient_text(value: bytes) -> str:
    # A damaged file can hold text that is not UTF-8; read it, do not crash on it.
    return value.decode("utf-8", errors="replace")


def _connect(target: str, uri: bool = False, password: str | None = None) -> Connection:
    connection = engine.open_sqlite_connection(target, uri=uri, password=password)
    connection.text_factory = _lenient_text
    return connection


def open_read_only(path: Path, password: str | None = None) -> Connection:
    """Open ``path`` so that nothing can be written to it; autocommit, like peewee."""
    return _connect(engine.read_only_uri(path), uri=True, password=password)


def integrity_problems(connection: Connection, full: bool = True) -> list[str]:
    """What ``PRAGMA integrity_check`` (or ``quick_check``) found; empty when all is well.

    Damage shows up two ways: the check returns rows other than ``ok``, or it
    raises (``file is not a database``, ``database disk image is malformed``).
    Both become problem lines here, so callers need only one test.
    """
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = connection.execute(f"PRAGMA {pragma}({MAX_PROBLEMS})").fetchall()
    except (engine.Error, ValueError) as error:
        return [str(error) or type(error).__name__]
    if not rows:
        return [f"{pragma} gave no answer"]
    return [str(row[0]) for row in rows if not row or row[0] != "ok"]


def check_file(path: Path, full: bool = True, password: str | None = None) -> list[str]:
    """Run SQLite's check on ``path`` without writing a byte of it.

    The file is opened read-only: a read-write connection would checkpoint a
    ``-wal`` into a damaged file when it closes. But on a read-only connection
    SQLite's check skips CHECK constraints (a score of 11 would pass), so the
    full check also runs on a copy in memory, which is writable.
    """
    try:
        connection = open_read_only(path, password)
    except engine.Error as error:
        return [str(error)]
    try:
        if not full:
            # The start-up check: the record's own cache size. SQLCipher's default of
            # 8 MB would fill as the check reads the file, and stay in the process.
            with contextlib.suppress(engine.Error):  # a setting; the check says what is wrong
                connection.execute(f"PRAGMA cache_size = {PRAGMAS['cache_size']}")
        problems = integrity_problems(connection, full=full)
    finally:
        connection.close()
    if problems or not full:
        return problems
    try:
        memory = copy_into_memory(path, password)
    except engine.Error as error:
        return [str(error)]
    try:
        return integrity_problems(memory, full=True)
    finally:
        memory.close()


def remove_side_files_left(path: Path, password: str | None = None) -> None:
    """Let SQLite delete the ``-wal`` and ``-shm`` a read-only connection left beside ``path``.

    A read-only connection cannot delete them when it closes. A read-write one that
    reads once and closes does, when no other program has the file open (then the
    files are that program's, and stay). Only an empty ``-wal`` is tidied this way,
    so closing writes nothing into the file, damaged or not. A ``-shm`` shorter than
    its first block was never finished (the disk was full): nothing can be using it.
    """
    path = Path(path)
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    try:
        if not (wal.exists() or shm.exists()) or (wal.exists() and wal.stat().st_size > 0):
            return
        if engine.place_is_read_only(path.parent) or engine.place_is_read_only(path):
            return
        if shm.exists() and shm.stat().st_size < engine.SHM_BLOCK:
            for side in (shm, wal):
                with contextlib.suppress(FileNotFoundError):
                    side.unlink()
            return
    except OSError:
        return
    try:
        connection = engine.open_sqlite_connection(str(path), password=password)
        try:
            # Reads the first page only (not the schema, which may be damaged).
            connection.execute("PRAGMA user_version").fetchall()
        finally:
            connection.close()
    except engine.Error:
        pass  # the files stay; they change nothing


def copy_into_memory(path: Path, password: str | None = None) -> Connection:
    """A private in-memory copy of the file at ``path`` (read only), to check and read.

    A writable copy is checked fully (CHECK constraints included, see
    :func:`check_file`) without writing a byte of the user's file. SQLCipher
    copies an encrypted file only into an encrypted database, so the copy of
    one gets a random key of its own (raw, so no key derivation to wait for).
    """
    source = open_read_only(path, password)
    try:
        memory = _connect(":memory:")
        try:
            if password:
                memory.execute(engine.throwaway_key_statement())
            source.backup(memory)
        except BaseException:
            memory.close()
            raise
    finally:
        source.close()
    return memory


def schema_version_of(connection: Connection) -> int:
    """``PRAGMA user_version`` of an open connection."""
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def table_names(connection: Connection) -> set[str]:
    """The names of the tables in the file."""
    rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {str(row[0]) for row in rows}


# Tables that hold a row in every record, an empty one too (this computer's sharing state,
# made by schema step 7): part of the digest, not of the count of rows worth protecting.
ALWAYS_ONE_ROW = frozenset({"sync_state"})


def content_fingerprint(connection: Connection) -> tuple[str, int]:
    """A digest of everything the record holds, and how many rows of the family's that is.

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
        except engine.sqlite.OperationalError:  # a WITHOUT ROWID table: its key orders it
            cursor = connection.execute(f"SELECT * FROM {quoted}")
        for row in cursor:
            digest.update(repr(row).encode())
            rows += name not in ALWAYS_ONE_ROW
    return digest.hexdigest(), rows


@contextlib.contextmanager
def _replaced_when_done(destination: Path) -> Iterator[Path]:
    """An empty private (0600) file beside ``destination`` to write the new file into.

    When the block ends, the file is synced, made private and renamed over
    ``destination`` (and the folder synced); if the block raises, it is deleted and
    ``destination`` is as it was. A crash at any moment leaves the old file or the
    whole new one under the real name. A symbolic link stays a link (the file it names
    is replaced); a pipe or device is refused, as SQLite needs a file.
    """
    if is_stream(destination):  # SQLite writes a file it can seek in, not a pipe
        raise OSError(errno.ESPIPE, os.strerror(errno.ESPIPE), str(destination))
    destination = replaced_file(destination)
    # An empty file: SQLite fills it.
    with renamed_over(destination, sync_folder=True) as held:
        yield held.path
        fsync_path(held.path)


def copy_database(source: Connection, destination: Path, password: str | None = None) -> Path:
    """Copy ``source`` to ``destination`` safely, or leave ``destination`` as it was.

    ``password`` is the source's own: SQLCipher copies pages only between two
    encrypted files or two plain ones, so a copy of an encrypted record is
    encrypted with the same password.

    The copy is written with the backup API under a temporary name in the same
    folder, switched to a single self-contained file (no ``-wal`` to lose on the
    way to a USB stick), checked with ``integrity_check``, synced, made private
    (0600) and only then renamed into place. A crash at any moment leaves either
    the old file or the whole new one under the real name.
    """
    with _replaced_when_done(destination) as temporary:
        target = engine.open_sqlite_connection(str(temporary), password=password)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE").fetchone()
            problems = integrity_problems(target, full=True)
        finally:
            target.close()
        if problems:
            raise CopyFailedCheckError(problems)
    return Path(destination)


def copy_pages_into(
    source_path: Path, database: SqliteDatabase, source_password: str | None = None
) -> None:
    """Replace the open record's contents with the file at ``source_path``, in one step.

    The backup API writes into the live connection inside one write
    transaction, so the record is either wholly the old one or wholly the
    copy, even if the power fails half way, and the ``-wal`` file stays
    consistent with the main file. SQLCipher copies pages only between two
    encrypted files or two plain ones; a source the other way round is first
    converted into a private temporary file beside the record.
    """
    live_password = engine.password_of(database)
    note_contents_replaced()  # what was kept of the old contents is thrown away
    if bool(source_password) == bool(live_password):
        source = open_read_only(source_path, source_password)
        try:
            source.backup(database.connection())
        finally:
            source.close()
        return
    with held_beside_record(database, ".restore-converted-") as converted:
        export_copy(source_path, source_password, converted, live_password)
        source = open_read_only(converted, live_password)
        try:
            source.backup(database.connection())
        finally:
            source.close()


@contextlib.contextmanager
def held_beside_record(database: SqliteDatabase, prefix: str) -> Iterator[Path]:
    """A private ``.part`` file beside the record for a restore's working copy, deleted
    after the block; those a restore killed half way left are deleted first.

    Called while the restore has the record to itself (``RecordToItself``), so no other
    program is at this step once the finished copy, renamed over it, is not locked any
    more; each ``prefix`` is no other's beginning, so one step's clean-up never takes the
    copy another step of the same restore is still reading.
    """
    folder = Path(database.database).parent
    remove_stale_parts(folder, f"{prefix}*{SUFFIX}")
    held = HeldPart(folder, prefix)
    try:
        yield held.path
    finally:
        held.discard()


def export_copy(
    source_path: Path,
    source_password: str | None,
    destination: Path,
    password: str | None,
) -> Path:
    """Write the contents of ``source_path`` to ``destination`` under another password.

    ``password`` None writes a plain file. SQLCipher's ``sqlcipher_export``
    re-writes every table, index and row; the schema version goes along by
    hand (the export leaves it out). The new file is checked with
    ``integrity_check`` and compared row for row with the source, synced, made
    private, and only then renamed over ``destination``; the source is only
    read. Raises :class:`CopyFailedCheckError` if the copy is not faithful.
    """
    with _replaced_when_done(destination) as temporary:
        source = open_read_only(source_path, source_password)
        try:
            version = schema_version_of(source)
            source.execute("ATTACH DATABASE ? AS converted KEY ?", (str(temporary), password or ""))
            try:
                source.execute("SELECT sqlcipher_export('converted')").fetchall()
                source.execute(f"PRAGMA converted.user_version = {int(version)}")
            finally:
                source.execute("DETACH DATABASE converted")
            expected = content_fingerprint(source)
        finally:
            source.close()
        copy = open_read_only(temporary, password)
        try:
            problems = integrity_problems(copy, full=True)
            if not problems and content_fingerprint(copy) != expected:
                problems = ["the converted copy does not hold the same rows"]
        finally:
            copy.close()
        if problems:
            raise CopyFailedCheckError(problems)
    return Path(destination)


@contextlib.contextmanager
def read_only_database(path: Path, password: str | None = None) -> Iterator[SqliteDatabase]:
    """A peewee database on ``path`` opened read-only, closed afterwards."""
    database = engine.CareDatabase(
        engine.read_only_uri(path), password=password, uri=True, autoconnect=False
    )
    database.connect()
    try:
        yield database
    finally:
        database.close()
