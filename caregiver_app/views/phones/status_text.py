"""The one line about the phones' calendar, as the status bar shows it.

The status bar has room for a few words ("Server not reachable; 3 changes waiting");
the sync's whole sentence, with what to do, is the line's tooltip and is shown in
File > Phones and calendars...
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTime

from caregiver_app.store.home_clock import home_today
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


def problem_kind() -> str:
    """What the last sync ran into, as PhonesError's ``kind`` ("" when nothing)."""
    from caregiver_app.services.phones.settings import link_state

    return link_state().get("problem", "")


def _short(kind: str) -> str:
    """A few words for the status bar, by the kind of problem ("": none known)."""
    return {
        "unreachable": PhonesStatusText.tr("Server not reachable"),
        "forbidden": PhonesStatusText.tr("The server refuses this calendar"),
        "not-found": PhonesStatusText.tr("Calendar not found on the server"),
        "server-full": PhonesStatusText.tr("The server is full"),
        "server-error": PhonesStatusText.tr("The server has a problem of its own"),
        "bad-response": PhonesStatusText.tr("The server's answer cannot be read"),
        "insecure": PhonesStatusText.tr("The server's address needs https://"),
        "untrusted": PhonesStatusText.tr("The server's certificate is not trusted"),
        "other-host": PhonesStatusText.tr("The server's certificate is for another address"),
    }.get(kind, "")


def status_line(status: PhonesStatus | None, kind: str = "", today: date | None = None) -> str:
    """The line, e.g. "Calendar synced as of 10:02", or why not; "" with phones off."""
    if status is None:
        return ""
    today = today or home_today()
    waiting = ""
    if status.waiting:
        waiting = PhonesStatusText.tr("%n change(s) waiting", None, status.waiting)
    if status.paused:
        return PhonesStatusText.tr("Wrong password: sync paused (File > Phones and calendars...)")
    if status.problem:
        problem = _short(kind) or status.problem.rstrip(".")
        return "; ".join(part for part in (problem, waiting) if part)
    if status.in_step_as_of is None:
        return PhonesStatusText.tr("Calendar not sent to the server yet")
    line = PhonesStatusText.tr("Calendar synced as of {time}").format(
        time=_when(status.in_step_as_of, today)
    )
    return "; ".join(part for part in (line, waiting) if part)


def status_detail(status: PhonesStatus | None, today: date | None = None) -> str:
    """The whole sentence: the sync's own, with what to do, and how many changes wait."""
    if status is None or not status.problem:
        return status_line(status, today=today)
    if not status.waiting:
        return status.problem
    waiting = PhonesStatusText.tr("%n change(s) waiting", None, status.waiting)
    return f"{status.problem} ({waiting})"


def syncing_line() -> str:
    """While a sync runs."""
    return PhonesStatusText.tr("Syncing the calendar with the server...")
