"""The mouse wheel scrolls the form; it changes a value only in the field being edited.

Scrolling a long dialog with the wheel used to change whatever combo box, spin box or
slider passed under the pointer (the driver of a visit, a "not rated" score turned to
0). One filter, put on every such control of every window as it is polished
(``input_guards.py``), stops that.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QScrollBar,
    QWidget,
)

_GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)


def _is_guarded(widget: QObject) -> bool:
    return isinstance(widget, _GUARDED) and not isinstance(widget, QScrollBar)


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    """The scroll area the widget sits in, which the wheel should scroll instead."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


class WheelGuard(QObject):
    """Hands a wheel event over an unfocused value control to its parent (which scrolls)."""

    def guard(self, widget: QWidget) -> None:
        """Watch ``widget`` if it is a value control (as it is polished, before it shows)."""
        if not _is_guarded(widget):
            return
        # Qt gives wheel focus before any filter sees the wheel: take that away, so
        # focus comes only from a click or the keyboard.
        if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(self)  # once: Qt moves a filter put on twice to the front

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Hand a wheel over an unfocused box to the scroll area around it."""
        if event.type() == QEvent.Type.Wheel and _is_guarded(watched) and not watched.hasFocus():
            area = _scroll_area_of(watched)
            if area is not None:
                QCoreApplication.sendEvent(area.viewport(), event)
            return True
        return False
