"""Typing into fields the way a person does: click in, select what is there, type over it."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import QWidget


def line_of(field: QWidget) -> QWidget:
    """The line edit a date or time field types into (or the widget itself)."""
    return getattr(field, "line", field)


def retype(qtbot, field: QWidget, text: str) -> None:
    """Select everything in ``field`` with Ctrl+A, delete it, and type ``text`` key by key."""
    line = line_of(field)
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    for char in text:
        if char.isascii():
            qtbot.keyClicks(line, char)
        else:  # QTest cannot synthesise it; an input method delivers it like this
            line.insert(char)


def us_date(day: date) -> str:
    """``day`` as a person in the United States types it: 3/14/1947."""
    return f"{day.month}/{day.day}/{day.year}"


def us_time(at: time) -> str:
    """``at`` as a person in the United States types it, with a plain space: 9:05 AM."""
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates).toString(
        QTime(at.hour, at.minute), "h:mm AP"
    )


def type_date(qtbot, field: QWidget, day: date) -> None:
    """Type ``day`` into a date field, US style."""
    retype(qtbot, field, us_date(day))


def type_time(qtbot, field: QWidget, at: time) -> None:
    """Type ``at`` into a time field, US style."""
    retype(qtbot, field, us_time(at))


__all__ = ["QDate", "line_of", "retype", "type_date", "type_time", "us_date", "us_time"]
