"""A calm notice across the top of a page (alerts, reminders), in plain text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QWidget

FILL = QColor("#fff4d6")  # soft amber
INK = QColor("#1f2933")  # 13.6:1 on the fill; the frame is drawn in it too


class Banner(QLabel):
    """Soft amber, dark text and frame, hidden until there is something to say.

    Coloured through its palette, not a style sheet: a style sheet would fix the font
    the banner first had, and it would keep 100% text when View > Larger text is used.
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        palette = self.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Window, FILL)
            palette.setColor(group, QPalette.ColorRole.WindowText, INK)
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.Box)
        self.setFrameShadow(QFrame.Shadow.Plain)
        self.setMargin(8)
        self.hide()
