"""The files the app keeps in the data folder, so no export, sheet, PDF or backup lands on one.

Every save the user aims somewhere (the command line's exports, sheets, summaries
and ``backup -o``; the window's save dialogs) asks :func:`refuse_own_file` first.
Paths are compared resolved (through symlinks) and, for a file that exists, by
device and inode, so a hard link to the record is refused too. The family's usual data
folder is protected as well as the one open: the demo, or another ``--data-dir``, must
never write over the real record.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from caregiver_app.paths import (
    SETTINGS_FILENAME,
    DataDirError,
    default_data_dir,
    resolve_data_dir,
)
from caregiver_app.store.database import DATABASE_FILENAME
from caregiver_app.store.errors import StoreError

# Folders inside the data folder that only the app writes: the copies it keeps, and the
# private PDFs "Open in viewer" makes.
KEPT_FOLDERS = ("backups", "printouts")
# The record, its -wal/-shm/-journal, its password check, the copies kept before an
# upgrade (".v2-before-upgrade-...bak"), a damaged record moved aside
# ("care-record-damaged-..."), and the temporary files made while any of these is written.
_STEM = DATABASE_FILENAME.rpartition(".")[0]  # "care-record"
_KEPT_PREFIXES = (_STEM, f".{_STEM}", SETTINGS_FILENAME, f".{SETTINGS_FILENAME}")


class OwnFileError(StoreError):
    """The chosen file is one the app keeps beside the record; nothing was written."""


def _resolved(path: Path) -> Path:
    try:
        return Path(path).expanduser().resolve()
    except (OSError, RuntimeError):  # a symlink loop: compare it as written
        return Path(os.path.abspath(Path(path).expanduser()))


def is_kept_name(data_dir: Path, path: Path) -> bool:
    """True if ``path`` (resolved) is the data folder, or a name the app keeps inside it."""
    folder = _resolved(data_dir)
    path = _resolved(path)
    if path == folder:
        return True
    for kept in KEPT_FOLDERS:
        if path == folder / kept or (folder / kept) in path.parents:
            return True
    return path.parent == folder and path.name.startswith(_KEPT_PREFIXES)


def kept_files(data_dir: Path) -> Iterator[Path]:
    """Every file the app keeps in ``data_dir`` that exists now."""
    folder = Path(data_dir)
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith(_KEPT_PREFIXES):
            yield Path(entry.path)
        elif entry.name in KEPT_FOLDERS:
            for root, _dirs, files in os.walk(entry.path):
                yield from (Path(root) / name for name in files)


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except (OSError, ValueError):
        return None
    return (status.st_dev, status.st_ino)


def _usual_folders() -> list[Path]:
    """The family's usual data folders: ``CAREGIVER_APP_DATA_DIR`` and Qt's default."""
    folders = [default_data_dir()]
    with contextlib.suppress(DataDirError, OSError):
        folders.append(resolve_data_dir())
    return folders


def _is_own_file_of(data_dir: Path, target: Path, identity: tuple[int, int] | None) -> bool:
    if is_kept_name(data_dir, target):
        return True
    if identity is None:
        return False
    if identity == _identity(data_dir):
        return True
    return any(_identity(path) == identity for path in kept_files(data_dir))


def is_own_file(data_dir: Path, target: Path) -> bool:
    """True if writing ``target`` would write over a file the app keeps for the record:
    the one in ``data_dir``, or the family's real one in the usual folder while the demo
    (or another ``--data-dir``) is open."""
    identity = _identity(target)
    return any(
        _is_own_file_of(folder, target, identity)
        for folder in dict.fromkeys([Path(data_dir), *_usual_folders()])
    )


def refuse_own_file(data_dir: Path, target: Path) -> None:
    """Raise :class:`OwnFileError` (one sentence naming ``target``) for the record's own files."""
    if not is_own_file(data_dir, target):
        return
    if Path(target).is_dir():
        raise OwnFileError(
            QCoreApplication.translate(
                "RecordFiles",
                "{file} is a folder Care Companion keeps for the care record; choose a "
                "file name in another folder. Nothing was written.",
            ).format(file=target)
        )
    raise OwnFileError(
        QCoreApplication.translate(
            "RecordFiles",
            "{file} is one of the files Care Companion keeps for the care record; "
            "saving there would destroy it. Choose another name or folder. "
            "Nothing was written.",
        ).format(file=target)
    )


def refuse_open_record_file(target: Path) -> None:
    """:func:`refuse_own_file` for the record open now (none open: nothing to protect)."""
    from caregiver_app.store.database import database_proxy

    database = database_proxy.obj
    if database is not None and database.database not in ("", ":memory:"):
        refuse_own_file(Path(database.database).parent, target)
