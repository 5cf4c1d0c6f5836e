"""Typing into fields the way a person does: click in, select what is there, type over it."""

from __future__ import annotations

import re
from datetime import date, time

from PySide6.QtCore import QLocale, QPoint, QPointF, Qt, QTime
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)


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


def text_for_hint(hint: str, day: date) -> str:
    """``day`` typed in the form a date field's hint shows (M/D/YYYY, D/M/AAAA, YYYY/M/D)."""
    parts = re.split(r"([^A-Za-z\u4e00-\u9fff]+)", hint)
    typed = []
    for part in parts:
        if not part or not (part[0].isalpha() or "\u4e00" <= part[0] <= "\u9fff"):
            typed.append(part)
        elif len(part) == 4:
            typed.append(str(day.year))
        elif part[0] in "Mm月":
            typed.append(str(day.month))
        else:
            typed.append(str(day.day))
    return "".join(typed)


def type_date_as_hinted(qtbot, field: QWidget, day: date) -> str:
    """Type ``day`` in the form the field's own hint shows; returns what was typed."""
    text = text_for_hint(field.hint(), day)
    retype(qtbot, field, text)
    return text


def locale_time_text(at: time) -> str:
    """``at`` in the current locale's short form, with the plain space a person types."""
    shown = QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)
    return shown.replace("\u202f", " ").replace("\u00a0", " ")


def type_time_as_shown(qtbot, field: QWidget, at: time) -> str:
    """Type ``at`` as the locale writes it; returns what was typed."""
    text = locale_time_text(at)
    retype(qtbot, field, text)
    return text


def value_of(widget) -> object:
    """What a value control shows: a combo's choice, a box's text, a slider's value."""
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    return widget.value()


def turn_wheel(widget, steps: int) -> None:
    """Turn the wheel over the middle of ``widget`` (positive: away from the person)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre)),
        QPoint(),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def wheel_changes_only(dialog, focused) -> list[str]:
    """Wheel up and down over every value control; only ``focused`` may change."""
    controls = [
        widget
        for widget in dialog.findChildren(QWidget)
        if isinstance(widget, QComboBox | QAbstractSpinBox | QAbstractSlider)
        and not isinstance(widget, QScrollBar)
    ]
    assert focused in controls and focused.hasFocus()
    for widget in controls:
        if widget is focused:
            continue
        before = value_of(widget)
        for steps in (1, -1, -1, 1):
            turn_wheel(widget, steps)
            assert value_of(widget) == before, widget.objectName() or widget.accessibleName()
    before = value_of(focused)
    turn_wheel(focused, -1)
    if value_of(focused) == before:
        turn_wheel(focused, 1)  # it was at the end of its range
    assert value_of(focused) != before
    return [widget.objectName() for widget in controls]


__all__ = [
    "line_of",
    "locale_time_text",
    "retype",
    "text_for_hint",
    "turn_wheel",
    "type_date",
    "type_date_as_hinted",
    "type_time",
    "type_time_as_shown",
    "us_date",
    "us_time",
    "value_of",
    "wheel_changes_only",
]
