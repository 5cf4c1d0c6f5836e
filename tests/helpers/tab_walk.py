"""Walking a dialog with the Tab key as a keyboard user does, and what a screen reader says."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QRadioButton,
    QScrollBar,
    QWidget,
)

# Parts Qt builds inside composite widgets; their owner carries the name.
INNER = {"qt_spinbox_lineedit", "qt_calendar_calendarview", "qt_tabwidget_tabbar"}
FLIPS = 40  # a scroll bar shown and hidden this often is not settling


class ScrollBarFlips(QObject):
    """Counts a scroll bar being shown and hidden; past FLIPS, pins it on to end the loop."""

    def __init__(self) -> None:
        super().__init__()
        self.flips: dict[int, int] = {}
        self.found: list[str] = []

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if isinstance(watched, QScrollBar) and event.type() == QEvent.Type.Hide:
            count = self.flips[id(watched)] = self.flips.get(id(watched), 0) + 1
            area = watched.parentWidget() and watched.parentWidget().parentWidget()
            if count == FLIPS and isinstance(area, QAbstractScrollArea):
                self.found.append(f"scroll bar of {area.objectName()!r} never settles")
                area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
                area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        return False


def focusable(root: QWidget) -> list[QWidget]:
    """The shown, enabled controls of ``root`` that Tab should stop at."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or isinstance(widget, QScrollBar):
            continue
        parent = widget.parentWidget()
        if widget.objectName() in INNER or (parent is not None and parent.objectName() in INNER):
            continue
        if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
            continue
        if isinstance(parent, QComboBox) and widget is parent.lineEdit():
            continue
        found.append(widget)
    return found


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader says for ``widget`` (its set name, else its text)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def tab_cycle(dialog: QWidget, qtbot, limit: int = 150) -> tuple[list[QWidget], list[str]]:
    """The controls Tab visits from the dialog's focus until it comes back; the problems."""
    guard = ScrollBarFlips()
    QApplication.instance().installEventFilter(guard)
    problems: list[str] = []
    try:
        _settle()  # the dialog's first field takes the focus once its show has landed
        start = dialog.focusWidget()
        seen: list[QWidget] = []
        widget = start
        while widget is not None and len(seen) < limit:
            seen.append(widget)
            # An open list of suggestions has the keyboard, as it has a person's keys.
            qtbot.keyClick(QApplication.activePopupWidget() or widget, Qt.Key.Key_Tab)
            _settle()
            widget = QApplication.focusWidget()
            if widget is start:
                break
            if widget in seen:
                problems.append(f"Tab is caught between {seen[seen.index(widget) :]}")
                break
        else:
            problems.append(f"Tab went out of the dialog after {seen[-1:]}")
    finally:
        QApplication.instance().removeEventFilter(guard)
    return seen, problems + guard.found


def unreached(dialog: QWidget, seen: list[QWidget]) -> list[str]:
    """Controls Tab never reaches (a radio button counts when its group's choice is reached;
    a composite field when the box inside it is)."""
    missing = []
    for widget in focusable(dialog):
        if widget in seen or any(widget.isAncestorOf(visited) for visited in seen):
            continue
        if isinstance(widget, QRadioButton) and any(
            isinstance(visited, QRadioButton) and visited.parentWidget() is widget.parentWidget()
            for visited in seen
        ):
            continue
        missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing
