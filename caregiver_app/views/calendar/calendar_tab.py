"""Calendar tab: a month with the days that have visits marked, and an agenda beside it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextCharFormat, QUndoStack
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.services.calendar.titles import shown_title
from caregiver_app.store.calendar import time_zones
from caregiver_app.store.calendar.appointments import get_appointment
from caregiver_app.store.calendar.occurrences import (
    days_covered,
    has_any_appointment,
    in_window,
    next_occurrence,
    occurrences_between,
)
from caregiver_app.store.calendar.records import AppointmentRecord, Occurrence
from caregiver_app.store.errors import RecordAccessError
from caregiver_app.store.home_clock import home_now, home_today
from caregiver_app.views.calendar.appointment_dialog import AppointmentDialog
from caregiver_app.views.calendar.appointment_labels import when_text
from caregiver_app.views.calendar.appointment_scope import ask_scope
from caregiver_app.views.calendar.calendar_agenda import Agenda
from caregiver_app.views.calendar.calendar_changes import CalendarChanges
from caregiver_app.views.calendar.calendar_details import AppointmentDetails
from caregiver_app.views.calendar.month_view import MonthView
from caregiver_app.views.look.locale_format import display_locale
from caregiver_app.views.signals import AppSignals
from caregiver_app.views.widgets.confirm import confirm_delete
from caregiver_app.views.widgets.form_parts import command_button, on_delete_key
from caregiver_app.views.widgets.splitters import split
from caregiver_app.views.widgets.tab_page import TabPage

MARK_BACKGROUND = QColor("#cfe3f7")  # soft blue; the dark text keeps over 12:1 contrast
MARK_INK = QColor("#0b2545")


class CalendarTab(TabPage):
    """The month view, the agenda of the chosen day and the coming weeks, and the details."""

    def __init__(
        self, signals: AppSignals, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(signals, undo_stack, parent)
        self.today: Callable[[], date] = home_today  # replaced in tests
        self.changes = CalendarChanges(undo_stack, signals)
        self.marked_days: set[date] = set()
        self._moving = False  # go_to is changing the month: it shows the result once
        self.set_texts(
            self.tr("Calendar"),
            self.tr(
                "Oncology and palliative visits, treatments, scans and lab work: the month, "
                "with the days that have something booked marked, and the chosen day's "
                "visits followed by the next four weeks."
            ),
            "",
        )
        content = QWidget(self)
        self.new_button = command_button(self, self.tr("&New appointment..."), self.new_appointment)
        self.new_button.setToolTip(self.tr("Add a visit, test or treatment (Ctrl+Shift+A)"))
        self.edit_button = command_button(self, self.tr("Ed&it..."), self.edit_selected)
        self.delete_button = command_button(self, self.tr("Delete..."), self.delete_selected)
        self.today_button = command_button(self, self.tr("Toda&y"), self.go_today)
        self.today_button.setToolTip(self.tr("Show today (Ctrl+T)"))
        self.next_button = command_button(self, self.tr("Ne&xt appointment"), self.go_next)
        self.next_button.setToolTip(self.tr("Show the next appointment (Ctrl+J)"))
        tools = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.today_button)
        tools.addWidget(self.next_button)
        for keys, run in (("Ctrl+T", self.go_today), ("Ctrl+J", self.go_next)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, run=run: run())
            self.addAction(action)

        self.month = MonthView(content)
        self.month.setObjectName("monthView")
        self.month.setAccessibleName(self.tr("Month; days with appointments are shaded and bold"))
        self.month.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.month.setFirstDayOfWeek(display_locale().firstDayOfWeek())
        self.month.setLocale(display_locale())
        self.month.setGridVisible(True)
        self.month.setDateRange(QDate(1900, 1, 1), QDate(2200, 12, 31))
        self.month.selectionChanged.connect(self._day_chosen)
        self.month.currentPageChanged.connect(lambda _y, _m: self._page_changed())
        self.month.activated.connect(lambda _d: self.new_appointment())
        # QCalendarWidget's own parts have object names but no accessible names.
        for name, text in (
            ("qt_calendar_calendarview", self.tr("Days of the month")),
            ("qt_calendar_prevmonth", self.tr("Previous month")),
            ("qt_calendar_nextmonth", self.tr("Next month")),
            ("qt_calendar_monthbutton", self.tr("Choose the month")),
            ("qt_calendar_yearbutton", self.tr("Choose the year")),
            ("qt_calendar_yearedit", self.tr("Year")),
        ):
            part = self.month.findChild(QWidget, name)
            if part is not None:
                part.setAccessibleName(text)
        self.legend = QLabel(
            self.tr(
                "Shaded, bold days have appointments. Arrow keys move between days; Enter "
                "adds an appointment on the chosen day."
            ),
            content,
        )
        self.legend.setWordWrap(True)
        left = QWidget(content)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.month, 3)
        left_layout.addWidget(self.legend)
        left_layout.addStretch(1)

        self.agenda = Agenda(content)
        self.agenda.occurrence_chosen.connect(self._occurrence_chosen)
        self.agenda.activated_occurrence.connect(lambda _o: self.edit_selected())
        on_delete_key(self.agenda, self.delete_selected)
        self.list_hint = QLabel(content)
        self.list_hint.setObjectName("listHint")
        self.list_hint.setWordWrap(True)
        self.list_hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.list_hint.setText(
            self.tr(
                "Nothing is booked yet. To start, have the appointment letters or the "
                "clinic's patient portal at hand and click New appointment (Ctrl+Shift+A) "
                "for each visit, or bring in a calendar file with File > Import calendar."
            )
        )
        self.agenda_stack = QStackedWidget(content)
        self.agenda_stack.addWidget(self.agenda)
        self.agenda_stack.addWidget(self.list_hint)
        self.details = AppointmentDetails(content)
        self.details.contact_clicked.connect(signals.contact_requested)
        self.details.link_clicked.connect(lambda url: self.open_url(url))
        right = split(Qt.Orientation.Vertical, (self.agenda_stack, self.details), (3, 2))
        splitter = split(Qt.Orientation.Horizontal, (left, right), (2, 3), (460, 700), content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(splitter, 1)
        self.set_content(content)
        self.show_content(True)
        for signal in (
            signals.appointments_changed,
            signals.record_changed,
            signals.contacts_changed,
            signals.questions_changed,
            # The home time zone may have changed (the family moved): times shown move.
            signals.profile_saved,
        ):
            signal.connect(self.refresh)

    # ------------------------------------------------------------ showing

    def selected_day(self) -> date:
        """The day chosen in the month view."""
        return self.month.selectedDate().toPython()

    def refresh(self) -> None:
        """Reload marks and agenda from the store, keeping the chosen visit."""
        current = self.agenda.current_occurrence()
        self._show_all(current.key if current else None)

    def _marked_window(self) -> tuple[date, date]:
        first = date(self.month.yearShown(), self.month.monthShown(), 1)
        return first - timedelta(days=7), first + timedelta(days=45)

    def _show_all(self, keep: tuple | None = None) -> None:
        """The marks and the agenda, from one read of the visits when their windows meet."""
        first, last = self._marked_window()
        marks = (datetime.combine(first, time()), datetime.combine(last, time()) + timedelta(1))
        agenda = self.agenda.window(self.selected_day())
        if agenda[0] <= marks[1] + timedelta(days=31) and marks[0] <= agenda[1] + timedelta(31):
            found = occurrences_between(
                min(marks[0], agenda[0]), max(marks[1], agenda[1]), overlapping=True
            )
            self.mark_month(in_window(found, *marks, overlapping=True))
            self._show_agenda(keep, found)
        else:  # the chosen day is far from the month shown: two short reads
            self.mark_month()
            self._show_agenda(keep)

    def mark_month(self, found: list[Occurrence] | None = None) -> None:
        """Shade and embolden the days of the shown month (and its edges) that have visits.

        ``found`` is what ``occurrences_between(..., overlapping=True)`` gives for those
        days (read here when not given).
        """
        self.month.setDateTextFormat(QDate(), QTextCharFormat())  # clear every mark
        low, high = self._marked_window()
        marked = QTextCharFormat()
        marked.setBackground(MARK_BACKGROUND)
        marked.setForeground(MARK_INK)
        marked.setFontWeight(700)
        if found is None:
            found = occurrences_between(
                datetime.combine(low, time()),
                datetime.combine(high, time()) + timedelta(days=1),
                overlapping=True,
            )
        self.marked_days = days_covered(found, low, high)
        for day in self.marked_days:
            self.month.setDateTextFormat(QDate(day), marked)

    def _show_agenda(
        self, keep: tuple | None = None, found: list[Occurrence] | None = None
    ) -> None:
        has_any = has_any_appointment()
        self.agenda_stack.setCurrentWidget(self.agenda if has_any else self.list_hint)
        self.details.setVisible(has_any)  # nothing to detail: the hint says how to start
        self.agenda.show_days(self.selected_day(), self.today(), keep, found)
        self._update_buttons()

    def _day_chosen(self) -> None:
        if not self._moving:
            self._show_agenda()

    def _page_changed(self) -> None:
        if not self._moving:
            self.mark_month()

    def _occurrence_chosen(self, occurrence: Occurrence | None) -> None:
        self.details.show_occurrence(
            occurrence, self.tr("Choose an appointment in the agenda to see it in full here.")
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.agenda.current_occurrence() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def go_to(self, day: date, key: tuple | None = None) -> None:
        """Show ``day`` in the month and agenda (and select the visit ``key`` if given)."""
        self._moving = True
        try:
            self.month.setSelectedDate(QDate(day))
            self.month.setCurrentPage(day.year, day.month)
        finally:
            self._moving = False
        self._show_all(key)

    def go_today(self) -> None:
        """Today, in the month and the agenda."""
        self.go_to(self.today())
        self.month.setFocus()

    def go_next(self) -> Occurrence | None:
        """The next appointment after now (or after the one chosen, when that is later)."""
        after = home_now()
        current = self.agenda.current_occurrence()
        if current is not None and current.local_start >= after:
            after = current.local_start + timedelta(seconds=1)
        found = next_occurrence(after)
        if found is None:
            self.signals.status_reported.emit(self.tr("No appointment is booked after this one."))
            return None
        self.go_to(found.local_start.date(), found.key)
        self.agenda.setFocus()
        return found

    # ------------------------------------------------------------ changing

    def _default_record(self) -> AppointmentRecord:
        day = self.selected_day()
        now = home_now()
        if day == now.date():
            starts = (now + timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)
        else:
            starts = datetime.combine(day, time(10, 0))
        return AppointmentRecord(
            title="",
            starts_at=starts,
            ends_at=starts + timedelta(hours=1),
            timezone=time_zones.home_zone_name(),
        )

    def _open(
        self, record: AppointmentRecord, save, mode: str, occurrence_start=None
    ) -> AppointmentDialog:
        dialog = AppointmentDialog(record, save, mode, self, occurrence_start)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _id: self._saved(dialog))
        self.appointment_dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, dialog: AppointmentDialog) -> None:
        record = dialog.record()
        day = time_zones.to_local(record.starts_at, record.timezone).date()
        self.go_to(day)
        self.signals.status_reported.emit(self.tr("Saved {title}.").format(title=record.title))

    def new_appointment(self) -> AppointmentDialog:
        """Open the form for a new appointment on the chosen day."""
        return self._open(self._default_record(), self.changes.save_new, "new")

    def edit_selected(self) -> AppointmentDialog | QMessageBox | None:
        """Open the chosen visit; for a series, ask which visits the change is for first."""
        occurrence = self.agenda.current_occurrence()
        if occurrence is None:
            return None
        if not occurrence.record.rrule:
            record = get_appointment(occurrence.appointment_id)
            return self._open(record, self.changes.save_existing, "single") if record else None
        self.scope_box = ask_scope(
            self,
            False,
            shown_title(occurrence.record.title),
            lambda scope: self.edit_scope(occurrence, scope),
        )
        return self.scope_box

    def edit_scope(self, occurrence: Occurrence, scope: str) -> AppointmentDialog | None:
        """Open the form for one visit, this and the following ones, or the whole series."""
        if scope == "occurrence":
            return self._open(
                occurrence.record,
                lambda record: self.changes.save_occurrence(occurrence, record),
                "occurrence",
                occurrence.original_start,
            )
        if scope == "following":
            record = self.changes.following_record(occurrence)
            if record is None:
                return None
            return self._open(
                record, lambda r: self.changes.save_following(occurrence, r), "following"
            )
        record = get_appointment(occurrence.appointment_id)
        return self._open(record, self.changes.save_existing, "series") if record else None

    def delete_selected(self) -> QMessageBox | None:
        """Ask, then delete the chosen visit (for a series: which visits); Undo brings it back."""
        occurrence = self.agenda.current_occurrence()
        if occurrence is None:
            return None
        if occurrence.record.rrule:
            self.delete_box = ask_scope(
                self,
                True,
                shown_title(occurrence.record.title),
                lambda scope: self.delete(occurrence, scope),
            )
        else:
            self.delete_box = confirm_delete(
                self,
                self.tr("Delete appointment"),
                self.tr(
                    "Delete {title} on {when}? You can bring it back with Edit > Undo until "
                    "you close Care Companion."
                ).format(title=shown_title(occurrence.record.title), when=when_text(occurrence)),
                lambda: self.delete(occurrence, "series"),
            )
        return self.delete_box

    def delete(self, occurrence: Occurrence, scope: str) -> None:
        """Delete without asking: one visit, this and following, or all ("series")."""
        try:
            self.changes.delete(occurrence, scope)
        except RecordAccessError as error:
            QMessageBox.warning(
                self,
                self.tr("Delete appointment"),
                self.tr(
                    "The appointment could not be deleted ({reason}). Nothing was changed."
                ).format(reason=error),
            )
            return
        self.signals.status_reported.emit(self.tr("Deleted. Edit > Undo brings it back."))
