"""The mouse wheel scrolls the form; it changes a value only in the field being edited.

Scrolling a long dialog with the wheel used to change whatever combo box, spin box or
slider passed under the pointer (the driver of a visit, a "not rated" score turned to
0). One application-wide filter stops that for every such control in every window.
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

from caregiver_app.views.widgets.app_filters import install_once

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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Hand a wheel over an unfocused box to the scroll area around it."""
        # Only value controls' events matter; the rest of the application's, the great
        # majority, are let through before their type is even asked for.
        if not _is_guarded(watched):
            return False
        kind = event.type()
        if kind == QEvent.Type.Polish and _is_guarded(watched):
            # Qt gives wheel focus before any filter sees the wheel: take that away, so
            # focus comes only from a click or the keyboard.
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel and _is_guarded(watched) and not watched.hasFocus():
            area = _scroll_area_of(watched)
            if area is not None:
                QCoreApplication.sendEvent(area.viewport(), event)
            return True
        return False


def install_wheel_guard(app: QCoreApplication) -> WheelGuard:
    """Install the guard on ``app`` once; it lives as long as the application."""
    return install_once(app, WheelGuard)
