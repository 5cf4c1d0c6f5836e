"""Words for the calendar: repeats, reminders, and when a visit is, in the user's locale."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QTime

from caregiver_app.plurals import Reminders
from caregiver_app.views.look.locale_format import display_locale, format_short_day

if TYPE_CHECKING:
    from caregiver_app.store.calendar.records import Occurrence

REPEAT_LABELS = {
    "": QT_TRANSLATE_NOOP("CalendarTab", "Does not repeat"),
    "daily": QT_TRANSLATE_NOOP("CalendarTab", "Every day"),
    "weekly": QT_TRANSLATE_NOOP("CalendarTab", "Every week"),
    "every_2_weeks": QT_TRANSLATE_NOOP("CalendarTab", "Every 2 weeks"),
    "every_3_weeks": QT_TRANSLATE_NOOP("CalendarTab", "Every 3 weeks"),
    "monthly": QT_TRANSLATE_NOOP("CalendarTab", "Every month, on the same date"),
}
REMINDER_CHOICES = (10080, 2880, 1440, 120, 60, 30, 0)


def reminder_label(minutes: int) -> str:
    """ "1 day before", "2 hours before", "At the start"..."""
    if minutes == 0:
        return QCoreApplication.translate("CalendarTab", "At the start")
    if minutes % 10080 == 0:
        return Reminders.tr("%n weeks before", None, minutes // 10080)
    if minutes % 1440 == 0:
        return Reminders.tr("%n days before", None, minutes // 1440)
    if minutes % 60 == 0:
        return Reminders.tr("%n hours before", None, minutes // 60)
    return Reminders.tr("%n minutes before", None, minutes)


def format_time(value: time) -> str:
    """A time of day the locale's short way (10:30, 10:30 AM)."""
    short = QLocale.FormatType.ShortFormat
    return display_locale().toString(QTime(value.hour, value.minute), short)


def format_day(value: date) -> str:
    """A day the locale's long way, with the weekday (Tuesday, December 1, 2026)."""
    return display_locale().toString(QDate(value), QLocale.FormatType.LongFormat)


def time_span(occurrence: Occurrence) -> str:
    """ "10:00 – 10:45", "All day" or "All day, until Thu Dec 3", in this computer's time."""
    record = occurrence.record
    if record.all_day:
        if record.last_day and record.last_day > record.starts_at.date():
            return QCoreApplication.translate("CalendarTab", "All day, until {day}").format(
                day=format_short_day(record.last_day)
            )
        return QCoreApplication.translate("CalendarTab", "All day")
    start = format_time(occurrence.local_start.time())
    end = occurrence.local_end
    if end is None:
        return start
    if end.date() != occurrence.local_start.date():
        return f"{start} – {format_short_day(end.date())} {format_time(end.time())}"
    return f"{start} – {format_time(end.time())}"


def when_text(occurrence: Occurrence) -> str:
    """The day and the time of a visit, for sentences and details."""
    return QCoreApplication.translate("CalendarTab", "{day}, {time}").format(
        day=format_day(occurrence.local_start.date()), time=time_span(occurrence)
    )


def relative_day(day: date, today: date) -> str:
    """The day's name and date, after "Today" or "Tomorrow" when it is one of those."""
    delta = (day - today).days
    if delta == 0:
        text = QCoreApplication.translate("CalendarTab", "Today, {day}")
    elif delta == 1:
        text = QCoreApplication.translate("CalendarTab", "Tomorrow, {day}")
    elif delta == -1:
        text = QCoreApplication.translate("CalendarTab", "Yesterday, {day}")
    else:
        return format_day(day)
    return text.format(day=format_day(day))


def transport_text(driver: str, pickup: time | None) -> str:
    """ "Carmen drives; pick-up at 8:15", or "" when nothing is arranged."""
    if driver and pickup:
        return QCoreApplication.translate("CalendarTab", "{name} drives; pick-up at {time}").format(
            name=driver, time=format_time(pickup)
        )
    if driver:
        return QCoreApplication.translate("CalendarTab", "{name} drives").format(name=driver)
    if pickup:
        return QCoreApplication.translate("CalendarTab", "Pick-up at {time}").format(
            time=format_time(pickup)
        )
    return ""


def local_datetime_text(value: datetime) -> str:
    """A date and time in the locale's short form."""
    return f"{format_short_day(value.date())} {format_time(value.time())}"
