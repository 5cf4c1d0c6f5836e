"""What the File menu's imports, exports and backups share: where to look, and how to say it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


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
