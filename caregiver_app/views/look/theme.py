"""Themes: the system's own light or dark look, or a high-contrast one (WCAG AAA, 7:1)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

SYSTEM = "system"
HIGH_CONTRAST = "high-contrast"

# White on black is 21:1; yellow (#ffff00) on black 19.6:1; black on yellow for
# selections 19.6:1; the disabled grey #c0c0c0 on black 12.6:1. All above 7:1.
_HIGH_CONTRAST_COLOURS = {
    QPalette.ColorRole.Window: "#000000",
    QPalette.ColorRole.WindowText: "#ffffff",
    QPalette.ColorRole.Base: "#000000",
    QPalette.ColorRole.AlternateBase: "#1a1a1a",
    QPalette.ColorRole.Text: "#ffffff",
    QPalette.ColorRole.Button: "#000000",
    QPalette.ColorRole.ButtonText: "#ffffff",
    QPalette.ColorRole.BrightText: "#ffff00",
    QPalette.ColorRole.Highlight: "#ffff00",
    QPalette.ColorRole.HighlightedText: "#000000",
    QPalette.ColorRole.ToolTipBase: "#000000",
    QPalette.ColorRole.ToolTipText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#c0c0c0",
    QPalette.ColorRole.Link: "#ffff00",
    QPalette.ColorRole.LinkVisited: "#ffcc00",
    QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.Midlight: "#c0c0c0",
    QPalette.ColorRole.Mid: "#808080",
    QPalette.ColorRole.Dark: "#ffffff",
    QPalette.ColorRole.Shadow: "#ffffff",
}

# Widgets that paint their own light backgrounds (banners, severity fills) get
# black text on a light fill in both themes, so they stay readable; borders thicken.
_HIGH_CONTRAST_STYLE = """
QWidget:focus { outline: 2px solid #ffff00; }
QPushButton { border: 2px solid #ffffff; padding: 4px 10px; }
QPushButton:focus { border: 3px solid #ffff00; }
QLineEdit, QPlainTextEdit, QTextBrowser, QComboBox, QSpinBox, QDoubleSpinBox,
QDateEdit, QDateTimeEdit, QTreeWidget, QTableView, QTableWidget, QListWidget {
    border: 2px solid #ffffff;
}
"""


def high_contrast_palette() -> QPalette:
    """The high-contrast palette, disabled text included."""
    palette = QPalette()
    for role, colour in _HIGH_CONTRAST_COLOURS.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#c0c0c0"))
    return palette


class Themes:
    """Remembers the platform's own look so switching back restores it exactly."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._system_palette = app.palette()
        self._system_style_sheet = app.styleSheet()
        self.current = SYSTEM

    def apply(self, theme: str) -> str:
        """Use ``theme``; unknown names fall back to the system's look."""
        if theme == HIGH_CONTRAST:
            self._app.setPalette(high_contrast_palette())
            self._app.setStyleSheet(_HIGH_CONTRAST_STYLE)
        else:
            theme = SYSTEM
            self._app.setPalette(self._system_palette)
            self._app.setStyleSheet(self._system_style_sheet)
        self.current = theme
        return theme
