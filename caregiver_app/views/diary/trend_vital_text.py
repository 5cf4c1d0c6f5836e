"""What the trend view says about a vital sign: its title, its sentence, its chart's labels."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication

from caregiver_app.services.diary.trend_labels import TrendLabels
from caregiver_app.services.diary.trend_series import TrendPoint
from caregiver_app.services.diary.trend_vitals import (
    reading_text,
    summarise_vital,
    unit_of,
    vital_name,
)
from caregiver_app.views.look.locale_format import display_locale, format_date
from caregiver_app.views.look.units import uses_us_units


def day_words(points: list[TrendPoint]) -> Callable[[date], str]:
    """How a trend sentence names a day: "Mar 3" when every point is of one year, else with
    its year ("3/3/2024"), so a score of another year does not read as this year's."""
    if len({point.at.year for point in points}) > 1:
        return format_date
    return TrendLabels.translated().format_day


def vital_labels(field: str) -> TrendLabels:
    """The chart's wording for a vital: its unit over the scale, and what an empty period says."""
    return TrendLabels.translated().replaced(
        axis_title=QCoreApplication.translate("TrendView", "{vital} ({unit})").format(
            vital=vital_name(field), unit=unit_of(field, uses_us_units())
        ),
        no_scores=QCoreApplication.translate("TrendView", "No readings recorded in this period"),
    )


def vital_sentence(
    title: str, field: str, points: list[TrendPoint], readings: Callable[[int], str]
) -> str:
    """One sentence: how many readings (``readings`` words the count), the lowest, the
    highest and the latest, with their days."""
    stats = summarise_vital(points)
    if stats is None:
        return QCoreApplication.translate(
            "TrendView",
            "No readings recorded in this period. Measurements you add in the diary appear here.",
        )
    locale = display_locale()
    us = uses_us_units()
    day = day_words(points)

    def shown(point: TrendPoint) -> str:
        return reading_text(field, point.score, us, locale)

    return QCoreApplication.translate(
        "TrendView",
        "{title}: {count}, lowest {lowest} on {lowest_day}, highest {highest} on "
        "{highest_day}, latest {latest} on {latest_day}.",
    ).format(
        title=title,
        count=readings(stats.readings),
        lowest=shown(stats.lowest),
        lowest_day=day(stats.lowest.at.date()),
        highest=shown(stats.highest),
        highest_day=day(stats.highest.at.date()),
        latest=shown(stats.latest),
        latest_day=day(stats.latest.at.date()),
    )
