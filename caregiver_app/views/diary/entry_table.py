"""The diary's table of entries and, under it, the note of the chosen entry in full."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from caregiver_app.views.diary.entry_table_model import COLUMN_NOTE, EntryTableModel
from caregiver_app.views.look.locale_format import format_datetime

SIZE_FROM_ROWS = 30  # rows measured to fit the columns to their contents
NARROWEST_COLUMN = 5  # average characters: a score and its band ("6 moderate") stay whole


class EntryTable(QTableView):
    """Entries newest first, one row each, columns fitted to their text at any text size.

    The columns are fitted when the first entries are shown and again when the text
    size changes; in between, widths the user dragged are kept.
    """

    def __init__(self, model: EntryTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fitted = False
        self.setObjectName("entryTable")
        self.setAccessibleName(
            QCoreApplication.translate("DiaryTab", "Diary entries, newest first")
        )
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Column widths from the first rows only: measuring up to 1,000 (Qt's default)
        # would read five pages of entries the view does not show.
        header.setResizeContentsPrecision(SIZE_FROM_ROWS)
        self._style_row_height = self.verticalHeader().defaultSectionSize()

    def fit_columns(self) -> None:
        """Every column but the note as wide as its text (header included), rows as tall."""
        self.fitted = True
        # As tall as the text needs at large sizes, never denser than the style's own rows:
        # at 100% the font's height made 17 rows a screen instead of 13, each painted.
        self.verticalHeader().setDefaultSectionSize(
            max(self._style_row_height, self.fontMetrics().height() + 8)
        )
        self.resizeColumnsToContents()
        least = NARROWEST_COLUMN * self.fontMetrics().averageCharWidth()
        for column in range(self.model().columnCount()):
            if column != COLUMN_NOTE:
                self.setColumnWidth(column, max(self.columnWidth(column), least))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """At a new text size the columns are fitted again, at once."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.fitted:
            self.fit_columns()


class EntryNote(QLabel):
    """The chosen entry's note, wrapped to the page's width: no sideways scrolling to read it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryNote")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(QCoreApplication.translate("DiaryTab", "Note of the chosen entry"))
        self.hide()

    def show_note(self, model: EntryTableModel, row: int | None) -> None:
        """Show the note of the entry in ``row`` as typed, or hide when it has none."""
        record = model.entry(row) if row is not None and 0 <= row < model.total else None
        if record is None or not record.note.strip():
            self.clear()
            self.hide()
            return
        if record.for_team:
            heading = QCoreApplication.translate(
                "DiaryTab", "Note of {when}, for the team:"
            ).format(when=format_datetime(record.recorded_at))
        else:
            heading = QCoreApplication.translate("DiaryTab", "Note of {when}:").format(
                when=format_datetime(record.recorded_at)
            )
        self.setText(f"{heading}\n{record.note}")
        self.show()
