"""A medicine's schedule and as-needed limits in a few words, for the medicine list.

A schedule that is not set up shows the prescription's words as written, said to be not
set up yet: the app never reads a schedule out of them.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTime

from caregiver_app.store.diary.medicines import MedicineRecord
from caregiver_app.store.medication.schedules import ANCHORS, AsNeededRules, Schedule, parse_clock
from caregiver_app.views.look.locale_format import display_locale

HOUR = 60
translate = QCoreApplication.translate


class MedicineCounts(QObject):
    """The context of the medicine texts with a count (lupdate files ``tr``'s as plural)."""


def clock_text(at: time) -> str:
    """A time of day as the locale writes it."""
    return display_locale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)


def duration_text(minutes: int) -> str:
    """A span of time in hours and minutes: "4 hours", "1 hour 30 minutes", "45 minutes"."""
    hours, rest = divmod(minutes, HOUR)
    parts = []
    if hours:
        parts.append(MedicineCounts.tr("%n hours", None, hours))
    if rest or not hours:
        parts.append(MedicineCounts.tr("%n minutes", None, rest))
    return " ".join(parts)


def _anchor_text(anchor: str, usual: dict[str, time | None]) -> str:
    names = {
        "breakfast": translate("Medicines", "with breakfast"),
        "lunch": translate("Medicines", "with lunch"),
        "dinner": translate("Medicines", "with dinner"),
        "bedtime": translate("Medicines", "at bedtime"),
    }
    at = usual.get(anchor)
    return f"{names[anchor]} ({clock_text(at)})" if at else names[anchor]


def days_text(weekdays: frozenset[int]) -> str:
    """ "" for every day, else the days' short names: "on Mon, Wed, Fri"."""
    if not weekdays or len(weekdays) == 7:
        return ""
    locale = display_locale()
    names = ", ".join(
        locale.dayName(day, QLocale.FormatType.ShortFormat) for day in sorted(weekdays)
    )
    return translate("Medicines", "on {days}").format(days=names)


def set_up_text(schedule: Schedule, usual: dict[str, time | None]) -> str:
    """A set-up schedule in words: "8:00 AM, 8:00 PM", "every 6 hours from 6:00 AM"."""
    if schedule.kind == "interval" and schedule.every_hours and schedule.first_time:
        text = MedicineCounts.tr("every %n hours from {time}", None, schedule.every_hours).format(
            time=clock_text(schedule.first_time)
        )
    else:
        parts = []
        for token in schedule.dose_times:
            at = None if token in ANCHORS else parse_clock(token)
            parts.append(_anchor_text(token, usual) if token in ANCHORS else clock_text(at))
        text = ", ".join(part for part in parts if part)
    days = days_text(schedule.weekdays)
    return f"{text} {days}" if days else text


def limits_text(rules: AsNeededRules) -> str:
    """The as-needed limits entered: "at least 4 hours apart, at most 6 in 24 hours"."""
    parts = []
    if rules.min_interval_minutes:
        parts.append(
            translate("Medicines", "at least {interval} apart").format(
                interval=duration_text(rules.min_interval_minutes)
            )
        )
    if rules.max_per_day:
        parts.append(MedicineCounts.tr("at most %n doses in 24 hours", None, rules.max_per_day))
    return ", ".join(parts)


def schedule_text(
    record: MedicineRecord,
    schedule: Schedule,
    rules: AsNeededRules,
    usual: dict[str, time | None],
) -> str:
    """The list's "Schedule" cell for ``record``."""
    if record.as_needed:
        text = translate("Medicines", "as needed")
        if record.schedule:
            text = f"{text}: {record.schedule}"
        limits = limits_text(rules)
        return f"{text} ({limits})" if limits else text
    if schedule.set_up:
        return set_up_text(schedule, usual)
    if record.schedule:
        return translate("Medicines", "{words} (schedule not set up yet)").format(
            words=record.schedule
        )
    return translate("Medicines", "Schedule not set up yet")
