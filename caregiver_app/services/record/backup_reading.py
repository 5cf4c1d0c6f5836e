"""Reading a backup before trusting it: is it ours, whole, readable, and what does it hold?"""

from __future__ import annotations

import errno
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from caregiver_app.services.record.backup_folder import list_backups, parse_backup_name
from caregiver_app.store import engine
from caregiver_app.store.database import database_path
from caregiver_app.store.errors import StoreError
from caregiver_app.store.file_errors import reason_of
from caregiver_app.store.home_clock import home_wall
from caregiver_app.store.migrations import CURRENT_VERSION
from caregiver_app.store.models import ALL_MODELS
from caregiver_app.store.queries import RecordCounts, record_counts
from caregiver_app.store.sqlite_files import (
    copy_into_memory,
    has_sqlite_header,
    integrity_problems,
    read_only_database,
    schema_version_of,
    table_names,
)

# Tables every version of the record has; a file without them is not ours.
OUR_TABLES = frozenset({"profile", "contact", "contact_phone", "diary_entry", "appointment"})
# A family's record is a few megabytes; a file this large is something else.
MAX_BACKUP_BYTES = 512 * 1024 * 1024


class NotABackupError(StoreError):
    """The file is not a usable backup of this app's record; nothing was changed."""


class BackupPasswordError(NotABackupError):
    """The backup is protected by a password that was not given, or not the right one."""


class BackupSummary(NamedTuple):
    """What a checked backup holds."""

    path: Path
    made_at: datetime
    version: int
    counts: RecordCounts
    before_restore: bool = False
    encrypted: bool = False


# ---------------------------------------------------------------- reading copies


def _refusal(path: Path, reason: str) -> str:
    return QCoreApplication.translate(
        "Backups", "{file} cannot be restored: {reason}. Nothing was changed."
    ).format(file=Path(path).name, reason=reason)


def refuse_backup(path: Path, reason: str) -> NotABackupError:
    """The error that refuses ``path`` as a backup, saying ``reason`` and that nothing changed."""
    return NotABackupError(_refusal(path, reason))


def refuse_the_record_itself(data_dir: Path, path: Path) -> None:
    """Raise :class:`NotABackupError` when ``path`` is the care record itself (or a link to
    it): restoring it onto itself would only wait for its own lock."""
    try:
        same = os.path.samefile(path, database_path(data_dir))
    except (OSError, ValueError):
        return  # no such file, or no record yet: the usual checks say what is wrong
    if same:
        raise refuse_backup(
            path,
            QCoreApplication.translate(
                "Backups", "it is the care record itself, not a backup of it"
            ),
        )


def inspect_backup(path: Path, password: str | None = None) -> BackupSummary:
    """Check that ``path`` is an undamaged backup of this app's record, and say what it holds.

    Raises :class:`NotABackupError` (with a sentence for the user) otherwise,
    :class:`BackupPasswordError` for an encrypted backup that ``password`` does
    not open. The file itself is only ever opened read-only; the full check
    runs on a copy in memory.
    """
    path = Path(path)
    try:
        if path.is_dir():
            raise refuse_backup(
                path,
                QCoreApplication.translate(
                    "Backups", "it is a folder; choose the backup file inside it"
                ),
            )
        if not path.is_file() and path.exists():
            # A pipe or a device (``restore <(...)``): nothing a check could read twice.
            raise OSError(errno.ESPIPE, os.strerror(errno.ESPIPE), str(path))
        if not path.is_file():
            raise refuse_backup(
                path, QCoreApplication.translate("Backups", "there is no such file")
            )
        if path.stat().st_size > MAX_BACKUP_BYTES:
            raise refuse_backup(
                path,
                QCoreApplication.translate(
                    "Backups", "it is far too large to be a Care Companion backup"
                ),
            )
        encrypted = not has_sqlite_header(path)
        if encrypted and not engine.looks_encrypted(path):
            raise refuse_backup(
                path, QCoreApplication.translate("Backups", "it is not a Care Companion backup")
            )
    except OSError as error:
        raise refuse_backup(path, reason_of(error)) from error
    password = password if encrypted else None
    if encrypted and not password:
        raise _locked(path, password)
    try:
        connection = copy_into_memory(path, password)
    except engine.Error as error:
        if encrypted and engine.is_not_a_database(error):
            raise _locked(path, password) from error
        raise refuse_backup(
            path,
            QCoreApplication.translate("Backups", "the file is damaged ({problem})").format(
                problem=error
            ),
        ) from error
    try:
        try:
            version = schema_version_of(connection)
            tables = table_names(connection)
        except (engine.Error, ValueError) as error:
            reason = QCoreApplication.translate(
                "Backups", "the file is damaged ({problem})"
            ).format(problem=error)
            raise refuse_backup(path, reason) from error
        if version > CURRENT_VERSION:
            raise refuse_backup(
                path,
                QCoreApplication.translate(
                    "Backups",
                    "it was saved by a newer version of Care Companion; install that version first",
                ),
            )
        if version < 1 or not tables >= OUR_TABLES:
            raise refuse_backup(
                path, QCoreApplication.translate("Backups", "it is not a Care Companion backup")
            )
        problems = integrity_problems(connection, full=True)
        if problems:
            raise refuse_backup(
                path,
                QCoreApplication.translate("Backups", "the file is damaged ({problem})").format(
                    problem=problems[0]
                ),
            )
    finally:
        connection.close()
    try:
        with read_only_database(path, password) as database, database.bind_ctx(ALL_MODELS):
            counts = record_counts()
    except Exception as error:  # any oddity inside a foreign file is a refusal
        reason = QCoreApplication.translate(
            "Backups", "its contents cannot be read ({reason})"
        ).format(reason=error)
        raise refuse_backup(path, reason) from error
    named = parse_backup_name(path)
    # A copy named by the app carries its time in home wall time (the one clock); one
    # renamed or saved elsewhere is dated by its file's time, read on the same clock.
    made_at = named.made_at if named else _file_time(path)
    before = named.before_restore if named else False
    return BackupSummary(path, made_at, version, counts, before, encrypted)


def _file_time(path: Path) -> datetime:
    """When ``path`` was last written, as naive wall time in the home time zone."""
    return home_wall(datetime.fromtimestamp(path.stat().st_mtime, UTC))


def _locked(path: Path, password: str | None) -> BackupPasswordError:
    if password:
        reason = QCoreApplication.translate(
            "Backups",
            "the password does not open it (it may have been made under another "
            "password, or be damaged)",
        )
    else:
        reason = QCoreApplication.translate(
            "Backups",
            "it is protected by a password (or damaged); type the password it was made with",
        )
    return BackupPasswordError(_refusal(path, reason))


def newest_good_backup(data_dir: Path, password: str | None = None) -> BackupSummary | None:
    """The newest copy in ``backups/`` that passes the full check, if any.

    Encrypted copies are opened with ``password``; one made under another
    password is passed over.
    """
    for backup in list_backups(data_dir):
        try:
            return inspect_backup(backup.path, password)
        except NotABackupError:
            continue
    return None
