"""A contact's office hours in words: "weekdays, 9:00 to 17:00", in the shown language."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from caregiver_app.services.diary.vital_routing import MIDNIGHT, USUAL_DAYS, OfficeHours
from caregiver_app.views.look.locale_format import display_locale


def clock(at: time) -> str:
    """A time of day in the locale's short form (9:00 AM, 9:00)."""
    return display_locale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)


def midnight() -> str:
    """The word for midnight as a closing time ("midnight", "medianoche")."""
    return QCoreApplication.translate("OfficeHours", "midnight")


def closing_clock(at: time) -> str:
    """A closing time in the locale's short form; 0:00 is "midnight", the end of the day."""
    return midnight() if at == MIDNIGHT else clock(at)


def day_name(day: int) -> str:
    """The short name of an ISO weekday (1 is Monday) in the locale."""
    return display_locale().standaloneDayName(day, QLocale.FormatType.ShortFormat)


def office_days_text(days: frozenset[int]) -> str:
    """ "weekdays", "every day", or the days' short names in the locale ("Mon, Wed, Fri")."""
    if days == USUAL_DAYS:
        return QCoreApplication.translate("OfficeHours", "weekdays")
    if len(days) == 7:
        return QCoreApplication.translate("OfficeHours", "every day")
    return ", ".join(day_name(day) for day in sorted(days))


def hours_text(hours: OfficeHours) -> str:
    """The days and times alone: "weekdays, 9:00 AM to 5:00 PM", "Fri, 6:00 PM to midnight"."""
    return QCoreApplication.translate("OfficeHours", "{days}, {opens} to {closes}").format(
        days=office_days_text(hours.days),
        opens=clock(hours.opens),
        closes=closing_clock(hours.closes),
    )


def hours_sentence(name: str, hours: OfficeHours) -> str:
    """The office hours an alert was routed by, saying when they are only assumed."""
    if hours.assumed:
        return QCoreApplication.translate(
            "OfficeHours",
            "Office hours of {name} are not entered in the Care team tab; the usual ones "
            "are assumed: {hours}.",
        ).format(name=name, hours=hours_text(hours))
    return QCoreApplication.translate("OfficeHours", "Office hours of {name}: {hours}.").format(
        name=name, hours=hours_text(hours)
    )
