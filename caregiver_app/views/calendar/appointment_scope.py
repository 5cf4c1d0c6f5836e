"""Asking which visits of a series a change or a delete is for, without blocking the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

SCOPES = ("occurrence", "following", "series")


def ask_scope(
    parent: QWidget, deleting: bool, title: str, on_choice: Callable[[str], object]
) -> QMessageBox:
    """A window-modal question: only this visit, this and the following ones, or all of them."""
    if deleting:
        heading = QCoreApplication.translate("AppointmentScope", "Delete a repeating appointment")
        question = QCoreApplication.translate(
            "AppointmentScope",
            "“{title}” repeats. Delete only this visit, this visit and the following "
            "ones, or every visit? Edit > Undo brings them back.",
        ).format(title=title)
        labels = (
            QCoreApplication.translate("AppointmentScope", "Only this visit"),
            QCoreApplication.translate("AppointmentScope", "This and following"),
            QCoreApplication.translate("AppointmentScope", "All visits"),
        )
    else:
        heading = QCoreApplication.translate("AppointmentScope", "Change a repeating appointment")
        question = QCoreApplication.translate(
            "AppointmentScope",
            "“{title}” repeats. Change only this visit, this visit and the following "
            "ones, or every visit?",
        ).format(title=title)
        labels = (
            QCoreApplication.translate("AppointmentScope", "Only this visit"),
            QCoreApplication.translate("AppointmentScope", "This and following"),
            QCoreApplication.translate("AppointmentScope", "All visits"),
        )
    box = QMessageBox(
        QMessageBox.Icon.Question, heading, question, QMessageBox.StandardButton.NoButton, parent
    )
    box.setObjectName("scopeQuestion")
    buttons = {}
    for scope, label in zip(SCOPES, labels, strict=True):
        button = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
        button.setAccessibleName(label)
        buttons[button] = scope
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel if deleting else next(iter(buttons)))
    box.setEscapeButton(cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(
        lambda button: on_choice(buttons[button]) if button in buttons else None
    )
    box.open()
    return box
