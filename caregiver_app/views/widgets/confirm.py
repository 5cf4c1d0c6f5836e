"""Asking before something is deleted, without blocking the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_delete(
    parent: QWidget, title: str, question: str, on_delete: Callable[[], object]
) -> QMessageBox:
    """A window-modal question with Delete and Cancel (Cancel is the default)."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.NoButton, parent
    )
    delete = box.addButton(
        QCoreApplication.translate("Confirm", "Delete"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: on_delete() if button is delete else None)
    box.open()
    return box
