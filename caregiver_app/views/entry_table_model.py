"""Diary entries for a QTableView, fetched a page at a time so ten years stay instant."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from caregiver_app.esas import SCORE_FIELDS, band
from caregiver_app.store.diary import EntryRecord, count_entries, entries_page
from caregiver_app.views.diary_labels import (
    BAND_FILLS,
    band_label,
    completed_by_label,
    item_name,
)
from caregiver_app.views.locale_format import format_datetime

PAGE_SIZE = 200
INK = QColor("#1f2933")

COLUMN_WHEN = 0
COLUMN_BY = 1
FIRST_SCORE = 2
COLUMN_OTHER = FIRST_SCORE + len(SCORE_FIELDS)
COLUMN_NOTE = COLUMN_OTHER + 1
ENTRY_ID = Qt.ItemDataRole.UserRole


class EntryTableModel(QAbstractTableModel):
    """Newest entries first; rows arrive in pages as the view scrolls (fetchMore)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.start: datetime | None = None
        self.end: datetime | None = None
        self._rows: list[EntryRecord] = []
        self._total = 0
        self.rows_fetched = 0  # how many rows were read from the store, for tests
        self.reload()

    # ------------------------------------------------------------ loading

    def set_range(self, start: datetime | None, end: datetime | None) -> None:
        """Show only entries in [start, end)."""
        self.start, self.end = start, end
        self.reload()

    def reload(self) -> None:
        """Forget the loaded pages and start again from the newest entry."""
        self.beginResetModel()
        self._rows = []
        self._total = count_entries(self.start, self.end)
        self.endResetModel()
        self.fetchMore()  # the newest page at once, so a just-saved entry can be selected

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802, B008 - Qt's API
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802, B008 - Qt's API
        if parent.isValid():
            return
        page = entries_page(len(self._rows), PAGE_SIZE, self.start, self.end)
        if not page:
            self._total = len(self._rows)
            return
        self.rows_fetched += len(page)
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    @property
    def total(self) -> int:
        """How many entries the range holds, loaded or not."""
        return self._total

    def entry(self, row: int) -> EntryRecord:
        """The entry shown in ``row``."""
        return self._rows[row]

    def row_of(self, entry_id: int) -> int | None:
        """The row of a loaded entry, or None."""
        for row, record in enumerate(self._rows):
            if record.id == entry_id:
                return row
        return None

    # ------------------------------------------------------------ table

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else COLUMN_NOTE + 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == COLUMN_WHEN:
            return self.tr("Date and time")
        if section == COLUMN_BY:
            return self.tr("Completed by")
        if FIRST_SCORE <= section < COLUMN_OTHER:
            # Two lines keep long item names readable without widening every column.
            return item_name(SCORE_FIELDS[section - FIRST_SCORE]).replace(" of ", "\nof ", 1)
        if section == COLUMN_OTHER:
            return self.tr("Other problem")
        if section == COLUMN_NOTE:
            return self.tr("Note")
        return None

    def _score(self, record: EntryRecord, column: int) -> tuple[int | None, str]:
        if column == COLUMN_OTHER:
            return record.other_problem_score, record.other_problem
        return record.scores.get(SCORE_FIELDS[column - FIRST_SCORE]), ""

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        record = self._rows[index.row()]
        column = index.column()
        if role == ENTRY_ID:
            return record.id
        is_score = FIRST_SCORE <= column <= COLUMN_OTHER
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == COLUMN_WHEN:
                return format_datetime(record.recorded_at)
            if column == COLUMN_BY:
                return completed_by_label(record.completed_by)
            if column == COLUMN_NOTE:
                flag = self.tr("For the team: ") if record.for_team and record.note else ""
                return flag + " ".join(record.note.split())
            score, name = self._score(record, column)
            if score is None:
                return name if name else "–"
            text = f"{score} {band_label(band(score))}"
            return f"{name}: {text}" if name else text
        if is_score and role == Qt.ItemDataRole.BackgroundRole:
            score, _name = self._score(record, column)
            return BAND_FILLS[band(score)] if score is not None else None
        if is_score and role == Qt.ItemDataRole.ForegroundRole:
            return INK
        if role == Qt.ItemDataRole.ToolTipRole and column == COLUMN_NOTE and record.note:
            return record.note
        if role == Qt.ItemDataRole.TextAlignmentRole and is_score and column != COLUMN_OTHER:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
