"""The trend chart's wording and dates, in English or the user's language."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale

from caregiver_app.esas import band_name
from caregiver_app.services.locale_dates import day_month_pattern, display_locale, english_day
from caregiver_app.services.wording import QT_TRANSLATE_NOOP, LabelSet, translated


def _english_month(day: date) -> str:
    return f"{day:%b} {day.year}"


def locale_day(day: date) -> str:
    """A day and short month in the user's locale ("Nov 12", "12 nov.", "11月12日")."""
    locale = display_locale()
    return locale.toString(QDate(day.year, day.month, day.day), day_month_pattern(locale))


def locale_month(day: date) -> str:
    """A short month and year in the user's locale ("Nov 2025")."""
    locale = display_locale()
    month = locale.standaloneMonthName(day.month, QLocale.FormatType.ShortFormat)
    year = str(day.year)
    long_format = locale.dateFormat(QLocale.FormatType.LongFormat)
    year_first = long_format.find("y") < long_format.find("M")
    return f"{year} {month}" if year_first else f"{month} {year}"


class TrendLabels(LabelSet):
    """Every fixed string the chart prints, already translated, and how it writes dates."""

    axis_title: str = QT_TRANSLATE_NOOP("TrendChart", "Score (0-10)")
    legend_score: str = QT_TRANSLATE_NOOP("TrendChart", "Score")
    legend_dose: str = QT_TRANSLATE_NOOP("TrendChart", "Breakthrough dose")
    no_scores: str = QT_TRANSLATE_NOOP("TrendChart", "No scores recorded in this period")
    format_day: Callable[[date], str] = english_day
    format_month: Callable[[date], str] = _english_month

    @classmethod
    def translated(cls) -> TrendLabels:
        """The wording in the user's language, dates in the user's locale."""
        return translated(
            cls.english(), "TrendChart", format_day=locale_day, format_month=locale_month
        )

    def band_name(self, band: str) -> str:
        """The printed name of a Selby band (the scale's words, context "Esas")."""
        return band_name(band)
