"""Appointment reminders while the app runs: a banner in the window and a tray notification.

Every minute (and at start-up) :func:`services.reminders.check_reminders` says
what is due; each reminder is shown once. At start-up the banner also lists what
is booked for today and tomorrow. When reminders were last checked is kept in the
window's settings, not in the record, so a check that finds nothing changes no
data (and starts no backup).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QPushButton, QSystemTrayIcon, QWidget

from caregiver_app.services.calendar.titles import shown_title
from caregiver_app.services.local_time import follow_time_zone
from caregiver_app.store.errors import RecordAccessError
from caregiver_app.store.home_clock import home_wall
from caregiver_app.views.calendar.appointment_labels import (
    format_day,
    relative_day,
    time_span,
    transport_text,
)
from caregiver_app.views.widgets.banner_row import BannerRow

if TYPE_CHECKING:
    from caregiver_app.services.calendar.reminders import DueReminder
    from caregiver_app.store.calendar.records import Occurrence

CHECK_EVERY_MS = 60_000
_LAST_CHECKED = "reminders/lastChecked"


class ReminderNotifier(QObject):
    """Checks reminders on a timer and shows them; ``clock`` is injected in tests."""

    show_requested = Signal(object)  # the day to show in the Calendar tab

    def __init__(self, parent: QWidget, settings: QSettings) -> None:
        super().__init__(parent)
        self.window = parent
        self.settings = settings
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.tray: QSystemTrayIcon | None = None
        self.shown_day: date | None = None
        # What the banner says, kept to say it again in another language.
        self._shown: tuple[list[DueReminder], list[Occurrence], datetime] | None = None

        self.widget = BannerRow("reminderBanner", parent, margins=(16, 8, 16, 0))
        self.widget.setObjectName("reminderArea")
        self.banner = self.widget.banner
        self.banner.setAccessibleName(self.tr("Appointment reminders"))
        self.show_button = QPushButton(self.tr("Show in calendar"), self.widget)
        self.show_button.setAccessibleName(self.tr("Show the appointment in the calendar"))
        self.show_button.clicked.connect(lambda: self.show_requested.emit(self.shown_day))
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self.widget)
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the reminders"))
        self.dismiss_button.clicked.connect(self.dismiss)
        self.widget.add_buttons(self.show_button, self.dismiss_button)
        # A label with a style sheet keeps its first font; follow View > Larger text.
        self.widget.installEventFilter(self)

        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(lambda: self.check())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """Give the banner the window's font when the text size changes."""
        if watched is self.widget and event.type() == QEvent.Type.FontChange:
            self.banner.setFont(self.widget.font())
        return False

    def retranslate(self) -> None:
        """The banner's sentences and buttons in the language now installed."""
        if self._shown is not None:
            self.banner.setText("\n".join(self._lines(*self._shown)))
        self.banner.setAccessibleName(self.tr("Appointment reminders"))
        self.show_button.setText(self.tr("Show in calendar"))
        self.show_button.setAccessibleName(self.tr("Show the appointment in the calendar"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the reminders"))
        if self.shown_day is not None:  # the day is said in the new language too
            self.show_button.setToolTip(format_day(self.shown_day))

    def start(self) -> None:
        """Check now (with today's and tomorrow's visits) and then every minute."""
        self.check(startup=True)
        self.timer.start()

    def stop(self) -> None:
        """Stop checking (the window is closing)."""
        self.timer.stop()

    def _since(self) -> datetime | None:
        text = self.settings.value(_LAST_CHECKED, "", type=str)
        try:
            return datetime.fromisoformat(text) if text else None
        except ValueError:
            return None

    def check(self, startup: bool = False) -> list[DueReminder]:
        """Show what is due now; at start-up, also what is booked today and tomorrow."""
        # Imported here: the series' expansion is not needed to show the window.
        from caregiver_app.services.calendar.reminders import check_reminders, coming_soon

        follow_time_zone()  # visits are shown in the zone set now, changed mid-run or not
        now = self.clock()
        try:
            due = check_reminders(now, self._since())
            coming = coming_soon(now) if startup else []
        except RecordAccessError:  # the record is busy or gone (a restore): try next minute
            return []
        self.settings.setValue(_LAST_CHECKED, now.astimezone(UTC).isoformat())
        shown = {reminder.occurrence.key for reminder in due}
        soon = [o for o in coming if o.key not in shown]
        if due or soon:
            self._shown = (due, soon, now)
            self.show_lines(
                self._lines(due, soon, now),
                (due[0].occurrence if due else soon[0]).local_start.date(),
            )
        if due:
            self.notify(due, now)
        return due

    def _lines(self, due: list[DueReminder], soon: list[Occurrence], now: datetime) -> list[str]:
        """The banner's sentences: each reminder due, then what is booked today and tomorrow."""
        lines = [self.reminder_line(reminder, now) for reminder in due]
        if soon:
            today = home_wall(now).date() if now.tzinfo else now.date()
            lines.append(self.coming_line(soon, today))
        return lines

    def reminder_line(self, reminder: DueReminder, now: datetime) -> str:
        """Sentences for a reminder: what and when, then where and who drives."""
        occurrence = reminder.occurrence
        record = occurrence.record
        today = home_wall(now).date() if now.tzinfo else now.date()
        when = self.tr("{day}, {time}").format(
            day=relative_day(occurrence.local_start.date(), today), time=time_span(occurrence)
        )
        if reminder.missed:
            text = self.tr("Missed while Care Companion was closed: {title}, {when}.")
        else:
            text = self.tr("Reminder: {title}, {when}.")
        parts = [text.format(title=shown_title(record.title), when=when)]
        if record.location:
            parts.append(self.tr("At {place}.").format(place=record.location))
        elif record.video_link:
            parts.append(self.tr("Video visit."))
        travel = transport_text(record.driver, record.pickup_time)
        if travel:
            parts.append(travel[:1].upper() + travel[1:] + ".")
        return " ".join(parts)

    def coming_line(self, occurrences: list[Occurrence], today: date) -> str:
        """ "Today and tomorrow: 10:00 Oncology review (Tomorrow), ...": the start-up summary."""
        parts = [
            self.tr("{day} {time} {title}").format(
                day=relative_day(o.local_start.date(), today),
                time=time_span(o),
                title=shown_title(o.record.title),
            )
            for o in occurrences
        ]
        return self.tr("Booked for today and tomorrow: {list}.").format(list="; ".join(parts))

    def show_lines(self, lines: list[str], day: date) -> None:
        """Put the sentences in the banner above the tabs."""
        self.shown_day = day
        self.banner.setText("\n".join(lines))
        self.banner.show()
        self.show_button.setToolTip(format_day(day))
        self.widget.show()

    def dismiss(self) -> None:
        """Hide the banner (the reminders stay shown-once)."""
        self.widget.hide()

    def notify(self, due: list[DueReminder], now: datetime) -> None:
        """A system tray notification, where the desktop has a tray (never offscreen)."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self.tray is None:
            icon = self.window.windowIcon() if not self.window.windowIcon().isNull() else QIcon()
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(self.tr("Care Companion"))
            self.tray.messageClicked.connect(lambda: self.show_requested.emit(self.shown_day))
        self.tray.show()
        self.tray.showMessage(
            self.tr("Appointment reminder"),
            "\n".join(self.reminder_line(reminder, now) for reminder in due),
            QSystemTrayIcon.MessageIcon.Information,
            15_000,
        )
