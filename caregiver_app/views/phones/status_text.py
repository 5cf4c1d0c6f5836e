"""The one line about the phones' calendar, as the status bar and the dialog show it."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from caregiver_app.views.look.locale_format import display_locale, format_datetime

if TYPE_CHECKING:
    from caregiver_app.services.phones.sync import PhonesStatus

MENU_ITEM = "File > Phones and calendars..."


def _tr(text: str, count: int = -1) -> str:
    return QCoreApplication.translate("PhonesStatus", text, None, count)


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
    waiting = _tr("%n change(s) waiting", status.waiting) if status.waiting else ""
    if status.paused:
        return _tr("{problem} Sync paused ({menu}).").format(
            problem=status.problem, menu=_tr(MENU_ITEM)
        )
    if status.problem:
        return "; ".join(part for part in (status.problem.rstrip("."), waiting) if part)
    if status.in_step_as_of is None:
        return _tr("Calendar not sent to the server yet")
    line = _tr("Calendar in step as of {time}").format(time=_when(status.in_step_as_of, today))
    return "; ".join(part for part in (line, waiting) if part)


def syncing_line() -> str:
    """While a sync runs."""
    return _tr("Bringing the calendar in step with the server...")
