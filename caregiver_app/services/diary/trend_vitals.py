"""Vital signs as trends: which were recorded, each as a series in the unit shown, its summary.

Plain values, like the symptom series, so the window's chart and the visit summary's
table read the same numbers. The record keeps metric values; temperature and weight are
shown in Fahrenheit and pounds where the locale uses the US measurement system.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QLocale

from caregiver_app.services.diary.trend_series import TrendPoint
from caregiver_app.store.diary.entries import EntryRecord

VITAL_PREFIX = "vital:"
# The vitals a trend is drawn for, in the order they are listed (oxygen flow is a
# setting of the equipment, not a reading of the person).
TREND_VITALS = ("temperature_c", "oxygen_saturation", "pulse_bpm", "weight_kg")
WHOLE_NUMBER = frozenset({"oxygen_saturation", "pulse_bpm"})


def fahrenheit_shown(locale: QLocale | None = None) -> bool:
    """Fahrenheit and pounds where the locale uses the US measurement system."""
    system = (locale or QLocale()).measurementSystem()
    return system == QLocale.MeasurementSystem.ImperialUSSystem


def shown_value(field: str, value: float, us_units: bool) -> float:
    """A stored reading in the unit shown (tenths for temperature and weight)."""
    if field == "temperature_c":
        return round(value * 9 / 5 + 32 if us_units else value, 1)
    if field == "weight_kg":
        return round(value / 0.45359237 if us_units else value, 1)
    return value


def unit_of(field: str, us_units: bool) -> str:
    """The unit a vital is shown in, translated ("°C", "%", "beats/min", "kg")."""
    if field == "temperature_c":
        return "°F" if us_units else "°C"
    if field == "oxygen_saturation":
        return "%"
    if field == "pulse_bpm":
        return QCoreApplication.translate("TrendVitals", "beats/min")
    if field == "weight_kg":
        return (
            QCoreApplication.translate("TrendVitals", "lb")
            if us_units
            else QCoreApplication.translate("TrendVitals", "kg")
        )
    raise ValueError(f"Not a vital with a trend: {field!r}")


def vital_name(field: str) -> str:
    """The vital's name, translated."""
    names = {
        "temperature_c": QCoreApplication.translate("TrendVitals", "Temperature"),
        "oxygen_saturation": QCoreApplication.translate("TrendVitals", "Oxygen saturation"),
        "pulse_bpm": QCoreApplication.translate("TrendVitals", "Pulse"),
        "weight_kg": QCoreApplication.translate("TrendVitals", "Weight"),
    }
    return names[field]


def recorded_vitals(entries: Iterable[EntryRecord]) -> list[str]:
    """The trend vitals with at least one reading among ``entries``, in TREND_VITALS order."""
    found: set[str] = set()
    for entry in entries:
        found.update(field for field in TREND_VITALS if getattr(entry, field) is not None)
        if len(found) == len(TREND_VITALS):
            break
    return [field for field in TREND_VITALS if field in found]


def vital_series(entries: Iterable[EntryRecord], field: str, us_units: bool) -> list[TrendPoint]:
    """The readings of ``field``, in the unit shown, oldest first."""
    if field not in TREND_VITALS:
        raise ValueError(f"Not a vital with a trend: {field!r}")
    points = [
        TrendPoint(entry.recorded_at, shown_value(field, value, us_units))
        for entry in entries
        if (value := getattr(entry, field)) is not None
    ]
    return sorted(points, key=lambda point: point.at)


class VitalStats(NamedTuple):
    """How many readings, the lowest, the highest and the latest (each the latest such)."""

    readings: int  # how many readings
    lowest: TrendPoint
    highest: TrendPoint
    latest: TrendPoint


def summarise_vital(points: list[TrendPoint]) -> VitalStats | None:
    """Count, lowest, highest and latest of a series; None when it has no reading."""
    if not points:
        return None
    ordered = sorted(points, key=lambda point: point.at)
    low = min(point.score for point in ordered)
    high = max(point.score for point in ordered)
    lowest = [point for point in ordered if point.score == low][-1]
    highest = [point for point in ordered if point.score == high][-1]
    return VitalStats(len(ordered), lowest, highest, ordered[-1])


def reading_text(field: str, value: float, us_units: bool, locale: QLocale) -> str:
    """A reading as shown, with its unit: "37.8 °C", "94 %", "88 beats/min"."""
    if field in WHOLE_NUMBER:
        number = locale.toString(round(value))
    else:
        number = locale.toString(float(value), "f", 1)
    return f"{number} {unit_of(field, us_units)}"
