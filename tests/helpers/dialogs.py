"""Checking and answering the record's dialogs: named controls, the damaged-record prompt."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication


def focusable_widgets_are_named(widget) -> None:
    """Every visible, enabled control of ``widget`` that takes focus has an accessible name."""
    for child in widget.findChildren(object):
        if not hasattr(child, "focusPolicy") or not child.isVisible() or not child.isEnabled():
            continue
        if child.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if type(child).__name__ in ("QScrollBar", "QWidget"):
            continue
        assert child.accessibleName(), type(child).__name__


def answer_damage_prompt(button_prefix: str) -> list:
    """Click the damaged-record prompt's button when it appears; returns the texts seen."""
    seen: list = []

    def click() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "damagedRecordBox" and widget.isVisible():
                seen.append(widget.text())
                for button in widget.buttons():
                    if button.text().startswith(button_prefix):
                        button.click()
                        return
        QTimer.singleShot(20, click)

    QTimer.singleShot(0, click)
    return seen
