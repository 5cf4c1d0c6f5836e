"""A small read-only table for short lists (tens of rows) shown on a tab."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

MAX_COLUMN_SHARE = 0.3


class ReadOnlyTable(QTableWidget):
    """Rows of text the user can select and read, move through with the keyboard, not edit."""

    def __init__(self, accessible_name: str, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setTabKeyNavigation(False)  # Tab leaves the table: no keyboard trap
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setHighlightSections(False)

    def set_rows(self, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        """Replace the table's contents."""
        self.clear()
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(list(headers))
        self.setRowCount(len(rows))
        for row_index, row in enumerate(rows):
            for column, text in enumerate(row):
                self.setItem(row_index, column, QTableWidgetItem(text))
        self.horizontalHeader().setSectionResizeMode(
            len(headers) - 1, QHeaderView.ResizeMode.Stretch
        )
        self.fit_to_contents()

    def fit_to_contents(self) -> None:
        """Size columns and rows to their text (again after the text size or width changes).

        No column but the last may take more than its share of the width (or than its
        heading needs), so at large text sizes long cells wrap instead of pushing the last
        column away. The last one is left to stretch to the right edge: sized to its
        text, it stopped short of the edge once the window was resized (a short Chinese
        heading, most).
        """
        cap = max(80, int(self.viewport().width() * MAX_COLUMN_SHARE))
        for column in range(self.columnCount() - 1):
            self.resizeColumnToContents(column)
            widest = max(cap, self.horizontalHeader().sectionSizeHint(column))
            if self.columnWidth(column) > widest:
                self.setColumnWidth(column, widest)
        self.resizeRowsToContents()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Fit the columns to the new width."""
        super().resizeEvent(event)
        self.fit_to_contents()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Fit the columns again when the font changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_to_contents()

    def column_texts(self, column: int) -> list[str]:
        """Every cell of one column, top to bottom."""
        return [self.item(row, column).text() for row in range(self.rowCount())]
