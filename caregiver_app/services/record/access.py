"""Opening the care record for a command: checked first, read-only where it must be.

Every command checks the record before it uses it (SQLite's ``quick_check``, run
read-only): a damaged record raises :class:`DamagedDatabaseError` naming the
file, so the command line exits with code 3 and nothing is written into it.
Reading commands (``info``, the exports, ``summary``, ``backup``) also work from
a record on a read-only disk or in a read-only folder, through a read-only
connection; writing commands refuse with a sentence saying the folder is
read-only. An import that meets a full disk, or a record another program will
not let go of, raises a :class:`StoreError` that says so; the record is as it was.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from peewee import SqliteDatabase
from PySide6.QtCore import QCoreApplication

from caregiver_app.services.record.integrity import CheckResult, check_record_file
from caregiver_app.store import engine, sharing
from caregiver_app.store.calendar import time_zones
from caregiver_app.store.database import (
    SIDE_FILE_SUFFIXES,
    busy_error,
    database_path,
    database_proxy,
    read_only_error,
    read_schema_version,
)
from caregiver_app.store.errors import DamagedDatabaseError, ReadOnlyRecordError, StoreError
from caregiver_app.store.migrations import CURRENT_VERSION
from caregiver_app.store.opening import open_store
from caregiver_app.store.sqlite_files import remove_side_files_left


class DiskFullError(StoreError):
    """The disk filled up during an import; the transaction was undone."""


def _plain_or(path: Path, password: str | None) -> str | None:
    """The password to open ``path`` with: none for a plain file."""
    return password if engine.looks_encrypted(path) else None


def refuse_if_damaged(
    data_dir: Path, password: str | None = None, checked: CheckResult | None = None
) -> None:
    """Raise :class:`DamagedDatabaseError` naming the record when it fails ``quick_check``.

    ``checked`` is that check's result when it has already been run. Nothing is written;
    the ``-wal`` and ``-shm`` files the check made are removed again when it finds damage
    (nothing else will open the record).
    """
    result = checked or check_record_file(data_dir, full=False, password=password)
    if not result.ok:
        remove_side_files_left(result.path, password)
        raise DamagedDatabaseError(result.summary(), result.path, result.problems)


def open_tidily(data_dir: Path, password: str | None = None) -> SqliteDatabase:
    """``open_store``; if it fails, the ``-wal`` and ``-shm`` files it made go again."""
    path = database_path(data_dir)
    had_side_files = path.exists() and any(
        Path(f"{path}{suffix}").exists() for suffix in SIDE_FILE_SUFFIXES
    )
    try:
        # A record made now is on this computer's clock (its home time zone).
        return open_store(data_dir, password, time_zones.local_zone_name)
    except BaseException:
        if path.exists() and not had_side_files:
            remove_side_files_left(path, _plain_or(path, password))
        raise


def _open_checked(
    data_dir: Path, password: str | None, checked: CheckResult | None = None
) -> SqliteDatabase:
    """``open_store`` after the check (damaged: :class:`DamagedDatabaseError`)."""
    refuse_if_damaged(data_dir, password, checked)
    return open_tidily(data_dir, password)


def open_for_reading(
    data_dir: Path, password: str | None = None, checked: CheckResult | None = None
) -> SqliteDatabase:
    """The record, checked, for a command that only reads it (the models are bound to it).

    ``checked`` is the result of the record's ``quick_check`` when the caller ran it
    already (see :func:`~caregiver_app.services.record.integrity.start_quick_check`).

    Where SQLite can write beside it, it is opened as always (and created if it is
    not there yet). On a read-only disk or folder, or a full disk, it is opened
    read-only; a record that would first need updating to this version's layout
    cannot be, and that is said.
    """
    path = database_path(data_dir)
    if not path.exists() or not engine.cannot_make_side_files(path):
        return _open_checked(data_dir, password, checked)
    refuse_if_damaged(data_dir, password, checked)
    password = _plain_or(path, password)
    version = read_schema_version(path, password)
    if version > CURRENT_VERSION:
        return open_store(data_dir, password)  # raises NewerDatabaseError, changes nothing
    if version < CURRENT_VERSION:
        raise ReadOnlyRecordError(
            QCoreApplication.translate(
                "RecordAccess",
                "The care record {path} was saved by an older version of Care Companion "
                "and must be updated before it can be read, but nothing can be written "
                "beside it. Copy the folder to a place you may write to and use it from there.",
            ).format(path=path)
        )
    database = engine.CareDatabase(
        engine.read_only_uri(path), password=password, uri=True, autoconnect=False
    )
    database.connect()
    database_proxy.initialize(database)
    return database


def _disk_full(path: Path) -> DiskFullError:
    return DiskFullError(
        QCoreApplication.translate(
            "RecordAccess",
            "the disk is full; nothing was imported into {path}. Free some space on that "
            "disk and try again.",
        ).format(path=path)
    )


@contextlib.contextmanager
def importing(data_dir: Path, password: str | None = None) -> Iterator[SqliteDatabase]:
    """The record, checked, open for an import and closed afterwards.

    A damaged record is refused (exit code 3); a read-only place, a full disk or a
    record another program will not let go of is said in one sentence (exit code
    2). An import runs in one transaction, so after any of these the record is as
    it was.
    """
    path = database_path(data_dir)
    checked = None  # the record's quick_check, run once: it reads the whole file
    if path.exists():
        checked = check_record_file(data_dir, full=False, password=password)
        refuse_if_damaged(data_dir, password, checked)
        if engine.place_is_read_only(path.parent) or engine.place_is_read_only(path):
            raise read_only_error(path)
    if engine.no_room_beside(path):
        raise _disk_full(path)
    try:
        database = _open_checked(data_dir, password, checked)
    except Exception as error:
        if engine.no_room_for(error, path):
            raise _disk_full(path) from error
        raise
    try:
        yield database
    except Exception as error:
        if engine.no_room_for(error, path):
            raise _disk_full(path) from error
        if sharing.is_busy(error):
            raise busy_error(path) from error
        raise
    finally:
        database.close()
        remove_side_files_left(path, _plain_or(path, password))  # a -shm half made, say


def explain_failure(error: BaseException, data_dir: Path | None) -> StoreError | None:
    """A sentence for a failure any command may meet with the record or the file it
    writes (busy, read-only, a full disk); None for anything else."""
    if data_dir is None or isinstance(error, StoreError):
        return None  # a StoreError is a sentence already
    path = database_path(data_dir)
    if sharing.is_busy(error):
        return busy_error(path)
    if sharing.sqlite_code(error) == sharing.SQLITE_READONLY and engine.place_is_read_only(
        path.parent
    ):
        return read_only_error(path)
    written = getattr(error, "filename", None)
    if engine.no_room_for(error, Path(written) if written else path):
        return StoreError(
            QCoreApplication.translate(
                "RecordAccess",
                "the disk is full: {file} could not be written, and nothing was changed. "
                "Free some space on that disk, or choose another place, and try again.",
            ).format(file=written or path)
        )
    return None
