"""The one line about the phones' calendar, as the status bar and the dialog show it."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTime

from caregiver_app.views.look.locale_format import display_locale, format_datetime

if TYPE_CHECKING:
    from caregiver_app.services.phones.sync import PhonesStatus


class PhonesStatusText(QObject):
    """The translation context of the status line (``tr`` files a count as plural)."""


def _when(moment: datetime, today: date) -> str:
    if moment.date() == today:
        time = QTime(moment.hour, moment.minute)
        return display_locale().toString(time, QLocale.FormatType.ShortFormat)
    return format_datetime(moment)


def status_line(status: PhonesStatus | None, today: date | None = None) -> str:
    """The line, e.g. "Calendar in step as of 10:02", or why not; "" with phones off."""
    if status is None:
        return ""
    today = today or date.today()
    waiting = ""
    if status.waiting:
        waiting = PhonesStatusText.tr("%n change(s) waiting", None, status.waiting)
    if status.paused:
        return PhonesStatusText.tr(
            "{problem} Sync paused (File > Phones and calendars...)."
        ).format(problem=status.problem)
    if status.problem:
        return "; ".join(part for part in (status.problem.rstrip("."), waiting) if part)
    if status.in_step_as_of is None:
        return PhonesStatusText.tr("Calendar not sent to the server yet")
    line = PhonesStatusText.tr("Calendar in step as of {time}").format(
        time=_when(status.in_step_as_of, today)
    )
    return "; ".join(part for part in (line, waiting) if part)


def syncing_line() -> str:
    """While a sync runs."""
    return PhonesStatusText.tr("Bringing the calendar in step with the server...")
