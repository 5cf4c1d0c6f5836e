"""A calm notice across the top of a page (alerts, reminders), in plain text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class Banner(QLabel):
    """Soft amber, dark text (over 12:1 contrast), hidden until there is something to say."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(
            f"QLabel#{name} {{ background: #fff4d6; color: #1f2933; border: 1px solid #c9b98f;"
            " border-radius: 4px; padding: 8px; }"
        )
        self.hide()
