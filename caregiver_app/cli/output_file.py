"""The file a command is to write: refused before anything is opened if it cannot be written.

Shared by the commands that write one file (``summary``, ``meds``), so that none of them
imports another's module.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from caregiver_app.cli.common import UsageError, refuse_folder
from caregiver_app.store.file_errors import advice_for
from caregiver_app.store.file_target import is_stream


def check_output(path: Path) -> None:
    """``path`` can be written: its folder exists and is writable, and it is not a folder.

    A pipe or a device (``/dev/stdout``, a named pipe) is written straight into, never
    beside and renamed, so its folder (``/dev``) need not be writable.
    """
    refuse_folder(path, to_write=True)
    if is_stream(path):
        return
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UsageError(
            QCoreApplication.translate(
                "SummaryCommand", "the folder {folder} does not exist. {advice}"
            ).format(folder=folder, advice=advice_for(OSError(errno.ENOENT, "")))
        )
    if not os.access(folder, os.W_OK | os.X_OK):  # a read-only drive too (EROFS)
        raise UsageError(
            QCoreApplication.translate(
                "SummaryCommand", "cannot write in the folder {folder}. {advice}"
            ).format(folder=folder, advice=advice_for(OSError(errno.EACCES, "")))
        )
