"""The file a command is to write: refused before anything is opened if it cannot be written.

Shared by the commands that write one file (``summary``, ``meds``), so that none of them
imports another's module.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from caregiver_app.cli.common import UsageError


def check_output(path: Path) -> None:
    """``path`` can be written: its folder exists and is writable, and it is not a folder."""
    if path.is_dir():
        raise UsageError(
            QCoreApplication.translate(
                "SummaryCommand", "{file} is a folder; give a file name"
            ).format(file=path)
        )
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UsageError(
            QCoreApplication.translate(
                "SummaryCommand", "the folder {folder} does not exist"
            ).format(folder=folder)
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UsageError(
            QCoreApplication.translate(
                "SummaryCommand", "cannot write in the folder {folder}"
            ).format(folder=folder)
        )
