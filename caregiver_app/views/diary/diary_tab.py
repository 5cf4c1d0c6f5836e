"""Symptom diary tab: ESAS-r entries, trends, medicines and breakthrough doses."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.services.diary.alerts import alerts_for_saved_entry
from caregiver_app.services.diary.vital_alerts import vital_alerts_for_saved_entry
from caregiver_app.store.diary.entries import EntryRecord, delete_entry, get_entry, save_entry
from caregiver_app.store.home_clock import home_now, home_today
from caregiver_app.views.diary.alert_banner import AlertPanel
from caregiver_app.views.diary.alert_settings_dialog import AlertSettingsDialog
from caregiver_app.views.diary.doses_panel import DosesPanel
from caregiver_app.views.diary.entry_dialog import EntryDialog
from caregiver_app.views.diary.entry_table import EntryNote, EntryTable
from caregiver_app.views.diary.entry_table_model import ENTRY_ID, EntryTableModel
from caregiver_app.views.diary.medicines_panel import MedicinesPanel
from caregiver_app.views.look.locale_format import format_datetime
from caregiver_app.views.signals import AppSignals
from caregiver_app.views.widgets.confirm import confirm_delete
from caregiver_app.views.widgets.date_fields import DateField
from caregiver_app.views.widgets.flow_layout import FlowLayout
from caregiver_app.views.widgets.form_parts import on_delete_key
from caregiver_app.views.widgets.page_focus import first_control, focus_into
from caregiver_app.views.widgets.tab_page import TabPage
from caregiver_app.views.widgets.undo_delete import UndoableDeletes

if TYPE_CHECKING:
    from caregiver_app.views.diary.trackers_dialog import TrackersDialog
    from caregiver_app.views.diary.trend_view import TrendView


Dialog = TypeVar("Dialog", bound=QDialog)


def _opened(dialog: Dialog) -> Dialog:
    """``dialog`` shown window-modal, deleted when closed."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class DiaryTab(TabPage):
    """The diary: entries newest first, trends, medicines and breakthrough doses."""

    def __init__(
        self, signals: AppSignals, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(signals, undo_stack, parent)
        # What "now" is for an alert's routing (office hours or after); tests set a fixed one.
        self.clock: Callable[[], datetime] = home_now
        self.set_texts(
            self.tr("Symptom diary"),
            self.tr(
                "How the person you care for feels between visits, on the ESAS-r scale the "
                "palliative team uses: nine symptoms, each from 0 (none) to 10 (worst "
                "possible), with medicines and breakthrough doses."
            ),
            "",
        )
        self.sections = QTabWidget(self)
        self.sections.setAccessibleName(self.tr("Diary sections"))
        self.sections.tabBar().setAccessibleName(self.tr("Diary sections"))
        self.entries = self._build_entries_page()
        self.sections.addTab(self.entries, self.tr("Entries"))
        # The chart (and ReportLab with it) is built the first time it is needed.
        self._trends: TrendView | None = None
        self.trends_page = QWidget(self)
        QVBoxLayout(self.trends_page).setContentsMargins(0, 0, 0, 0)
        self.sections.addTab(self.trends_page, self.tr("Trends"))
        self.medicines = MedicinesPanel(signals, self)
        self.sections.addTab(self.medicines, self.tr("Medicines"))
        self.doses = DosesPanel(signals, undo_stack, self)
        self.sections.addTab(self.doses, self.tr("Breakthrough doses"))
        self.set_content(self.sections)
        self.show_content(True)
        # The window sets this: a section not on screen is then reloaded when next shown.
        self.lazy_sections = False
        self._stale_sections: set[QWidget] = set()
        self.sections.currentChanged.connect(self._section_shown)
        signals.diary_changed.connect(self.refresh)
        signals.record_changed.connect(self.refresh)
        signals.contacts_changed.connect(self.medicines.refresh)
        signals.contacts_changed.connect(self._contacts_changed)

    # ------------------------------------------------------------ entries page

    def _build_entries_page(self) -> QWidget:
        page = QWidget(self)
        self.model = EntryTableModel(self, load=False)  # refresh() loads it
        self.alert_panel = AlertPanel(self.signals, page)
        self.alert_banner = self.alert_panel.banner
        self.dismiss_alert = self.alert_panel.dismiss

        self.new_button = QPushButton(self.tr("&New entry..."), page)
        self.new_button.setAccessibleName(self.tr("New diary entry"))
        self.new_button.setToolTip(self.tr("Record how the person feels now (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.new_entry())
        self.dose_button = QPushButton(self.tr("Record a &breakthrough dose..."), page)
        self.dose_button.setAccessibleName(self.tr("Record a breakthrough dose"))
        self.dose_button.clicked.connect(lambda: self.doses.record_dose())
        self.edit_button = QPushButton(self.tr("Ed&it..."), page)
        self.edit_button.setAccessibleName(self.tr("Edit the selected entry"))
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.delete_button = QPushButton(self.tr("Delete"), page)
        self.delete_button.setAccessibleName(self.tr("Delete the selected entry"))
        self.delete_button.clicked.connect(lambda: self.delete_selected())

        self.range_combo = QComboBox(page)
        self.range_combo.setAccessibleName(self.tr("Which entries to show"))
        for key, label in (
            ("all", self.tr("All entries")),
            ("7", self.tr("Last 7 days")),
            ("30", self.tr("Last 30 days")),
            ("90", self.tr("Last 90 days")),
            ("custom", self.tr("Between dates...")),
        ):
            self.range_combo.addItem(label, key)
        self.from_edit = DateField(page)
        self.to_edit = DateField(page)
        for edit, name, blank in (
            (self.from_edit, self.tr("From"), self.tr("From the first entry")),
            (self.to_edit, self.tr("To"), self.tr("To the last entry")),
        ):
            edit.setAccessibleName(name)
            edit.set_blank_text(blank)
            edit.hide()
        self.from_edit.set_value(home_today() - timedelta(days=30))
        self.to_edit.set_value(home_today())

        tools = FlowLayout()  # at large text the buttons take two rows, never scroll sideways
        for widget in (self.new_button, self.dose_button, self.edit_button, self.delete_button):
            tools.addWidget(widget)
        self.alert_settings_button = QPushButton(self.tr("Alert settings..."), page)
        self.alert_settings_button.setAccessibleName(self.tr("Alert settings"))
        self.alert_settings_button.clicked.connect(lambda: self.open_alert_settings())
        tools.addWidget(self.alert_settings_button)
        self.trackers_button = QPushButton(self.tr("Trac&kers..."), page)
        self.trackers_button.setAccessibleName(self.tr("Rename or stop following trackers"))
        self.trackers_button.clicked.connect(lambda: self.open_trackers())
        # The filter has a row of its own so the buttons fit at twice the text size.
        filters = QHBoxLayout()
        show_label = QLabel(self.tr("&Show:"), page)
        show_label.setBuddy(self.range_combo)
        filters.addWidget(show_label)
        filters.addWidget(self.range_combo)
        filters.addWidget(self.from_edit)
        filters.addWidget(self.to_edit)
        filters.addStretch(1)
        # On the filter's row: the buttons' row has no room left at twice the text size.
        filters.addWidget(self.trackers_button)

        self.table = EntryTable(self.model, page)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        on_delete_key(self.table, self.delete_selected)

        self.list_hint = QLabel(page)
        self.list_hint.setObjectName("listHint")
        self.list_hint.setWordWrap(True)
        self.list_hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.note = EntryNote(page)
        entries = QWidget(page)
        entries_layout = QVBoxLayout(entries)
        entries_layout.setContentsMargins(0, 0, 0, 0)
        entries_layout.addWidget(self.table, 1)
        entries_layout.addWidget(self.note)
        self.list_stack = QStackedWidget(page)
        self.list_stack.addWidget(entries)
        self.list_stack.addWidget(self.list_hint)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.alert_panel)
        layout.addLayout(tools)
        layout.addLayout(filters)
        layout.addWidget(self.list_stack, 1)
        self.range_combo.currentIndexChanged.connect(self._apply_range)
        self.from_edit.changed.connect(self._apply_range)
        self.to_edit.changed.connect(self._apply_range)
        return page

    def _apply_range(self) -> None:
        key = self.range_combo.currentData()
        custom = key == "custom"
        self.from_edit.setVisible(custom)
        self.to_edit.setVisible(custom)
        today = datetime.combine(home_now().date(), time()) + timedelta(days=1)
        if key == "all":
            start, end = None, None
        elif custom:
            # A blank side, or one still being typed, leaves that end of the range open.
            first, last = self.from_edit.value_or_none(), self.to_edit.value_or_none()
            start = datetime.combine(first, time()) if first else None
            end = None
            if last and last < date.max:  # the calendar's last day has no next: an open end
                end = datetime.combine(last + timedelta(days=1), time())
        else:
            start, end = today - timedelta(days=int(key)), None
        self.model.set_range(start, end)
        self._after_reload()

    def _after_reload(self) -> None:
        # Fitted once, to the first entries shown: fitting again after every save would
        # measure the rows again and undo widths the user chose.
        if self.model.total and not self.table.fitted:
            self.table.fit_columns()
        if self.model.total == 0:
            if self.range_combo.currentData() == "all":
                self.list_hint.setText(
                    self.tr(
                        "No entries yet. To start, click New entry (or press Ctrl+N) once or "
                        "twice a day at about the same times, and score how each symptom "
                        "feels right now."
                    )
                )
            else:
                self.list_hint.setText(
                    self.tr("No entries in these dates. Choose All entries to see every one.")
                )
        self.list_stack.setCurrentIndex(0 if self.model.total else 1)
        self._update_buttons()

    def refresh(self) -> None:
        """Reload entries, trends, medicines and doses from the store.

        With ``lazy_sections``, a section not on screen is reloaded when it is next shown.
        """
        self.model.reload()
        self._after_reload()
        alert_about = self.alert_panel.entry_id
        if alert_about is not None:
            self.alert_panel.entry_kept(get_entry(alert_about) is not None, self.clock())
        for section in (self.trends_page, self.medicines, self.doses):
            if self.lazy_sections and section is not self.sections.currentWidget():
                self._stale_sections.add(section)
            else:
                self._refresh_section(section)

    @property
    def trends(self) -> TrendView:
        """The trend chart, built on first use."""
        if self._trends is None:
            from caregiver_app.views.diary.trend_view import TrendView

            self._trends = TrendView(self.trends_page)
            self.trends_page.layout().addWidget(self._trends)
        return self._trends

    def _refresh_section(self, section: QWidget) -> None:
        self._stale_sections.discard(section)
        (self.trends if section is self.trends_page else section).refresh()

    def _section_shown(self, index: int) -> None:
        section = self.sections.widget(index)
        if section in self._stale_sections:
            self._refresh_section(section)

    def show_section(self, section: QWidget) -> None:
        """Show ``section`` (``entries``, ``medicines``...) with the keyboard in it."""
        self.sections.setCurrentWidget(section)
        focus_into(section)

    def keyboard_start(self) -> QWidget | None:
        """Where a key that chooses the tab puts the keyboard: in the section on screen."""
        return first_control(self.sections.currentWidget())

    # ------------------------------------------------------------ selection

    def selected_entry_id(self) -> int | None:
        """The id of the selected entry, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], ENTRY_ID) if rows else None

    def select_entry(self, entry_id: int) -> None:
        """Select a loaded entry (the newest are always loaded)."""
        row = self.model.row_of(entry_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _update_buttons(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.note.show_note(self.model, rows[0].row() if rows else None)
        selected = bool(rows)
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    # ------------------------------------------------------------ actions

    def new_entry(self) -> EntryDialog:
        """Open a blank entry, dated now."""
        self.sections.setCurrentIndex(0)
        return self._open(None)

    def edit_selected(self) -> EntryDialog | None:
        """Open the selected entry."""
        entry_id = self.selected_entry_id()
        record = get_entry(entry_id) if entry_id is not None else None
        return self._open(record) if record else None

    def _open(self, record: EntryRecord | None) -> EntryDialog:
        dialog = EntryDialog(record, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        dialog.open_trackers = self.open_trackers
        self.entry_dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, entry_id: int) -> None:
        self.signals.diary_changed.emit()
        self.select_entry(entry_id)
        record = get_entry(entry_id)
        if record is None:
            self.clear_alerts()
            return
        self.alert_panel.show_alerts(
            alerts_for_saved_entry(record),
            vital_alerts_for_saved_entry(record),
            self.clock(),
            entry_id,
        )

    def delete_selected(self) -> QMessageBox | None:
        """Ask, then delete the selected entry (Edit > Undo brings it back)."""
        entry_id = self.selected_entry_id()
        record = get_entry(entry_id) if entry_id is not None else None
        if record is None:
            return None
        self.delete_box = confirm_delete(
            self,
            self.tr("Delete diary entry"),
            self.tr(
                "Delete the entry of {when}? You can bring it back with Edit > Undo until "
                "you close Care Companion."
            ).format(when=format_datetime(record.recorded_at)),
            lambda: self._delete_confirmed(record),
        )
        return self.delete_box

    def _delete_confirmed(self, record: EntryRecord) -> None:
        entries = UndoableDeletes(self, delete_entry, save_entry, self.signals.diary_changed.emit)
        entries.delete(
            record.id,
            lambda deleted: QCoreApplication.translate(
                "DiaryTab", "Delete diary entry of {when}"
            ).format(when=format_datetime(deleted.recorded_at)),
            self.tr("Entry deleted. Edit > Undo brings it back."),
            lambda error: QMessageBox.warning(
                self,
                self.tr("Delete diary entry"),
                self.tr("The entry could not be deleted ({reason}). Nothing was changed.").format(
                    reason=error
                ),
            ),
        )

    # ------------------------------------------------------------ alerts

    def open_alert_settings(self) -> AlertSettingsDialog:
        """Let the family set the thresholds their team advised."""
        self.alert_settings_dialog = _opened(AlertSettingsDialog(self))
        return self.alert_settings_dialog

    def open_trackers(self, over: QWidget | None = None) -> TrackersDialog:
        """The family's trackers: rename one, stop following it or follow it again
        (``over``: the window it opens over, such as the entry form, else the tab's)."""
        from caregiver_app.views.diary.trackers_dialog import TrackersDialog

        self.trackers_dialog = _opened(TrackersDialog(self, over))
        return self.trackers_dialog

    def _contacts_changed(self) -> None:
        self.alert_panel.contacts_changed(self.clock())

    def clear_alerts(self) -> None:
        """Hide the banner."""
        self.alert_panel.show_alerts((), (), self.clock())
