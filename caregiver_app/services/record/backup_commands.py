"""The work behind ``caregiver-app backup``, ``restore`` and ``check``: sentences out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from caregiver_app.services.record.access import open_for_reading, open_tidily
from caregiver_app.services.record.backup_reading import (
    inspect_backup,
    refuse_the_record_itself,
)
from caregiver_app.services.record.backups import (
    describe_counts,
    make_backup,
    restore_backup,
    save_backup_to,
)
from caregiver_app.services.record.integrity import (
    CheckResult,
    check_record_file,
    move_damaged_aside,
)
from caregiver_app.store import engine
from caregiver_app.store.database import database_path, read_only_error
from caregiver_app.store.queries import record_counts


class NoRecordError(Exception):
    """There is no care record in the data folder yet."""


def require_record(data_dir: Path) -> Path:
    """The record's path; NoRecordError when the folder has no record yet."""
    path = database_path(data_dir)
    if not path.exists():
        raise NoRecordError(
            QCoreApplication.translate(
                "BackupCommands", "there is no care record in {folder} yet"
            ).format(folder=Path(data_dir))
        )
    return path


def backup(data_dir: Path, output: Path | None, password: str | None = None) -> str:
    """Copy the record to ``output``, or into ``backups/`` with rotation; say where.

    The copy of a record with a password is encrypted with it.
    """
    path = require_record(data_dir)
    if output is None and engine.place_is_read_only(path.parent):
        raise read_only_error(path)  # the backups folder is beside the record
    database = open_for_reading(data_dir, password)  # damaged: exit code 3, nothing copied
    try:
        if output is None:
            made = make_backup(database, data_dir)
        else:
            made = save_backup_to(database, data_dir, output)
        counts = record_counts()
    finally:
        database.close()
    return QCoreApplication.translate(
        "BackupCommands", "Backed up the care record to {file} ({contents})."
    ).format(file=made, contents=describe_counts(counts))


def restore(
    data_dir: Path,
    source: Path,
    password: str | None = None,
    source_password: str | None = None,
) -> list[str]:
    """Restore the backup ``source`` into the record; the record as it was is kept first.

    The file is checked before anything in the data folder is touched. A
    damaged record is moved aside (never overwritten) before the restore.
    ``password`` is the record's, ``source_password`` the backup's (when it
    is encrypted); the record keeps its own password.
    """
    refuse_the_record_itself(data_dir, source)  # NotABackupError: nothing changed
    inspect_backup(source, source_password)
    lines: list[str] = []
    keep_current = database_path(data_dir).exists()
    if keep_current and not check_record_file(data_dir, full=False, password=password).ok:
        moved = move_damaged_aside(data_dir)
        keep_current = False
        lines.append(
            QCoreApplication.translate(
                "BackupCommands", "The care record was damaged; it was kept, renamed, as {file}."
            ).format(file=moved[0])
        )
    database = open_tidily(data_dir, password)
    try:
        result = restore_backup(
            database, data_dir, source, keep_current=keep_current, source_password=source_password
        )
        database = result.database
        counts = record_counts()
    finally:
        database.close()
    for aside in result.moved_aside[:1]:
        lines.append(
            QCoreApplication.translate(
                "BackupCommands", "The care record was damaged; it was kept, renamed, as {file}."
            ).format(file=aside)
        )
    lines.append(
        QCoreApplication.translate(
            "BackupCommands", "Restored the backup of {date} ({contents})."
        ).format(
            date=result.restored.made_at.strftime("%Y-%m-%d %H:%M"),
            contents=describe_counts(counts),
        )
    )
    if result.kept_as is not None:
        lines.append(
            QCoreApplication.translate(
                "BackupCommands", "The record as it was before is kept as {file}."
            ).format(file=result.kept_as)
        )
    return lines


def check(data_dir: Path, password: str | None = None) -> CheckResult:
    """The full ``integrity_check`` of the record file, which is only read."""
    require_record(data_dir)
    return check_record_file(data_dir, full=True, password=password, tidy=True)
