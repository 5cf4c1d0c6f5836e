"""Reading a date or a time as a person types it, in the locale's own short form.

Plain text in, a value or one sentence out: no widgets here, so every rule is tested
directly. Qt's ``QDateEdit`` jumps to the next section by itself once a digit completes
one (the "3" of March), so the "/" typed next skipped a second section and 3/14/1947
was kept as March 6; reading the whole text at once lets every separator land where
the person meant it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time

from PySide6.QtCore import QCoreApplication, QLocale, QTime

EARLIEST = date(1900, 1, 1)  # as the calendar and the diary: nothing in the record is older
_DIGITS = re.compile(r"\d+")


class TypedValueError(ValueError):
    """Text that is not a date or a time; the message says why and how to type it."""


@dataclass(frozen=True)
class DatePattern:
    """The order of day, month and year in a locale's short date, and how to show it."""

    order: str  # "mdy", "dmy" or "ymd"
    qt_format: str  # for QLocale.toString, always with a four-digit year

    @classmethod
    def of(cls, qt_format: str) -> DatePattern:
        """The pattern of a Qt date format such as ``M/d/yyyy``."""
        letters = zip("dmy", "dMy", strict=True)
        positions = {part: qt_format.find(letter) for part, letter in letters}
        if min(positions.values()) < 0:
            return cls("ymd", "yyyy-MM-dd")
        order = "".join(sorted(positions, key=positions.get))
        if "yyyy" not in qt_format:
            qt_format = qt_format.replace("yy", "yyyy")
        return cls(order, qt_format)

    def hint(self) -> str:
        """The form to type, in the language's letters: M/D/YYYY, D/M/AAAA, YYYY/M/D."""
        letters = {
            # Translators: the letter(s) that stand for day, month and year in a date
            # format hint such as M/D/YYYY; keep the year four letters long.
            "d": QCoreApplication.translate("TypedValues", "D"),
            "M": QCoreApplication.translate("TypedValues", "M"),
            "y": QCoreApplication.translate("TypedValues", "YYYY"),
        }
        separator = next((c for c in self.qt_format if not c.isalpha()), "/")
        parts = [letters["dMy"["dmy".index(part)]] for part in self.order]
        return separator.join(parts)


def parse_date(text: str, pattern: DatePattern) -> date | None:
    """The date typed in ``text`` (None when blank); raises TypedValueError otherwise.

    Any separators are accepted between the three numbers; the year needs its four
    digits (a birth year of "47" would be read as 2047 or 1947, so it is asked for).
    An ISO date (1947-03-14) is read as such in every language.
    """
    stripped = text.strip()
    if not stripped:
        return None
    numbers = _DIGITS.findall(stripped)
    letters = re.sub(r"[\d\s./\-,年月日]", "", stripped)
    if len(numbers) != 3 or letters:
        raise TypedValueError(
            QCoreApplication.translate(
                "TypedValues", "“{text}” is not a date. Type it as {hint}, for example {example}."
            ).format(text=stripped, hint=pattern.hint(), example=example_date(pattern))
        )
    order = pattern.order
    if len(numbers[0]) == 4 and order[0] != "y":
        order = "ymd"
    values = dict(zip(order, numbers, strict=True))
    if len(values["y"]) != 4:
        raise TypedValueError(
            QCoreApplication.translate(
                "TypedValues",
                "Type the year with all four digits, as {hint} (for example {example}).",
            ).format(hint=pattern.hint(), example=example_date(pattern))
        )
    try:
        typed = date(int(values["y"]), int(values["m"]), int(values["d"]))
    except ValueError:
        raise TypedValueError(
            QCoreApplication.translate(
                "TypedValues", "There is no such date as “{text}”. Type it as {hint}."
            ).format(text=stripped, hint=pattern.hint())
        ) from None
    if typed < EARLIEST:
        raise TypedValueError(
            QCoreApplication.translate(
                "TypedValues", "Dates before 1900 cannot be kept in the record."
            )
        )
    return typed


def example_date(pattern: DatePattern) -> str:
    """A worked example of the pattern (March 14, 1947)."""
    return format_date(date(1947, 3, 14), pattern)


def format_date(value: date, pattern: DatePattern) -> str:
    """``value`` the way the field shows it, which is also the way it reads it back."""
    numbers = {"d": str(value.day), "m": str(value.month), "y": f"{value.year:04d}"}
    if "dd" in pattern.qt_format:
        numbers["d"] = f"{value.day:02d}"
    if "MM" in pattern.qt_format:
        numbers["m"] = f"{value.month:02d}"
    separator = next((c for c in pattern.qt_format if not c.isalpha()), "/")
    return separator.join(numbers[part] for part in pattern.order)


# ---------------------------------------------------------------------------- times

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009.]+")


def _fold(text: str) -> str:
    """Lower case with every kind of space and every dot taken out ("a. m." -> "am")."""
    return _SPACES.sub("", text).casefold()


def _day_halves(locale: QLocale) -> tuple[set[str], set[str]]:
    """What may mark the morning and the afternoon: English and the locale's own words."""
    morning = {"am", "a", _fold(locale.amText())}
    afternoon = {"pm", "p", _fold(locale.pmText())}
    return {m for m in morning if m}, {p for p in afternoon if p}


def parse_time(text: str, locale: QLocale) -> time | None:
    """The time typed in ``text`` (None when blank); raises TypedValueError otherwise.

    Accepts 24-hour times (14:30, 1430, 14.30, 14h30) and 12-hour ones with the
    morning or afternoon written before or after, with or without a space: a person
    types a plain space where the locale's own format has a narrow no-break one.
    """
    folded = _fold(text)
    if not folded:
        return None
    morning, afternoon = _day_halves(locale)
    half = None
    for marks, name in ((afternoon, "pm"), (morning, "am")):
        for mark in sorted(marks, key=len, reverse=True):
            if folded.endswith(mark) and not folded[: -len(mark)][-1:].isalpha():
                folded, half = folded[: -len(mark)], name
                break
            if folded.startswith(mark) and not folded[len(mark) :][:1].isalpha():
                folded, half = folded[len(mark) :], name
                break
        if half:
            break
    match = re.fullmatch(r"(\d{1,2})(?:[:h]?(\d{2}))?", folded)
    if not match:
        raise TypedValueError(
            QCoreApplication.translate(
                "TypedValues", "“{text}” is not a time. Type it as {example}."
            ).format(text=text.strip(), example=example_time(locale))
        )
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if half is not None:
        if not 1 <= hour <= 12:
            raise TypedValueError(
                QCoreApplication.translate(
                    "TypedValues", "“{text}” is not a time: with AM or PM the hour is 1 to 12."
                ).format(text=text.strip())
            )
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23 or minute > 59:
        raise TypedValueError(
            QCoreApplication.translate(
                "TypedValues", "“{text}” is not a time. Type it as {example}."
            ).format(text=text.strip(), example=example_time(locale))
        )
    return time(hour, minute)


def format_time(value: time, locale: QLocale) -> str:
    """``value`` in the locale's short form (which ``parse_time`` reads back)."""
    return locale.toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def example_time(locale: QLocale) -> str:
    """A worked example in the locale's form (half past two in the afternoon)."""
    return format_time(time(14, 30), locale)
