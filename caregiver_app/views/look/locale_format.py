"""Dates and times shown the way the user's locale writes them."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

from caregiver_app.services.dose_words import at_pass
from caregiver_app.store.home_clock import home_wall


def display_locale() -> QLocale:
    """The user's locale; the bare "C" locale (no language set) reads as US English."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def format_datetime(value: datetime) -> str:
    """A short date and time in the user's locale, with a four-digit year ("6/1/2027 8:00 AM"),
    the wall-clock time as it is kept."""
    if value.tzinfo is not None:  # a moment with its offset: the home zone's wall time
        value = home_wall(value)
    # Read as UTC, which has no daylight saving: as local time, a time in the hour the
    # clocks skip (2:30 AM the day they go forward) would be shown an hour later.
    moment = QDateTime(
        QDate(value.year, value.month, value.day),
        QTime(value.hour, value.minute, value.second),
        QTimeZone(QTimeZone.Initialization.UTC),
    )
    locale = display_locale()
    pattern = four_digit_year(locale.dateTimeFormat(QLocale.FormatType.ShortFormat))
    return locale.toString(moment, pattern)


def format_given_at(value: datetime) -> str:
    """A time a dose was given as :func:`format_datetime` writes it, with which of the two
    1:15 AMs it is the night the clocks go back ("11/1/2026 1:15 AM (after the clocks went
    back)"); every other time exactly as format_datetime writes it."""
    if value.tzinfo is not None:
        value = home_wall(value)
    return at_pass(value, format_datetime(value))


def format_short_day(value: date) -> str:
    """A day with its weekday, compactly, in the locale's order: "Tue Dec 1", "mar 1 de dic",
    "周二 12月1日" (a fixed "ddd d MMM" gave "周二 1 12月")."""
    from caregiver_app.services.locale_dates import day_month_pattern

    locale = display_locale()
    return locale.toString(QDate(value), "ddd " + day_month_pattern(locale))


# A two-digit year alone ("yy"), not part of "yyyy".
_SHORT_YEAR = re.compile(r"(?<!y)yy(?!y)")


def four_digit_year(pattern: str) -> str:
    """A Qt date pattern with its two-digit year made four digits, its order and separators
    kept: "6/1/27" can be 1927 or 2027, and forms take four digits."""
    return _SHORT_YEAR.sub("yyyy", pattern)


def date_format() -> str:
    """The locale's short date pattern, always with a four-digit year (a birth year needs it)."""
    return four_digit_year(display_locale().dateFormat(QLocale.FormatType.ShortFormat))


def format_date(value: date) -> str:
    """A date in the user's locale, with a four-digit year."""
    return display_locale().toString(QDate(value), date_format())


def datetime_format() -> str:
    """The locale's short date and time pattern, with a four-digit year."""
    time_pattern = display_locale().timeFormat(QLocale.FormatType.ShortFormat)
    return f"{date_format()} {time_pattern}"
