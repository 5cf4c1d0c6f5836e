"""Asking before something is deleted or stopped, without blocking the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


def ask_first(
    parent: QWidget, title: str, question: str, action: str, on_yes: Callable[[], object]
) -> tuple[QMessageBox, QPushButton]:
    """A window-modal question with ``action`` and Cancel (Cancel is the default), open.

    ``on_yes`` runs when ``action`` is clicked; the box and that button are returned.
    """
    box = QMessageBox(
        QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.NoButton, parent
    )
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: on_yes() if button is yes else None)
    box.open()
    return box, yes


def confirm_delete(
    parent: QWidget, title: str, question: str, on_delete: Callable[[], object]
) -> QMessageBox:
    """A window-modal question with Delete and Cancel (Cancel is the default)."""
    box, _delete = ask_first(
        parent, title, question, QCoreApplication.translate("Confirm", "Delete"), on_delete
    )
    return box
