"""Diary entries for a QTableView, fetched a page at a time so ten years stay instant."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from caregiver_app.esas import SCORE_FIELDS, band
from caregiver_app.store.diary.entries import EntryRecord, count_entries, entries_page
from caregiver_app.views.diary.diary_labels import (
    BAND_FILLS,
    band_label,
    completed_by_label,
    item_name,
)
from caregiver_app.views.look.locale_format import format_datetime
from caregiver_app.views.look.writing_direction import isolated
from caregiver_app.views.sharing.origin_lookup import origins_of, sharing_on
from caregiver_app.views.sharing.sharing_words import recorded_on

PAGE_SIZE = 100  # about three screens of rows: one query of a few milliseconds
MAX_PAGES = 50  # pages kept in memory at most (5,000 entries); others are read again
INK = QColor("#1f2933")

COLUMN_WHEN = 0
COLUMN_BY = 1
FIRST_SCORE = 2
COLUMN_OTHER = FIRST_SCORE + len(SCORE_FIELDS)
COLUMN_NOTE = COLUMN_OTHER + 1
COLUMN_RECORDED_ON = COLUMN_NOTE + 1  # only while the record is shared with the family
ENTRY_ID = Qt.ItemDataRole.UserRole
# Roles as plain numbers (Qt passes them so): a row's answers are kept by role.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE_TEXT = int(Qt.ItemDataRole.AccessibleTextRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TOOL_TIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ENTRY_ID = int(ENTRY_ID)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)


class EntryTableModel(QAbstractTableModel):
    """Newest entries first; each page of rows is read when the view first shows one of them.

    The model has as many rows as the range holds (one COUNT query), but reads an entry
    only when the view asks for it, a page at a time. Jumping to the oldest entry of ten
    years reads the last page, not every page before it (as ``fetchMore`` would).
    """

    def __init__(self, parent=None, load: bool = True) -> None:
        super().__init__(parent)
        self.start: datetime | None = None
        self.end: datetime | None = None
        self._pages: dict[int, list[EntryRecord]] = {}  # page number -> its entries
        self._shown: dict[int, dict[int, tuple]] = {}  # row -> its answers, see _cells()
        self._total = 0
        self.rows_fetched = 0  # how many rows were read from the store, for tests
        self._sharing = False
        self._origins: dict = {}  # entry id -> the computer it came from, while sharing
        self._titles: tuple[str, ...] | None = None  # the columns' titles, see headerData()
        if load:  # the diary tab loads it in its refresh(), when the tab is first shown
            self.reload()

    # ------------------------------------------------------------ loading

    def set_range(self, start: datetime | None, end: datetime | None) -> None:
        """Show only entries in [start, end)."""
        self.start, self.end = start, end
        self.reload()

    def reload(self) -> None:
        """Forget the loaded pages and start again from the newest entry."""
        self.beginResetModel()
        self._pages = {}
        self._shown = {}
        self._sharing, self._origins = sharing_on(), {}
        self._total = count_entries(self.start, self.end)
        self.endResetModel()
        self._page(0)  # the newest page at once, so a just-saved entry can be selected

    def _page(self, number: int) -> list[EntryRecord]:
        page = self._pages.get(number)
        if page is None:
            # The table shows no tracker scores; get_entry() reads an entry with them.
            page = entries_page(
                number * PAGE_SIZE,
                PAGE_SIZE,
                self.start,
                self.end,
                with_trackers=False,
                total=self._total,
            )
            self.rows_fetched += len(page)
            if self._sharing:
                self._origins.update(origins_of("diaryentry", (entry.id for entry in page)))
            if len(self._pages) >= MAX_PAGES:  # forget the page read longest ago, not the newest
                del self._pages[next(n for n in self._pages if n != 0)]
                self._shown.clear()
            self._pages[number] = page
        return page

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802, B008 - Qt's API
        """Never: every row is counted from the start."""
        return False  # every row is counted from the start; pages are read as rows are shown

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802, B008 - Qt's API
        """Nothing to fetch: pages are read as their rows are shown."""
        return None

    def _record(self, row: int) -> EntryRecord | None:
        if not 0 <= row < self._total:
            return None
        page = self._page(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        # Shorter than expected when another program deleted entries since the count.
        return page[offset] if offset < len(page) else None

    @property
    def total(self) -> int:
        """How many entries the range holds, loaded or not."""
        return self._total

    def entry(self, row: int) -> EntryRecord:
        """The entry shown in ``row`` (read from the store with its page if needed)."""
        record = self._record(row)
        if record is None:
            raise IndexError(row)
        return record

    def row_of(self, entry_id: int) -> int | None:
        """The row of an entry already read, or None."""
        for number, page in self._pages.items():
            for offset, record in enumerate(page):
                if record.id == entry_id:
                    return number * PAGE_SIZE + offset
        return None

    # ------------------------------------------------------------ table

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        """How many entries the list holds."""
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        """The list's columns: when, by whom, each score, other and note."""
        return 0 if parent.isValid() else COLUMN_NOTE + 1 + self._sharing

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        """The translated title of a column."""
        # Asked for many roles of every column at each layout and paint: most get None.
        if role != _DISPLAY or orientation != Qt.Orientation.Horizontal:
            return None
        if self._titles is None:  # the model is made again in a new language
            self._titles = self._column_titles()
        return self._titles[section] if 0 <= section < len(self._titles) else None

    def _column_titles(self) -> tuple[str, ...]:
        # Two lines keep long item names readable without widening every column.
        scores = [item_name(name).replace(" of ", "\nof ", 1) for name in SCORE_FIELDS]
        return (
            self.tr("Date and time"),
            self.tr("Completed by"),
            *scores,
            self.tr("Other problem"),
            self.tr("Note"),
            self.tr("Recorded on"),
        )

    def _score(self, record: EntryRecord, column: int) -> tuple[int | None, str]:
        if column == COLUMN_OTHER:
            return record.other_problem_score, record.other_problem
        return record.scores.get(SCORE_FIELDS[column - FIRST_SCORE]), ""

    def _text(self, record: EntryRecord, column: int) -> str:
        if column == COLUMN_WHEN:
            return format_datetime(record.recorded_at)
        if column == COLUMN_BY:
            return completed_by_label(record.completed_by)
        if column == COLUMN_RECORDED_ON:
            return recorded_on(self._origins.get(record.id))
        if column == COLUMN_NOTE:
            flag = self.tr("For the team: ") if record.for_team and record.note else ""
            return flag + " ".join(record.note.split())
        score, name = self._score(record, column)
        if score is None:
            return name if name else "–"
        text = f"{score} {band_label(band(score))}"
        return f"{isolated(name)}: {text}" if name else text

    def _cells(self, row: int) -> dict[int, tuple] | None:
        """The answers of ``row``'s cells, one tuple of columns per role answered, worked
        out once for the row, not on every paint; None for a row not in the list."""
        cells = self._shown.get(row)
        if cells is None:
            record = self._record(row)
            if record is None:
                return None
            columns = range(self.columnCount())
            scores = [
                self._score(record, column)[0] if FIRST_SCORE <= column <= COLUMN_OTHER else None
                for column in columns
            ]
            texts = tuple(self._text(record, column) for column in columns)
            cells = {
                _DISPLAY: texts,
                _ACCESSIBLE_TEXT: texts,
                _ENTRY_ID: (record.id,) * len(columns),
                _BACKGROUND: tuple(BAND_FILLS[band(s)] if s is not None else None for s in scores),
                _FOREGROUND: tuple(
                    INK if FIRST_SCORE <= column <= COLUMN_OTHER else None for column in columns
                ),
                _TOOL_TIP: tuple(
                    record.note if column == COLUMN_NOTE and record.note else None
                    for column in columns
                ),
                _ALIGNMENT: tuple(
                    _CENTER if FIRST_SCORE <= column < COLUMN_OTHER else None for column in columns
                ),
            }
            if len(self._shown) >= MAX_PAGES * PAGE_SIZE:
                self._shown.clear()
            self._shown[row] = cells
        return cells

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        """A cell's text, colour or alignment, read from its page of entries."""
        # The view asks about a dozen roles per cell, on every paint: most answers are None.
        # (An invalid index has row -1, which no entry has.)
        cells = self._shown.get(index.row()) or self._cells(index.row())
        answers = cells.get(role) if cells is not None else None
        return answers[index.column()] if answers is not None else None
