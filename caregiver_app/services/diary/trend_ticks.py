"""Where the trend chart's date axis puts its ticks, so their labels never overlap."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from caregiver_app.services.diary.trend_labels import TrendLabels
from caregiver_app.services.diary.trend_series import midnight
from caregiver_app.services.diary.trend_text import plain, text_width
from caregiver_app.services.pdf.text import SANS


def _day_ticks(start: datetime, end: datetime, step: int) -> list[datetime]:
    """Midnights ``step`` days apart, ending with the last day in the period."""
    ticks = []
    at = midnight(end - timedelta(seconds=1))
    while at >= start:
        ticks.append(at)
        at -= timedelta(days=step)
    return ticks[::-1]


def _month_ticks(start: datetime, end: datetime, step: int) -> list[datetime]:
    """First days of months ``step`` months apart (January always among them when step fits).

    ``step`` divides 12; the months are counted, not walked one by one.
    """
    index = start.year * 12 + start.month - 1  # months since year 0
    if datetime(start.year, start.month, 1) < start:
        index += 1  # the first of this month is before the period
    index += -index % step
    ticks = []
    while index // 12 <= 9999:
        at = datetime(index // 12, index % 12 + 1, 1)
        if at >= end:
            break
        ticks.append(at)
        index += step
    return ticks


def _months(start: datetime, end: datetime) -> int:
    return (end.year - start.year) * 12 + end.month - start.month


def x_ticks(
    start: datetime, end: datetime, room: float, labels: TrendLabels, size: float
) -> tuple[list[datetime], Callable[[date], str], bool]:
    """Tick times, their label format and whether labels sit mid-day (daily ticks).

    Days for a week, weeks for a month or three, months for longer; a step is
    only used when its labels fit side by side in ``room``.
    """
    gap = size * 2

    def fits(ticks: list[datetime], fmt: Callable[[date], str]) -> bool:
        widest = max((text_width(plain(fmt(t.date())), SANS, size) for t in ticks), default=0)
        return len(ticks) * (widest + gap) <= room

    days = (end - start) / timedelta(days=1)
    if days <= 120:
        for step in (1, 2, 7, 14):
            if days / step > 16:
                continue
            ticks = _day_ticks(start, end, step)
            if fits(ticks, labels.format_day):
                return ticks, labels.format_day, step == 1
    for step in (1, 2, 3, 6, 12):
        if (_months(start, end) - 1) // step * gap > room:
            continue  # at least that many ticks: they cannot fit, whatever their labels
        ticks = _month_ticks(start, end, step)
        if fits(ticks, labels.format_month):
            return ticks, labels.format_month, False
    return _month_ticks(start, end, 12), labels.format_month, False
