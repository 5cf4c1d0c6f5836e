"""The one place the care record database is opened."""

from __future__ import annotations

import os
from pathlib import Path

from peewee import DatabaseProxy, SqliteDatabase, _savepoint
from PySide6.QtCore import QCoreApplication

from caregiver_app.store import engine
from caregiver_app.store.errors import (
    PasswordNeededError,
    ReadOnlyRecordError,
    RecordBusyError,
    UnreadableDatabaseError,
    WrongPasswordError,
)
from caregiver_app.store.file_errors import reason_of

DATABASE_FILENAME = "care-record.sqlite"
SIDE_FILE_SUFFIXES = ("-wal", "-shm")


def record_files(path: Path) -> tuple[Path, ...]:
    """The record at ``path`` and its ``-wal`` and ``-shm`` files, the database first: one
    record, whose files move, and go, together."""
    return (path, *(Path(f"{path}{suffix}") for suffix in SIDE_FILE_SUFFIXES))


class _RecordProxy(DatabaseProxy):
    """peewee's proxy, with the savepoints of the database it points at (``engine``'s
    know that SQLite may have undone a transaction itself, on a full disk)."""

    def savepoint(self) -> _savepoint:
        return self.obj.savepoint()


# Every model binds to this proxy; open_database() points it at a real file.
database_proxy = _RecordProxy()

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    # A saved diary entry must survive a power cut, so pay for a full sync.
    "synchronous": "full",
    # SQLCipher's build caches 8 MB of pages per connection; SQLite's usual 2 MB is
    # plenty for a family's record (docs/benchmarks.md measures it).
    "cache_size": -2000,
}


def read_only_error(path: Path) -> ReadOnlyRecordError:
    """The sentence for a record that can be read but not changed where it is (or, when
    there is none yet, cannot be made there)."""
    if not Path(path).exists():
        return ReadOnlyRecordError(
            QCoreApplication.translate(
                "Store",
                "The folder {folder} is read-only (a locked USB stick or a read-only disk, "
                "say) and holds no care record, so none can be made there. Choose a folder "
                "you may write to, or the one that holds the care record.",
            ).format(folder=Path(path).parent)
        )
    return ReadOnlyRecordError(
        QCoreApplication.translate(
            "Store",
            "The folder {folder} is read-only (a locked USB stick or a read-only disk, "
            "say): the care record in it can be read, but nothing can be saved there. "
            "Copy the folder to a place you may write to and use it from there.",
        ).format(folder=Path(path).parent)
    )


def busy_error(path: Path) -> RecordBusyError:
    """The sentence for a record another program would not let go of."""
    return RecordBusyError(
        QCoreApplication.translate(
            "Store",
            "The care record {path} is in use by another program (the Care Companion "
            "window, or another command) and did not become free; nothing was changed. "
            "Close the other program, or let it finish, and try again.",
        ).format(path=path)
    )


def database_path(data_dir: Path) -> Path:
    """Where the care record database lives inside ``data_dir``."""
    return Path(data_dir) / DATABASE_FILENAME


def ensure_private_folder(folder: Path) -> Path:
    """Create ``folder`` (and parents) if needed and make it private to the user (0700)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(folder, 0o700)
    return folder


def _make_private(path: Path) -> None:
    if os.name == "posix" and path.exists():
        os.chmod(path, 0o600)


def read_schema_version(path: Path, password: str | None = None) -> int:
    """Read ``PRAGMA user_version`` without changing the file in any way.

    Opened read-only, so a file from a newer version of the app, or one that
    is not a database, is left byte for byte as it was. A file protected by a
    password needs ``password``: :class:`PasswordNeededError` without one,
    :class:`WrongPasswordError` when it does not open the file.
    """
    path = Path(path)
    try:
        header = engine.file_header(path)
    except OSError as error:
        raise UnreadableDatabaseError(
            QCoreApplication.translate(
                "Store",
                "The care record {path} cannot be read ({reason}). "
                "Check that the file is there and that you may open it.",
            ).format(path=path, reason=reason_of(error))
        ) from error
    if not header:
        return 0
    encrypted = header != engine.SQLITE_HEADER
    if encrypted and not engine.looks_encrypted(path):
        raise UnreadableDatabaseError(
            QCoreApplication.translate(
                "Store",
                "The file {path} is not a care record database. Move it out of the "
                "data folder, or choose another folder with --data-dir.",
            ).format(path=path)
        )
    if encrypted and not password:
        raise PasswordNeededError(
            QCoreApplication.translate(
                "Store", "The care record {path} is protected by a password."
            ).format(path=path)
        )
    try:
        connection = engine.open_sqlite_connection(
            engine.glance_uri(path), uri=True, password=password if encrypted else None
        )
        try:
            return int(connection.execute("PRAGMA user_version").fetchone()[0])
        finally:
            connection.close()
    except engine.Error as error:
        if encrypted and engine.is_not_a_database(error):
            raise WrongPasswordError(
                QCoreApplication.translate(
                    "Store", "That password does not open the care record {path}."
                ).format(path=path)
            ) from error
        raise UnreadableDatabaseError(
            QCoreApplication.translate(
                "Store",
                "The care record {path} cannot be read ({reason}). Keep the file safe "
                "and restore it from a backup.",
            ).format(path=path, reason=error)
        ) from error


def open_record_database(path: Path, password: str | None = None) -> SqliteDatabase:
    """Open ``path`` with the app's pragmas and private file modes, and bind the models.

    With ``password`` the file is encrypted (SQLCipher); a new file is created
    encrypted. The caller owns the returned database and closes it. Schema
    checks and migrations are done by :func:`caregiver_app.store.opening.open_store`.
    """
    path = Path(path)
    if engine.place_is_read_only(path.parent) or engine.place_is_read_only(path):
        raise read_only_error(path)
    ensure_private_folder(path.parent)
    if not path.exists():
        # Create the file ourselves so it is never visible with looser modes;
        # SQLite gives the -wal and -shm files the same mode as the database.
        os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    _make_private(path)
    # BEGIN IMMEDIATE: a transaction takes the write lock before it reads, so a
    # second writer waits its turn instead of failing half way (store/sharing.py).
    database = engine.CareDatabase(
        str(path), password=password, pragmas=PRAGMAS, autoconnect=False, lock_type="IMMEDIATE"
    )
    database.connect()
    for suffix in SIDE_FILE_SUFFIXES:
        _make_private(Path(f"{path}{suffix}"))
    database_proxy.initialize(database)
    return database


def backup_to(database: SqliteDatabase, destination: Path) -> Path:
    """Copy the open database to ``destination`` with SQLite's online backup API.

    The copy of an encrypted record is encrypted with the same password.
    """
    destination = Path(destination)
    target = engine.open_sqlite_connection(str(destination), password=engine.password_of(database))
    try:
        database.connection().backup(target)
    finally:
        target.close()
    _make_private(destination)
    return destination
