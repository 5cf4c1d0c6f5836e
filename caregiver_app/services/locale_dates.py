"""Dates as the printed documents write them: in English, or in the user's locale."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QLocale

_FORMAT_TOKEN = re.compile(r"'[^']*'|d+|M+|y+|.", re.DOTALL)


def english_date(day: date) -> str:
    """A long English date: "November 12, 2025"."""
    return f"{day:%B} {day.day}, {day.year}"


def english_day(day: date) -> str:
    """A short English day and month: "Nov 12"."""
    return f"{day:%b} {day.day}"


def display_locale() -> QLocale:
    """The user's locale; the bare "C" locale reads as US English."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def _date_part(locale: QLocale, keep: Callable[[str], bool], fallback: str) -> str:
    tokens = _FORMAT_TOKEN.findall(locale.dateFormat(QLocale.FormatType.LongFormat))
    kept = [index for index, token in enumerate(tokens) if keep(token)]
    if not kept:
        return fallback
    first, last = kept[0], kept[-1]
    # A letter right after the last part belongs to it (Japanese 日, Chinese 日).
    if last + 1 < len(tokens) and tokens[last + 1].strip("'").isalpha():
        last += 1
    return "".join(tokens[first : last + 1])


def date_pattern(locale: QLocale) -> str:
    """The locale's long date without the weekday: "MMMM d, yyyy", "d. MMMM yyyy"."""
    return _date_part(locale, lambda token: token in ("d", "dd") or token[0] in "My", "d MMM yyyy")


def day_month_pattern(locale: QLocale) -> str:
    """A day and short month in the locale's order: "MMM d", "d. MMM", "M月d日"."""
    pattern = _date_part(locale, lambda token: token in ("d", "dd") or token[0] == "M", "d MMM")
    return pattern.replace("MMMM", "MMM")
