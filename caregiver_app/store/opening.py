"""Opening the care record: the version check, the connection and the migrations."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from peewee import SqliteDatabase
from PySide6.QtCore import QCoreApplication

from caregiver_app.store import engine
from caregiver_app.store.database import (
    database_path,
    open_record_database,
    read_schema_version,
    record_files,
)
from caregiver_app.store.errors import NewerDatabaseError, StoreError
from caregiver_app.store.home_clock import load_home_zone, set_home_zone_if_unset
from caregiver_app.store.migrations import CURRENT_VERSION, migrate
from caregiver_app.store.sharing import is_disk_full


def open_store(
    data_dir: Path,
    password: str | None = None,
    new_home_zone: str | Callable[[], str] = "",
) -> SqliteDatabase:
    """Open (creating if needed) the care record in ``data_dir`` and bring it up to date.

    A record protected by a password needs ``password`` (a new record is
    created encrypted with it; an existing record without a password is opened
    as it is). A file from a newer version of the app, one that is not a care
    record, or a wrong password raises a :class:`StoreError` (store/errors.py) with a sentence
    for the user, and the file is left untouched. A record made here takes ``new_home_zone``
    as its home time zone (the window and the command line give this computer's: the times
    typed into it are on this clock); the clock follows the record's home zone. Given as a
    function, it is asked only for a record made now: asking this computer's zone reads
    the system's zone files, which a record already made does not need.
    """
    path = database_path(data_dir)
    if path.exists() and path.stat().st_size > 0:
        if not engine.looks_encrypted(path):
            password = None
        version = read_schema_version(path, password)
        if version > CURRENT_VERSION:
            raise NewerDatabaseError(
                QCoreApplication.translate(
                    "Store",
                    "The care record in {folder} was saved by a newer version of Care "
                    "Companion (record version {version}; this version reads up to "
                    "{current}). Install the newer version to open it. The file has not "
                    "been changed.",
                ).format(folder=path.parent, version=version, current=CURRENT_VERSION)
            )
    new = not path.exists()
    try:
        database = open_record_database(path, password)
    except Exception as error:
        _forget_new_record(new, path, error)
        raise
    try:
        migrate(database, path)
    except Exception as error:
        database.close()
        _forget_new_record(new, path, error)
        if is_disk_full(error):
            # Each step is one transaction and the copy is renamed only when whole: the
            # record is as it was. The window shows this sentence; a bare error it would not.
            raise StoreError(
                QCoreApplication.translate(
                    "Store",
                    "The care record {path} must be updated for this version of Care "
                    "Companion, but the disk is full; nothing was changed. Free some space "
                    "on that disk and try again.",
                ).format(path=path)
            ) from error
        raise
    if new:
        zone = new_home_zone if isinstance(new_home_zone, str) else new_home_zone()
        if zone:
            set_home_zone_if_unset(zone)
    load_home_zone()
    return database


def _forget_new_record(new: bool, path: Path, error: BaseException) -> None:
    """When a record this start was making found no room on the disk: take away its empty
    start, so that the next start (with room) makes it whole, and say so. (Any other
    failure leaves it: another program may be making the same record.)"""
    if new and engine.no_room_for(error, path):
        for leftover in record_files(path):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise StoreError(
            QCoreApplication.translate(
                "Store",
                "There is no room on the disk to make a care record in {folder}; nothing "
                "was saved. Free some space on that disk, or choose another folder, and "
                "try again.",
            ).format(folder=path.parent)
        ) from error
