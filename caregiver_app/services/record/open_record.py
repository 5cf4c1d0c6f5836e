"""What the window does to the record it has open: its password, its backups, its check.

The window never holds the database itself: every function here acts on the record the
store's proxy points at (``store.database.database_proxy``), so a restore or a password
change that reopens the file is seen by the next call.
"""

from __future__ import annotations

import hmac
from pathlib import Path

from peewee import SqliteDatabase

from caregiver_app.services.record.backups import (
    RestoreResult,
    make_backup,
    newest_backup_fingerprint,
    record_fingerprint,
    restore_backup,
    save_backup_to,
)
from caregiver_app.services.record.integrity import CheckResult, check_open_record
from caregiver_app.services.record.password import (
    PasswordChange,
    change_password,
    not_this_password,
)
from caregiver_app.store import engine
from caregiver_app.store.database import database_proxy
from caregiver_app.store.errors import RecordAccessError, StoreError

# Every way an action on the open record can fail that the user is told about in a sentence.
RECORD_FAILURES: tuple[type[Exception], ...] = (
    OSError,
    StoreError,
    RecordAccessError,
    engine.Error,
)


def _current() -> SqliteDatabase | None:
    """The database the store's proxy points at, if any."""
    database: SqliteDatabase | None = database_proxy.obj
    return database


def open_database() -> SqliteDatabase:
    """The open record's database (the proxy's target); the window calls it with one open."""
    database: SqliteDatabase = database_proxy.obj
    return database


def is_open() -> bool:
    """True while a record is open (not before start-up, not after the window closed it)."""
    database = _current()
    return database is not None and not database.is_closed()


def record_password() -> str | None:
    """The password the open record was unlocked with (None: no record, or no password)."""
    database = _current()
    return engine.password_of(database) if database is not None else None


def is_record_password(typed: str) -> bool:
    """True when ``typed`` is the open record's password (compared as the store keeps it)."""
    return engine.normalise_password(typed) == record_password()


def check_record_password(typed: str) -> str:
    """The typed password, normalised, if it opens the record; raises WrongPasswordError if not."""
    expected = record_password() or ""
    typed = engine.normalise_password(typed)
    if not hmac.compare_digest(typed.encode("utf-8"), expected.encode("utf-8")):
        raise not_this_password()
    return typed


def change_record_password(data_dir: Path, new_password: str | None) -> PasswordChange:
    """Encrypt the open record and its copies under ``new_password`` (None: no password)."""
    return change_password(open_database(), data_dir, new_password)


def record_digest() -> tuple[str, int]:
    """A digest of every row of the open record, and how many rows it has."""
    return record_fingerprint(open_database())


def newest_backup_digest(data_dir: Path) -> str | None:
    """The digest of the newest copy in ``backups/`` (None when there is none to read)."""
    return newest_backup_fingerprint(data_dir, record_password())


def back_up_record(data_dir: Path) -> Path:
    """Copy the open record into ``backups/`` (dropping copies no longer needed)."""
    return make_backup(open_database(), data_dir)


def save_record_backup_to(data_dir: Path, destination: Path) -> Path:
    """Copy the open record to a file the user chose."""
    return save_backup_to(open_database(), data_dir, destination)


def restore_into_record(
    data_dir: Path, source: Path, source_password: str | None = None
) -> RestoreResult:
    """Replace the open record with the backup ``source``, keeping the record as it was first."""
    return restore_backup(open_database(), data_dir, source, source_password=source_password)


def check_record(data_dir: Path, full: bool = True) -> CheckResult:
    """SQLite's integrity check of the open record, through the app's own connection."""
    return check_open_record(open_database(), data_dir, full=full)


def close_replaced(started_with: SqliteDatabase) -> None:
    """Close the record a restore opened in place of ``started_with`` (a damaged one)."""
    database = _current()
    if database is not None and database is not started_with:
        database.close()
