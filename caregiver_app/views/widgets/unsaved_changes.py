"""Asking before a form with unsaved typing is closed (Escape, Cancel, the window's ×).

A tired hand presses Escape to close a list or a calendar and closes the whole form
instead; nine scores and a note typed for ten minutes must not go with it unasked.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

FormState = dict[QWidget, object]


def _value(widget: QWidget) -> object:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    if isinstance(widget, QListWidget):  # the people and questions ticked
        items = (widget.item(row) for row in range(widget.count()))
        return tuple((item.text(), item.checkState()) for item in items)
    return None


def form_state(form: QWidget, widgets: list[QWidget] | None = None) -> FormState:
    """What each typing control of ``form`` (or just ``widgets``) holds now."""
    found = widgets if widgets is not None else form.findChildren(QWidget)
    return {widget: value for widget in found if (value := _value(widget)) is not None}


def changed_since(opened: FormState, form: QWidget) -> bool:
    """True when a control ``opened`` knew holds something else now."""
    now = form_state(form)
    return any(widget in now and now[widget] != value for widget, value in opened.items())


def ask_to_discard(parent: QWidget, on_discard: Callable[[], object]) -> QMessageBox:
    """A window-modal question: close and lose the typing, or keep editing (the default)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("UnsavedChanges", "Close without saving?"),
        QCoreApplication.translate(
            "UnsavedChanges",
            "What you typed in this form has not been saved. Close it and lose those "
            "changes, or keep editing and save them?",
        ),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    discard = box.addButton(
        QCoreApplication.translate("UnsavedChanges", "Close without saving"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep: QPushButton = box.addButton(
        QCoreApplication.translate("UnsavedChanges", "Keep editing"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)  # a second Escape keeps the form, never loses it
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: on_discard() if button is discard else None)
    box.open()
    return box
