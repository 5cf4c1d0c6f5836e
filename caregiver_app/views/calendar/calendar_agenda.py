"""The agenda beside the month: the selected day, then the coming weeks, visit by visit."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QTreeWidgetItem, QWidget

from caregiver_app.services.calendar.appointment_kinds import kind_label
from caregiver_app.services.calendar.titles import shown_title
from caregiver_app.store.calendar.occurrences import in_window, occurrences_between
from caregiver_app.store.calendar.records import Occurrence
from caregiver_app.views.calendar.appointment_labels import (
    relative_day,
    time_span,
    transport_text,
)
from caregiver_app.views.widgets.tab_page import escape_html
from caregiver_app.views.widgets.wrapping_tree import RICH_TEXT, WrappingTree

OCCURRENCE_KEY = Qt.ItemDataRole.UserRole
COMING_WEEKS = 4
QUIET_INK = QColor("#46515c")  # 7.9:1 on white: readable, quieter than titles


class Agenda(WrappingTree):
    """Day headings with their visits, wrapped at any text size; ``occurrence_chosen`` when
    the current visit changes."""

    occurrence_chosen = Signal(object)  # Occurrence or None
    activated_occurrence = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agenda")
        self.setAccessibleName(self.tr("Agenda: the chosen day, then the coming weeks"))
        self.setColumnCount(1)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIndentation(16)
        self.occurrences: dict[tuple, Occurrence] = {}
        self._row_texts: dict[tuple, tuple[Occurrence, tuple[str, str, str]]] = {}
        self.currentItemChanged.connect(self._current_changed)
        self.itemActivated.connect(self._activated)

    def _heading(self, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [text])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        return item

    def _note(self, parent: QTreeWidgetItem, text: str) -> None:
        item = QTreeWidgetItem(parent, [text])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        italic = item.font(0)
        italic.setItalic(True)
        item.setFont(0, italic)
        item.setForeground(0, QUIET_INK)

    def _texts(self, occurrence: Occurrence) -> tuple[str, str, str]:
        """A visit's row: its text, the same as rich text, and its tooltip.

        Kept per visit: the store hands out the same visit object until the record
        changes, and the agenda is made again in a new language.
        """
        kept = self._row_texts.get(occurrence.key)
        if kept is not None and kept[0] is occurrence:
            return kept[1]
        record = occurrence.record
        span = time_span(occurrence)
        title = shown_title(record.title)
        lines = [f"{span}   {title}"]
        where = record.location or (self.tr("Video visit") if record.video_link else "")
        details = [part for part in (kind_label(record.kind), where) if part]
        travel = transport_text(record.driver, record.pickup_time)
        if travel:
            details.append(travel)
        lines.append(" · ".join(details))
        tag = "b" if record.title else "i"  # the placeholder is not a title typed
        rich = (
            f"{escape_html(span)}&nbsp;&nbsp; <{tag}>{escape_html(title)}</{tag}>"
            f"<br>{escape_html(lines[1])}"
        )
        tip = self.tr("Repeats") if record.rrule else ""
        if occurrence.changed:
            tip = self.tr("This visit was moved or changed")
        texts = ("\n".join(lines), rich, tip)
        self._row_texts[occurrence.key] = (occurrence, texts)
        return texts

    def _row(self, parent: QTreeWidgetItem, occurrence: Occurrence) -> QTreeWidgetItem:
        text, rich, tip = self._texts(occurrence)
        item = QTreeWidgetItem(parent, [text])
        item.setData(0, RICH_TEXT, rich)
        item.setData(0, OCCURRENCE_KEY, occurrence.key)
        item.setToolTip(0, tip)
        self.occurrences[occurrence.key] = occurrence
        return item

    @staticmethod
    def window(selected: date) -> tuple[datetime, datetime]:
        """The times whose visits :meth:`show_days` shows for ``selected``."""
        start = datetime.combine(selected, time())
        return start, start + timedelta(days=1, weeks=COMING_WEEKS)

    def show_days(
        self,
        selected: date,
        today: date,
        keep: tuple | None = None,
        found: list[Occurrence] | None = None,
    ) -> None:
        """The selected day's visits, then those of the next four weeks.

        ``found`` is ``occurrences_between(..., overlapping=True)`` over a window holding
        :meth:`window` (read here when not given).
        """
        self.blockSignals(True)
        self.clear()
        self.occurrences = {}
        start, end = self.window(selected)
        if found is None:
            found = occurrences_between(start, end, overlapping=True)
        day_end = start + timedelta(days=1)
        heading = self._heading(relative_day(selected, today))
        on_day = in_window(found, start, day_end, overlapping=True)
        for occurrence in on_day:
            self._row(heading, occurrence)
        if not on_day:
            self._note(heading, self.tr("Nothing booked on this day."))
        later = in_window(found, day_end, end)
        coming = self._heading(self.tr("The next four weeks"))
        coming.setForeground(0, QUIET_INK)
        if not later:
            self._note(coming, self.tr("Nothing booked in the four weeks after this day."))
        current_day = None
        group = None
        for occurrence in later:
            day = occurrence.local_start.date()
            if day != current_day:
                current_day = day
                group = self._heading(relative_day(day, today))
            self._row(group, occurrence)
        self.expandAll()
        self.blockSignals(False)
        target = self.item_for(keep) if keep else None
        if target is None and on_day:
            target = heading.child(0)
        if target is not None and target is not self.currentItem():
            self.setCurrentItem(target)  # emits currentItemChanged: the details follow
        else:
            self._current_changed(self.currentItem(), None)

    def item_for(self, key: tuple | None) -> QTreeWidgetItem | None:
        """The row of the visit with ``key``, if shown."""
        if key is None:
            return None
        pending = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while pending:
            item = pending.pop(0)
            if item.data(0, OCCURRENCE_KEY) == key:
                return item
            pending.extend(item.child(i) for i in range(item.childCount()))
        return None

    def current_occurrence(self) -> Occurrence | None:
        """The visit of the current row, if any."""
        item = self.currentItem()
        key = item.data(0, OCCURRENCE_KEY) if item is not None else None
        return self.occurrences.get(key) if key is not None else None

    def _current_changed(self, _current, _previous) -> None:
        self.occurrence_chosen.emit(self.current_occurrence())

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        key = item.data(0, OCCURRENCE_KEY)
        if key is not None:
            self.activated_occurrence.emit(self.occurrences.get(key))
