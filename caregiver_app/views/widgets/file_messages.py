"""What the File menu's imports, exports and backups share: where to look, and how to say it."""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from caregiver_app.store.file_errors import reason_of
from caregiver_app.store.sharing import is_disk_full


def documents_folder() -> str:
    """Where file dialogs open: the user's Documents folder, else home."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return location or str(Path.home())


def file_message(
    parent: QWidget, title: str, text: str, warning: bool = False, details: str = ""
) -> QMessageBox:
    """A window-modal message (not blocking) with selectable text and optional details."""
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if details:
        box.setDetailedText(details)
    box.open()
    return box


def access_reason(error: Exception) -> str:
    """Why the record refused a change: a full disk in the family's language (SQLite says
    "database or disk is full" in English), any other reason as SQLite says it."""
    if is_disk_full(error):
        return reason_of(OSError(errno.ENOSPC, ""))
    return str(error)
