"""The care record store: opening, migrating and querying the SQLite file. No Qt here."""

from __future__ import annotations

from pathlib import Path

from peewee import SqliteDatabase
from PySide6.QtCore import QCoreApplication

from caregiver_app.store.database import (
    NewerDatabaseError,
    StoreError,
    UnreadableDatabaseError,
    connect,
    database_path,
    read_schema_version,
)
from caregiver_app.store.migrations import CURRENT_VERSION, migrate

__all__ = [
    "CURRENT_VERSION",
    "NewerDatabaseError",
    "StoreError",
    "UnreadableDatabaseError",
    "open_store",
]


def open_store(data_dir: Path) -> SqliteDatabase:
    """Open (creating if needed) the care record in ``data_dir`` and bring it up to date.

    A file from a newer version of the app, or one that is not a care record,
    raises a :class:`StoreError` with a sentence for the user and is left
    untouched.
    """
    path = database_path(data_dir)
    if path.exists():
        version = read_schema_version(path)
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
    database = connect(path)
    try:
        migrate(database, path)
    except Exception:
        database.close()
        raise
    return database
