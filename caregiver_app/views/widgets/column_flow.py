"""Items in columns, read down each column, and in fewer columns when the text is too large."""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QLayoutItem, QWidget

from caregiver_app.views.widgets.flow_layout import FlowLayout


class ColumnFlowLayout(FlowLayout):
    """Up to ``columns`` equal columns, filled top to bottom and then left to right (the order
    the keyboard goes), and one column fewer each time they do not fit side by side. An item
    wider than the one column left is given that width (a wrapping one takes more lines)."""

    def __init__(self, columns: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = columns

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """All the columns side by side, each as wide as the widest item."""
        items = self._visible()
        columns = max(1, min(self._columns, len(items)))
        width = self._column_width(items) * columns + self._gap() * (columns - 1)
        return self._with_margins(QSize(width, self._height(items, columns, width)))

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        """One column, as narrow as the narrowest the widest item can be."""
        items = self._visible()
        width = max((item.minimumSize().width() for item in items), default=0)
        height = max((item.minimumSize().height() for item in items), default=0)
        return self._with_margins(QSize(width, height))

    def _with_margins(self, size: QSize) -> QSize:
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _gap(self) -> int:
        return max(self._spacing(), 0)

    @staticmethod
    def _column_width(items: list[QLayoutItem]) -> int:
        return max((item.sizeHint().width() for item in items), default=0)

    def _fits(self, items: list[QLayoutItem], width: int) -> int:
        column = self._column_width(items)
        columns = (width + self._gap()) // max(column + self._gap(), 1)
        return max(1, min(self._columns, len(items), columns))

    def _cells(self, items: list[QLayoutItem], columns: int, width: int) -> list[list[QSize]]:
        """Each row's items' sizes in a ``width`` wide area of ``columns`` columns."""
        rows = ceil(len(items) / columns) if items else 0
        column = (width - self._gap() * (columns - 1)) // columns
        cells: list[list[QSize]] = [[] for _ in range(rows)]
        for index, item in enumerate(items):
            item_width = min(item.sizeHint().width(), column)
            height = (
                item.heightForWidth(item_width)
                if item.hasHeightForWidth()
                else item.sizeHint().height()
            )
            cells[index % rows].append(QSize(column, height))
        return cells

    def _height(self, items: list[QLayoutItem], columns: int, width: int) -> int:
        rows = self._cells(items, columns, width)
        heights = [max(cell.height() for cell in row) for row in rows]
        return sum(heights) + self._gap() * max(len(heights) - 1, 0)

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        items = self._visible()
        columns = self._fits(items, area.width())
        cells = self._cells(items, columns, area.width())
        rows = len(cells)
        y = area.y()
        tops = []
        for row in cells:
            tops.append(y)
            y += max(cell.height() for cell in row) + self._gap()
        if move:
            for index, item in enumerate(items):
                column, row = divmod(index, rows)
                cell = cells[row][column]
                x = area.x() + column * (cell.width() + self._gap())
                item.setGeometry(QRect(x, tops[row], cell.width(), cell.height()))
        used = y - self._gap() if cells else area.y()
        return used - rect.y() + margins.bottom()
