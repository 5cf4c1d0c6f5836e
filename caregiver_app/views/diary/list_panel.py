"""What the diary's medicine list and dose log share: buttons over a table, a row opens its form."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import QLayout, QPushButton, QVBoxLayout, QWidget

from caregiver_app.views.signals import AppSignals
from caregiver_app.views.widgets.flow_layout import FlowLayout
from caregiver_app.views.widgets.form_dialog import FormDialog
from caregiver_app.views.widgets.read_only_table import ReadOnlyTable


class _Row(Protocol):
    """A listed record: a dataclass or a named tuple, read here, never changed."""

    @property
    def id(self) -> int | None:
        """The record's row id; None until saved."""


Row = TypeVar("Row", bound=_Row)
Dialog = TypeVar("Dialog", bound=FormDialog)


class ListPanel(QWidget, Generic[Row, Dialog]):
    """A list of one kind of record: add and edit open ``dialog``; a saved change is announced.

    ``changed`` is the signal for that kind (``doses_changed``...), emitted after
    ``diary_changed``; ``load`` reads the whole record of a row for its form.
    """

    def __init__(
        self,
        signals: AppSignals,
        changed: SignalInstance,
        dialog: Callable[[Row | None, QWidget], Dialog],
        load: Callable[[Any], Row | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.signals = signals
        self._kind_changed = changed
        self._dialog = dialog
        self._load = load
        self.records: list[Row] = []

    def lay_out(
        self, table_name: str, above: Iterable[QWidget | QLayout], tools: Iterable[QPushButton]
    ) -> None:
        """``above``, then the ``tools`` in a row, then the table (made here, after the
        buttons, so that Tab reaches it last); a row activated opens its form."""
        self.table = ReadOnlyTable(table_name, self)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self.edit_selected())
        row = FlowLayout()  # at large text the buttons take two rows, never scroll sideways
        for button in tools:
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        for part in above:
            if isinstance(part, QLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

    def selected(self) -> Row | None:
        """The record of the selected row."""
        row = self.table.currentRow()
        if not self.table.selectedItems() or not 0 <= row < len(self.records):
            return None
        return self.records[row]

    def _update_buttons(self) -> None:
        """Enable the buttons that act on a selected row."""

    def _open(self, record: Row | None) -> Dialog:
        dialog = self._dialog(record, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        self.dialog: Any = dialog
        dialog.open()
        return dialog

    def _changed(self) -> None:
        """A record was added, changed or deleted: the diary, Today and the reminders reload."""
        self.signals.diary_changed.emit()
        self._kind_changed.emit()

    def _saved(self, record_id: int) -> None:
        """The list reloads with the record just saved selected (a new one too), so Edit...
        acts on it, as in the diary's entry list."""
        self._changed()
        row = next(
            (index for index, record in enumerate(self.records) if record.id == record_id), None
        )
        if row is not None:
            self.table.selectRow(row)

    def add_new(self) -> Dialog:
        """Open a blank form."""
        return self._open(None)

    def edit_selected(self) -> Dialog | None:
        """Open the selected record's form."""
        record = self.selected()
        return self._open(self._load(record.id)) if record else None
