"""The high-contrast theme's colours and style sheet, every control state from one table.

White on black is 21:1; yellow (#ffff00) on black 19.6:1; black on yellow for
selections 19.6:1; the disabled grey #c0c0c0 on black 12.6:1. Every text reaches 7:1
and every outline 3:1 (WCAG 2.2, 1.4.6 and 1.4.11); tests/views/look measures them.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

BLACK = "#000000"
WHITE = "#ffffff"
YELLOW = "#ffff00"
GREY = "#c0c0c0"

Role = QPalette.ColorRole

COLOURS = {
    Role.Window: BLACK,
    Role.WindowText: WHITE,
    Role.Base: BLACK,
    Role.AlternateBase: "#1a1a1a",
    Role.Text: WHITE,
    Role.Button: BLACK,
    Role.ButtonText: WHITE,
    Role.BrightText: YELLOW,
    Role.Highlight: YELLOW,
    Role.HighlightedText: BLACK,
    Role.ToolTipBase: BLACK,
    Role.ToolTipText: WHITE,
    Role.PlaceholderText: GREY,
    Role.Link: YELLOW,
    Role.LinkVisited: "#ffcc00",
    Role.Light: WHITE,
    Role.Midlight: GREY,
    Role.Mid: "#808080",
    Role.Dark: WHITE,
    Role.Shadow: WHITE,
}
DISABLED_TEXT = GREY

# Each control state: (text colour, outline colour, fill), all on the black window.
# A check box or radio button shows its box in every state; checked puts a yellow
# mark inside the ring, so checked and unchecked differ by more than colour alone.
CHECK_MARK = YELLOW
STATES = {
    "normal": (WHITE, WHITE, BLACK),
    "checked": (WHITE, WHITE, BLACK),
    "focused": (YELLOW, YELLOW, BLACK),
    "hovered": (YELLOW, YELLOW, BLACK),
    "disabled": (GREY, GREY, BLACK),
}


def high_contrast_palette() -> QPalette:
    """The high-contrast palette, disabled text included."""
    palette = QPalette()
    for role, colour in COLOURS.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED_TEXT))
    return palette


def style_sheet() -> str:
    """The theme's style sheet, written out from ``STATES``."""
    text, outline, _fill = STATES["normal"]
    focus_text, focus_outline, _ = STATES["focused"]
    hover_text, hover_outline, _ = STATES["hovered"]
    off_text, off_outline, _ = STATES["disabled"]
    checked_fill = CHECK_MARK
    boxes = "QCheckBox::indicator, QRadioButton::indicator, QGroupBox::indicator"
    fields = (
        "QLineEdit, QPlainTextEdit, QTextEdit, QTextBrowser, QComboBox, QSpinBox, "
        "QDoubleSpinBox, QDateEdit, QTimeEdit, QDateTimeEdit, QTreeView, QTreeWidget, "
        "QTableView, QTableWidget, QListView, QListWidget"
    )
    return f"""
QPushButton, QToolButton {{ color: {text}; border: 2px solid {outline}; padding: 4px 10px; }}
QPushButton:hover, QToolButton:hover {{ color: {hover_text}; border-color: {hover_outline}; }}
QPushButton:focus, QToolButton:focus {{ color: {focus_text}; border: 3px solid {focus_outline}; }}
QPushButton:disabled, QToolButton:disabled {{ color: {off_text}; border-color: {off_outline}; }}
{fields} {{ border: 2px solid {outline}; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QTextBrowser:focus, QComboBox:focus,
QSpinBox:focus, QDoubleSpinBox:focus, QTreeView:focus, QTableView:focus, QListView:focus {{
    border: 3px solid {focus_outline}; }}
QCalendarWidget QWidget#qt_calendar_navigationbar {{
    background: {_fill}; border-bottom: 2px solid {outline}; }}
QCalendarWidget QToolButton {{ color: {text}; background: {_fill}; }}
QCheckBox, QRadioButton {{ color: {text}; spacing: 0.5em; }}
QCheckBox:hover, QRadioButton:hover {{ color: {hover_text}; }}
QCheckBox:focus, QRadioButton:focus {{ color: {focus_text}; }}
QCheckBox:disabled, QRadioButton:disabled {{ color: {off_text}; }}
{boxes} {{
    width: 0.9em; height: 0.9em; border: 2px solid {outline}; background: {_fill};
}}
QRadioButton::indicator {{ border-radius: 0.45em; }}
QCheckBox::indicator:checked, QRadioButton::indicator:checked,
QGroupBox::indicator:checked {{
    background: qradialgradient(cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5,
        stop: 0 {checked_fill}, stop: 0.7 {checked_fill}, stop: 0.71 {_fill}, stop: 1 {_fill});
}}
QCheckBox::indicator:hover, QRadioButton::indicator:hover {{ border-color: {hover_outline}; }}
QCheckBox::indicator:focus, QRadioButton::indicator:focus {{
    border: 3px solid {focus_outline}; }}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{
    border-color: {off_outline}; }}
"""
