"""What a sync brings to say: changes made on two sides, and visits deleted on a phone.

Both are banners above the tabs, like the reminders. A conflict note says what was kept
and where the other version went (the appointment's history), and shows it on request. A
visit deleted on a phone is never deleted here unasked: its banner asks, once for each
visit, and the answer goes to the sync (``resolve_deletion``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from caregiver_app.services.calendar.titles import shown_title
from caregiver_app.services.locale_dates import date_pattern
from caregiver_app.views.look.locale_format import display_locale
from caregiver_app.views.widgets.banner_row import BannerRow
from caregiver_app.views.widgets.form_parts import command_button

if TYPE_CHECKING:
    from caregiver_app.services.phones.sync import PhoneDeletion, PhonesReport
    from caregiver_app.views.signals import AppSignals
    from caregiver_app.views.widgets.banner_stack import BannerStack


def deletion_question(deletion: PhoneDeletion) -> str:
    """The question, e.g. “Oncology review” on 12 March was deleted on a phone..."""
    locale = display_locale()
    day = locale.toString(QDate(deletion.starts.date()), date_pattern(locale))
    return QCoreApplication.translate(
        "PhoneNotes", "“{title}” on {day} was deleted on a phone. Delete it here too?"
    ).format(title=shown_title(deletion.title), day=day)


class PhoneNotes(QObject):
    """The conflict note and the deletion question, in the banner stack."""

    def __init__(self, window: QWidget, banners: BannerStack, signals: AppSignals) -> None:
        super().__init__(window)
        self.window = window
        self.signals = signals
        self.asked: set[int] = set()
        self.waiting: list[PhoneDeletion] = []
        self.set_aside_dialog: QDialog | None = None
        self.widget = QWidget(window)
        self.widget.setObjectName("phoneNotesArea")
        column = QVBoxLayout(self.widget)
        column.setContentsMargins(16, 8, 16, 0)
        self.conflict_row = BannerRow("phonesConflictBanner", self.widget, margins=(0, 0, 0, 4))
        self.conflict_banner = self.conflict_row.banner
        self.seen_button = self._button("phonesConflictSeen", self.hide_conflicts)
        self.other_button = self._button("phonesConflictOther", self.show_other_versions)
        self.conflict_row.add_buttons(self.other_button, self.seen_button)
        self.deletion_row = BannerRow("phonesDeletionBanner", self.widget, margins=(0, 0, 0, 4))
        self.deletion_banner = self.deletion_row.banner
        self.delete_button = self._button("phonesDeleteHere", lambda: self.answer(True))
        self.keep_button = self._button("phonesKeepHere", lambda: self.answer(False))
        self.deletion_row.add_buttons(self.delete_button, self.keep_button)
        column.addWidget(self.conflict_row)
        column.addWidget(self.deletion_row)
        self.widget.hide()
        banners.column.addWidget(self.widget)
        self._name_buttons()
        # A label with a palette keeps its first font; follow View > Larger text.
        self.widget.installEventFilter(self)

    def _button(self, name: str, action: Callable[[], object]) -> QPushButton:
        button = command_button(self.widget, "", action)  # texts and names: _name_buttons
        button.setObjectName(name)
        return button

    def _name_buttons(self) -> None:
        self.conflict_banner.setAccessibleName(self.tr("Changed on a phone and here"))
        self.deletion_banner.setAccessibleName(self.tr("Deleted on a phone"))
        self.seen_button.setText(self.tr("Got it"))
        self.seen_button.setAccessibleName(self.tr("Hide the note about changes on a phone"))
        self.other_button.setText(self.tr("Show the other version..."))
        self.other_button.setAccessibleName(
            self.tr("Show the versions that were not kept, to read")
        )
        self.delete_button.setText(self.tr("Delete here"))
        self.delete_button.setAccessibleName(self.tr("Delete it here too"))
        self.keep_button.setText(self.tr("Keep here"))
        self.keep_button.setAccessibleName(self.tr("Keep it here; it goes back to the phones"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Follow the window's text size, and the language when it changes."""
        if watched is self.widget and event.type() == QEvent.Type.FontChange:
            self.conflict_banner.setFont(self.widget.font())
            self.deletion_banner.setFont(self.widget.font())
        elif watched is self.widget and event.type() == QEvent.Type.LanguageChange:
            self._name_buttons()
            self._ask_next()
        return False

    def show_report(self, report: PhonesReport) -> None:
        """Show the report's conflicts, and ask about each new visit deleted on a phone."""
        if report.conflicts:
            self.conflict_banner.setText("\n".join(report.conflicts))
            self.conflict_row.show()
        self.ask(report.deleted_on_phone)

    def ask(self, deletions: Iterable[PhoneDeletion]) -> None:
        """Ask about each visit deleted on a phone that is not being asked about yet."""
        for deletion in deletions:
            if deletion.appointment_id not in self.asked:
                self.asked.add(deletion.appointment_id)
                self.waiting.append(deletion)
        self._ask_next()

    def _ask_next(self) -> None:
        if self.waiting:
            self.deletion_banner.setText(deletion_question(self.waiting[0]))
        self.deletion_row.setVisible(bool(self.waiting))
        self._fit()

    def _fit(self) -> None:
        self.widget.setVisible(self.conflict_row.isVisibleTo(self.widget) or bool(self.waiting))

    def hide_conflicts(self) -> None:
        """Got it: the note goes (the other versions stay in the appointments' history)."""
        self.conflict_row.hide()
        self.conflict_banner.clear()
        self._fit()

    def show_other_versions(self) -> None:
        """The versions set aside, newest first, in a dialog to read; the note stays."""
        from caregiver_app.views.phones.set_aside_dialog import show_set_aside

        self.set_aside_dialog = show_set_aside(self.window)

    def answer(self, delete_here: bool) -> None:
        """Delete here or Keep here, for the visit asked about; then the next one."""
        if not self.waiting:
            return
        from caregiver_app.services.phones.sync import resolve_deletion
        from caregiver_app.services.record.open_record import RECORD_FAILURES

        deletion = self.waiting[0]
        try:
            resolve_deletion(deletion.appointment_id, delete_here)
        except RECORD_FAILURES as error:
            self.signals.status_reported.emit(str(error))
            return
        self.waiting.pop(0)
        self.signals.appointments_changed.emit()
        self._ask_next()

    def clear(self) -> None:
        """Phones switched off: nothing left to say or ask."""
        self.waiting.clear()
        self.asked.clear()
        self.hide_conflicts()
        self._ask_next()
