"""Putting a damaged record back when the restore it was moved aside for fails.

A restore over a damaged record moves the record aside (with its ``-wal`` and ``-shm``
files) and copies the backup into a new one; when that copy fails (a full disk, the
stick pulled out), the damaged record goes back where it was, whole or not at all, and
the sentence says where every one of its files is.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from peewee import SqliteDatabase
from PySide6.QtCore import QCoreApplication

from caregiver_app.services.record.backup_reading import NotABackupError
from caregiver_app.services.record.integrity import PartlyMovedError, move_together
from caregiver_app.store import engine
from caregiver_app.store.database import database_path, record_files
from caregiver_app.store.errors import StoreError
from caregiver_app.store.file_errors import reason_of
from caregiver_app.store.opening import open_store


class RestoreLeftEmptyError(StoreError):
    """A restore over a damaged record failed, and the damaged record could not be put
    back: a new, empty record is open, and the sentence says where the damaged one is."""


class RestoreNotReopenedError(StoreError):
    """A restore over a damaged record failed, and no record could be opened after it (a
    full disk): the window has none to show until Care Companion is started again."""


def put_back(
    database: SqliteDatabase,
    data_dir: Path,
    moved: list[Path],
    password: str | None,
    error: Exception,
) -> Exception:
    """Put the damaged record moved aside back in place of the empty one started for the
    restore, and open it again; return the error to raise: ``error`` itself when the
    record is back as it was, else one that says where the damaged file is kept."""
    database.close()
    path = database_path(data_dir)
    started = record_files(path)
    pairs = [(aside, Path(f"{path}{aside.name.removeprefix(moved[0].name)}")) for aside in moved]
    try:
        # The started record's side files first: SQLite must never pair them with it.
        for leftover in started[1:]:
            leftover.unlink(missing_ok=True)
        move_together(pairs)
        open_store(data_dir, password)
        return error
    except PartlyMovedError as split:
        return _split(error, split)
    except (OSError, StoreError, engine.Error) as failure:
        problem = failure
    if not moved[0].exists():
        # Back in its place, but it would not open again: no file is kept elsewhere, and
        # the window has no record to show.
        return RestoreNotReopenedError(
            QCoreApplication.translate(
                "Backups",
                "The backup could not be restored ({reason}). Your damaged record is back "
                "in its place, but it could not be opened again ({problem}). Make room on "
                "the disk, then close Care Companion and open it again.",
            ).format(reason=_why(error), problem=_why(problem))
        )
    # None of its files moved: the record is whole under its new name. The record started
    # for the restore holds nothing typed (the failed copy may have left it half written):
    # a new empty one takes its place.
    for leftover in started:
        with contextlib.suppress(OSError):
            leftover.unlink()
    kind: type[StoreError] = RestoreLeftEmptyError
    try:
        open_store(data_dir, password)
        shown = QCoreApplication.translate(
            "Backups", "Care Companion now shows a new, empty record."
        )
    except (OSError, StoreError, engine.Error):
        kind = RestoreNotReopenedError  # no record open: the window must not read one
        shown = QCoreApplication.translate(
            "Backups", "Care Companion cannot show a record now: close it and open it again."
        )
    return kind(
        QCoreApplication.translate(
            "Backups",
            "The backup could not be restored ({reason}), and your damaged record could "
            "not be put back ({problem}). It is not deleted: it is kept, renamed, as:\n"
            "{file}\n\n{shown} Make room on the disk (or plug the backup's disk in again), "
            "then use File > Restore from backup... again.",
        ).format(reason=_why(error), problem=_why(problem), file=moved[0], shown=shown)
    )


def _split(error: Exception, split: PartlyMovedError) -> RestoreNotReopenedError:
    """The record's files are partly back and partly aside, and could not be moved back
    together: nothing is opened (the part in place lacks its last changes) or deleted."""
    return RestoreNotReopenedError(
        QCoreApplication.translate(
            "Backups",
            "The backup could not be restored ({reason}), and your damaged record could "
            "not be put back whole ({problem}). None of its files is deleted; they are "
            "now:\n{files}\n\nCare Companion cannot show a record now. Make room on the "
            "disk, close Care Companion, and keep these files together for whoever helps "
            "you rescue the record.",
        ).format(
            reason=_why(error),
            problem=_why(split),
            files="\n".join(str(file) for file in split.kept),
        )
    )


def _why(error: Exception) -> str:
    """What went wrong, without a refusal's "Nothing was changed" (here it was)."""
    if isinstance(error, NotABackupError) and error.__cause__ is not None:
        error = error.__cause__  # type: ignore[assignment]
    return reason_of(error) if isinstance(error, OSError) else str(error)
