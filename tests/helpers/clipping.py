"""What the clipping test looks for in a window or dialog: cut text, cut buttons, elided
cells, placeholder hints cut short, widgets pushed off the screen."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QStyle,
    QTableView,
    QWidget,
)

LINE_EDIT_SIDE = 2  # QLineEdit's own margin each side of its text, inside the frame

SLACK = 2  # pixels of rounding a layout may leave


def shown(widget: QWidget, top: QWidget) -> bool:
    """``widget`` and every parent up to ``top`` are visible, and it has some size."""
    return widget.isVisibleTo(top) and widget.width() > 0 and widget.height() > 0


def _inside_scroll_area(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def clipped_label(label: QLabel) -> str | None:
    """The label's text when its box is smaller than its words need, else None."""
    text = label.text()
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    if label.wordWrap():
        if label.height() + SLACK < label.heightForWidth(label.width()):
            return text
        return None
    hint = label.sizeHint()
    if label.width() + SLACK < hint.width() or label.height() + SLACK < hint.height():
        return text
    return None


def clipped_button(button: QAbstractButton) -> str | None:
    """The button's text when it does not fit the button."""
    text = button.text()
    if not text.strip():
        return None
    if button.hasHeightForWidth():  # a check box whose words wrap: cut only when too short
        narrowest = button.minimumSizeHint().width()
        if button.width() + SLACK < narrowest or (
            button.height() + SLACK < button.heightForWidth(button.width())
        ):
            return text
        return None
    hint = button.sizeHint()
    if isinstance(button, QCheckBox | QRadioButton):
        hint = button.minimumSizeHint().expandedTo(hint)
    if button.width() + SLACK < hint.width() or button.height() + SLACK < hint.height():
        return text
    return None


def cut_placeholder(edit: QLineEdit | QPlainTextEdit) -> str | None:
    """The hint an empty box shows when it is cut short ("For example, Rosa Del…"), else None.

    A line box elides a hint wider than its text area; a text box wraps it, and cuts off
    the lines below its height.
    """
    hint = edit.placeholderText()
    if not hint.strip():
        return None
    metrics = edit.fontMetrics()
    if isinstance(edit, QLineEdit):
        if edit.text():
            return None
        metric = QStyle.PixelMetric.PM_DefaultFrameWidth
        frame = edit.style().pixelMetric(metric, None, edit) if edit.hasFrame() else 0
        margins = edit.textMargins()
        room = edit.width() - 2 * frame - margins.left() - margins.right() - 2 * LINE_EDIT_SIDE
        return hint if metrics.horizontalAdvance(hint) > room + SLACK else None
    if edit.toPlainText():
        return None
    viewport = edit.viewport()
    margin = int(edit.document().documentMargin())
    width = viewport.width() - 2 * margin
    need = metrics.boundingRect(QRect(0, 0, width, 100000), Qt.TextFlag.TextWordWrap, hint)
    return hint if need.height() + 2 * margin > viewport.height() + SLACK else None


def elided_cells(table: QTableView, exempt: frozenset[int] = frozenset()) -> list[str]:
    """Cells shown cut short although a wider column would show them whole."""
    model = table.model()
    if model is None:
        return []
    header = table.horizontalHeader()
    rows = range(min(model.rowCount(QModelIndex()), 12))
    found = []
    for column in range(model.columnCount(QModelIndex())):
        if column in exempt or table.isColumnHidden(column):
            continue
        last = column == model.columnCount(QModelIndex()) - 1 and header.stretchLastSection()
        width = table.columnWidth(column)
        for row in rows:
            index = model.index(row, column)
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            if not text:
                continue
            if table.wordWrap():
                if table.rowHeight(row) + SLACK < table.sizeHintForRow(row):
                    found.append(text)
                continue
            need = table.sizeHintForIndex(index).width()
            if need > width + SLACK and not (last and width >= table.viewport().width() - 4):
                found.append(text)
    return found


def cut_rows(area: QScrollArea) -> list[str]:
    """The rows of a column of notices (the banners above the tabs) that its box shows
    only in part, as it stands: a notice is read whole or scrolled to, never cut through
    its lines."""
    inner = area.widget()
    layout = inner.layout() if inner is not None else None
    if layout is None:
        return []
    seen = QRect(
        0, area.verticalScrollBar().value(), area.viewport().width(), area.viewport().height()
    )
    found = []
    for index in range(layout.count()):
        row = layout.itemAt(index).widget()
        if row is None or row.isHidden():
            continue
        part = seen.intersected(row.geometry())
        if not part.isEmpty() and part.height() + SLACK < row.height():
            labels = [row] if isinstance(row, QLabel) else row.findChildren(QLabel)
            texts = [label.text() for label in labels if label.text().strip()]
            found.append(texts[0] if texts else row.objectName())
    return found


def off_screen(widget: QWidget, top: QWidget, screen: QRect) -> bool:
    """Outside ``screen`` (in ``top``'s coordinates) with no scroll area to bring it in."""
    if _inside_scroll_area(widget, top):
        return False
    where = QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())
    return not screen.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(where)


def problems(top: QWidget, exempt_columns: dict[str, frozenset[int]] | None = None) -> list[str]:
    """Every clipped label, cut button, cut hint, elided cell and off-screen widget inside
    ``top``."""
    exempt_columns = exempt_columns or {}
    screen = top.rect()
    found = []
    for widget in top.findChildren(QWidget):
        if not shown(widget, top):
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel):
            text = clipped_label(widget)
            if text:
                found.append(f"label {name}: {text[:60]!r}")
        elif isinstance(widget, QAbstractButton) and widget.parentWidget() is not None:
            text = clipped_button(widget)
            if text:
                found.append(f"button {name}: {text[:60]!r}")
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            text = cut_placeholder(widget)
            if text:
                found.append(f"hint in {name}: {text[:60]!r}")
        elif isinstance(widget, QScrollArea) and widget.objectName() == "bannerStack":
            for text in cut_rows(widget):
                found.append(f"notice cut by {name}: {text[:60]!r}")
        elif isinstance(widget, QTableView):
            for text in elided_cells(widget, exempt_columns.get(widget.objectName(), frozenset())):
                found.append(f"cell in {name}: {text[:60]!r}")
        if isinstance(widget, QLabel | QAbstractButton) and off_screen(widget, top, screen):
            found.append(f"off-screen {name}: {getattr(widget, 'text', lambda: '')()[:40]!r}")
    return found


def cut_list_items(top: QWidget) -> list[str]:
    """Names a drop-down's open list shows cut short, or wider than the screen, in ``top``.

    Each shown drop-down is opened as a click opens it, read, and closed again: its list
    is a window of its own, which :func:`problems` does not look into.
    """
    found = []
    for combo in top.findChildren(QComboBox):
        if not shown(combo, top) or not combo.isEnabled() or combo.count() == 0:
            continue
        name = combo.objectName() or type(combo).__name__
        combo.showPopup()
        for _ in range(3):
            QApplication.processEvents()
        view = combo.view()
        try:
            screen = combo.screen().availableGeometry()
            if view.window().geometry().right() > screen.right() + SLACK:
                found.append(f"list of {name}: wider than the screen")
            found += [f"list of {name}: {text[:60]!r}" for text in _cut_items(view)]
        finally:
            combo.hidePopup()
            QApplication.processEvents()
    return found


def _cut_items(view: QAbstractItemView) -> list[str]:
    """The items of an open list drawn narrower or shorter than their words need."""
    model = view.model()
    metrics = view.fontMetrics()
    found = []
    for row in range(model.rowCount()):
        index = model.index(row, view.modelColumn() if hasattr(view, "modelColumn") else 0)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        item = view.visualRect(index)
        if not text.strip() or item.isEmpty():
            continue
        room = item.width() - 2 * view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin)
        if getattr(view, "wordWrap", lambda: False)():
            need = metrics.boundingRect(QRect(0, 0, room, 100000), Qt.TextFlag.TextWordWrap, text)
            if need.height() > item.height() + SLACK or need.width() > room + SLACK:
                found.append(text)
        elif metrics.horizontalAdvance(text) > room + SLACK:
            found.append(text)
    return found
