"""Dose and refill reminders while the app runs: banners above the tabs and the tray.

At each dose time a banner (and a tray notification, where the desktop has a tray)
says what is due, again every 15 minutes until the dose is answered or the reminder
snoozed. At start the banner lists the doses that came due while the app was closed
and are not logged yet; a dose that came due while it was open before and is still
not answered is reminded as if the window had stayed open. A second banner names the
medicines running out and the pharmacy, with "Refill collected" to log a refill in one
click.

The checks run on the appointment reminders' minute timer, so they stop and start with
it: while the window is locked nothing from the record shows, and nothing runs after
the window closed. When the doses were last checked, and since when they were reminded
as due, are kept in the window's settings, not in the record, like the appointment
reminders.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QPushButton, QSystemTrayIcon, QVBoxLayout, QWidget

from caregiver_app import APP_NAME
from caregiver_app.services.local_time import follow_time_zone, has_come, real_after
from caregiver_app.services.medication.due import LATE_AFTER, DoseSlot
from caregiver_app.services.medication.reminders import due_now, due_while_closed, refills_due
from caregiver_app.services.medication.running_out import RefillDue, log_refill
from caregiver_app.store.errors import InvalidValueError, RecordAccessError
from caregiver_app.store.home_clock import home_now
from caregiver_app.store.queries import load_profile
from caregiver_app.store.repeated_hour import real_elapsed
from caregiver_app.views.medication.reminder_words import ReminderWords
from caregiver_app.views.signals import AppSignals
from caregiver_app.views.today.today_text import refill_said
from caregiver_app.views.widgets.banner_row import BannerRow
from caregiver_app.views.widgets.file_messages import access_reason
from caregiver_app.views.widgets.long_names import shortened

if TYPE_CHECKING:
    from caregiver_app.views.calendar.reminder_notifier import ReminderNotifier

REPEAT_EVERY = timedelta(minutes=15)
SNOOZE_FOR = timedelta(minutes=15)
_LAST_CHECKED = "doseReminders/lastChecked"
# Since when the doses were reminded as due (not as due while closed) when last open.
_REMINDED_FROM = "doseReminders/remindedFrom"

SlotKey = tuple[int | None, datetime]


def _key(slot: DoseSlot) -> SlotKey:
    return (slot.medicine.id, slot.scheduled_for)


class DoseReminders(QObject):
    """The dose and refill banners under the appointment reminders; ``clock`` is for tests.

    Nothing is read until the window calls ``start`` (once it is built, or on screen).
    """

    def __init__(self, window: QWidget, signals: AppSignals, reminders: ReminderNotifier) -> None:
        super().__init__(window)
        self.window = window
        self.signals = signals
        self.settings = reminders.settings
        self.words = ReminderWords(self)
        # Local wall-clock time, as the schedules are written.
        self.clock: Callable[[], datetime] = home_now
        self.tray: QSystemTrayIcon | None = None
        self.started_at: datetime | None = None
        self.closed_since: datetime | None = None
        self.closed_until: datetime | None = None
        self.due_from: datetime | None = None
        self.due: list[DoseSlot] = []
        self.closed: list[DoseSlot] = []
        self.refills: list[RefillDue] = []
        self.refills_read_on: date | None = None
        self.notified: dict[SlotKey, datetime] = {}
        self.snoozed_until: datetime | None = None
        self.snoozed: set[SlotKey] = set()
        self.refills_quiet_on: date | None = None
        self.refill_buttons: list[QPushButton] = []
        self.refill_buttons_for: tuple[tuple[tuple[int | None, str], ...], str] | None = None

        self.widget = QWidget(window)
        self.widget.setObjectName("doseReminderArea")
        self.dose_row = BannerRow("doseReminderBanner", self.widget, margins=(0, 0, 0, 4))
        self.dose_banner = self.dose_row.banner
        self.today_button = QPushButton(self.widget)
        self.today_button.clicked.connect(self.signals.today_requested)
        self.snooze_button = QPushButton(self.widget)
        self.snooze_button.clicked.connect(self.snooze)
        self.dose_row.add_buttons(self.today_button, self.snooze_button)
        self.refill_row = BannerRow("refillReminderBanner", self.widget, margins=(0, 0, 0, 4))
        self.refill_banner = self.refill_row.banner
        self.not_now_button = QPushButton(self.widget)
        self.not_now_button.clicked.connect(self.refills_not_now)
        self.refill_row.add_buttons(self.not_now_button)
        self.refill_column = self.refill_row.buttons
        column = QVBoxLayout(self.widget)
        column.setContentsMargins(16, 8, 16, 0)
        column.addWidget(self.dose_row)
        column.addWidget(self.refill_row)
        self.widget.hide()
        self._name_buttons()
        # Under the appointment reminders, whichever tab is open.
        area = reminders.widget.parentWidget()
        layout = area.layout() if area is not None else None
        if layout is not None:
            layout.insertWidget(layout.indexOf(reminders.widget) + 1, self.widget)
        # A label with a style sheet keeps its first font; follow View > Larger text.
        self.widget.installEventFilter(self)

        reminders.timer.timeout.connect(self.check)
        signals.doses_changed.connect(self.reread)
        signals.medicines_changed.connect(self.reread)
        signals.record_changed.connect(self.reread)
        signals.profile_saved.connect(self.show_refills)  # the pharmacy may have changed

    def _name_buttons(self) -> None:
        self.dose_banner.setAccessibleName(self.tr("Medicine reminders"))
        self.refill_banner.setAccessibleName(self.tr("Refill reminders"))
        self.today_button.setText(self.tr("Open Today"))
        self.today_button.setAccessibleName(self.tr("Open the Today page to answer the doses"))
        self.snooze_button.setText(self.tr("Snooze 15 min"))
        self.snooze_button.setAccessibleName(self.tr("Remind me of these doses in 15 minutes"))
        self.not_now_button.setText(self.tr("Not now"))
        self.not_now_button.setAccessibleName(self.tr("Hide the refill reminder until tomorrow"))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """Follow the window's text size, and the language when it changes."""
        if watched is self.widget and event.type() == QEvent.Type.FontChange:
            self.dose_banner.setFont(self.widget.font())
            self.refill_banner.setFont(self.widget.font())
        elif watched is self.widget and event.type() == QEvent.Type.LanguageChange:
            self._name_buttons()
            if self.started_at is not None:
                self.show_doses(self.clock())
                self.show_refills()
        return False

    # ------------------------------------------------------------ checking

    def _moment(self, key: str) -> datetime | None:
        text = self.settings.value(key, "", type=str)
        try:
            return datetime.fromisoformat(text) if text else None
        except ValueError:
            return None

    def start(self) -> None:
        """At start: the doses due while the app was closed, then what is due now."""
        if self.started_at is not None:
            return
        now = self.clock()
        self.started_at = now
        last_checked = self._moment(_LAST_CHECKED)
        # Never checked here before: the day's unanswered doses so far came due while closed.
        since = last_checked or datetime.combine(now.date(), time())
        self.closed_since = min(since, now)
        # A dose due in the hour before the start is still on time: it is due now, with
        # its reminders, not one of those to answer afterwards.
        self.closed_until = now - LATE_AFTER
        self.due_from = self.closed_until
        # A dose that came due while the window was open before and was left unanswered
        # stays reminded as the open window kept it (past its hour, "not logged yet"): a
        # restart neither answers it, nor hides it, nor makes it one due while closed.
        reminded_from = self._moment(_REMINDED_FROM)
        if last_checked is not None and reminded_from is not None:
            self.due_from = min(self.due_from, reminded_from)
        self.settings.setValue(_REMINDED_FROM, self.due_from.isoformat(timespec="seconds"))
        self.reread()

    def reread(self) -> None:
        """Read the doses and the supply again (something changed), then check."""
        if self.closed_since is None or self.closed_until is None:
            return
        try:
            self.closed = due_while_closed(self.closed_since, self.closed_until)
        except RecordAccessError:
            return
        self.refills_read_on = None
        self.check()

    def check(self) -> None:
        """What is due now: show it, and notify each dose again every 15 minutes."""
        if self.due_from is None or self.closed_since is None or self.closed_until is None:
            return
        follow_time_zone()  # the zone may have been changed since the last minute
        now = self.clock()
        new_day = self.refills_read_on != now.date()
        try:
            self.due = due_now(self.due_from, now, (self.closed_since, self.closed_until))
            if new_day:  # the supply is read again once a day, and when something changed
                self.refills = refills_due(now.date())
                self.refills_read_on = now.date()
        except RecordAccessError:  # the record is busy or gone (a restore): try next minute
            return
        self.settings.setValue(_LAST_CHECKED, now.isoformat(timespec="seconds"))
        self.show_doses(now)
        if new_day:
            self.show_refills()
        if not self.dose_row.isHidden():
            self.notify(now)

    def _snoozing(self, now: datetime) -> bool:
        if self.snoozed_until is None:
            return False
        fresh = [slot for slot in self.due if _key(slot) not in self.snoozed]
        if not has_come(self.snoozed_until, now) and not fresh:
            return True
        self.snoozed_until = None
        self.snoozed = set()
        return False

    # ------------------------------------------------------------ showing

    def show_doses(self, now: datetime) -> None:
        """The dose banner: doses due now, then those due while the app was closed."""
        lines = self.words.due_lines(self.due, now) + self.words.closed_lines(self.closed, now)
        if not lines or self._snoozing(now):
            self.dose_row.hide()
        else:
            self.dose_banner.setText("\n".join(lines))
            self.dose_row.show()
        self._show_area()

    def show_refills(self) -> None:
        """The refill banner: the medicines running out and the pharmacy of the profile."""
        today = self.clock().date()
        if not self.refills or self.refills_quiet_on == today:
            self.refill_row.hide()
            self._show_area()
            return
        try:
            pharmacy = load_profile().preferred_pharmacy
        except RecordAccessError:
            pharmacy = ""
        self.refill_banner.setText("\n".join(self.words.refill_lines(self.refills, pharmacy)))
        # The buttons are made again only when the medicines (or the language) changed,
        # so a button with the keyboard focus keeps it.
        medicines = tuple((refill.medicine.id, refill.medicine.name) for refill in self.refills)
        shown = (medicines, self.tr("Refill collected"))
        if shown != self.refill_buttons_for:
            self.refill_buttons_for = shown
            for button in self.refill_buttons:
                button.hide()
                self.refill_column.removeWidget(button)
                button.deleteLater()
            self.refill_buttons = []
            for index, refill in enumerate(self.refills):
                self.refill_column.insertWidget(index, self._refill_button(refill))
        self.refill_row.show()
        self._show_area()

    def _refill_button(self, refill: RefillDue) -> QPushButton:
        name = refill.medicine.name
        text = self.tr("Refill collected")
        whole = text
        if len(self.refills) > 1:
            # A long name is cut on the button (the banner beside it says it whole), so the
            # button does not push the window wider than the screen.
            text = self.tr("Refill collected: {medicine}").format(medicine=shortened(name))
            whole = self.tr("Refill collected: {medicine}").format(medicine=name)
        button = QPushButton(text, self.widget)
        if whole != text:
            button.setToolTip(whole)
        button.setAccessibleName(self.tr("Log the refill of {medicine}").format(medicine=name))
        medicine_id = refill.medicine.id
        button.clicked.connect(lambda: self._collect_medicine(medicine_id))
        self.refill_buttons.append(button)
        return button

    def _show_area(self) -> None:
        self.widget.setVisible(not (self.dose_row.isHidden() and self.refill_row.isHidden()))

    def notify(self, now: datetime) -> None:
        """A tray notification for the doses not notified in the last 15 minutes."""
        waiting = [
            slot
            for slot in self.due
            if _key(slot) not in self.notified
            or real_elapsed(now, self.notified[_key(slot)]) >= REPEAT_EVERY
        ]
        if not waiting:
            return
        for slot in waiting:
            self.notified[_key(slot)] = now
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self.tray is None:
            icon = self.window.windowIcon()
            self.tray = QSystemTrayIcon(icon if not icon.isNull() else QIcon(), self)
            self.tray.setToolTip(APP_NAME)
            self.tray.messageClicked.connect(self.signals.today_requested)
        self.tray.show()
        self.tray.showMessage(
            self.tr("Medicine reminder"),
            self.words.tray_text(self.due, now),
            QSystemTrayIcon.MessageIcon.Information,
            15_000,
        )

    # ------------------------------------------------------------ buttons

    def snooze(self) -> None:
        """Hide the dose banner for 15 minutes; a dose coming due meanwhile shows it again."""
        now = self.clock()
        # The time that passes: the night the clocks go back, a snooze at the first 1:50
        # ends at the second 1:05, not at 2:05 an hour later (likewise the repeats above).
        self.snoozed_until = real_after(now, SNOOZE_FOR)
        self.snoozed = {_key(slot) for slot in self.due}
        for key in self.snoozed:
            self.notified[key] = now  # the next tray notification when the snooze ends
        self.show_doses(now)

    def refills_not_now(self) -> None:
        """Hide the refill banner until tomorrow (or the next start)."""
        self.refills_quiet_on = self.clock().date()
        self.show_refills()

    def _collect_medicine(self, medicine_id: int | None) -> None:
        for refill in self.refills:  # as read last, not as when the button was made
            if refill.medicine.id == medicine_id:
                self.collect(refill)
                return

    def collect(self, refill: RefillDue) -> None:
        """ "Refill collected": log a refill of the usual size in one click, and say so.

        Nothing is logged when the supply changed since the banner read it (a refill or a
        count saved in another window): the pack is not added twice.
        """
        if refill.medicine.id is None:
            return
        if refill.usual_amount is None:
            self.signals.status_reported.emit(self.words.refill_size_unknown(refill.medicine))
            return
        try:
            logged = log_refill(refill, self.clock())
        except InvalidValueError as error:  # the medicine was removed meanwhile
            self.signals.status_reported.emit(str(error))
            return
        except RecordAccessError as error:  # the record is busy or full
            reason = access_reason(error)  # a full disk in the family's language
            self.signals.status_reported.emit(self.words.refill_failed(refill.medicine, reason))
            return
        if logged:
            said = self.words.refill_logged(refill.medicine, refill.usual_amount)
        else:
            said = refill_said(refill.medicine, logged=False)
        self.signals.status_reported.emit(said)
        self.signals.medicines_changed.emit()  # read again: the banner shows the supply as it is
