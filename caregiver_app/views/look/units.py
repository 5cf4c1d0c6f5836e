"""Measurements in the units the user's locale uses; the record keeps metric values."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def uses_us_units() -> bool:
    """Fahrenheit and pounds where the locale uses the US measurement system."""
    return QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem


def celsius_to_shown(value: float) -> float:
    """A stored temperature in the unit shown."""
    return value * 9 / 5 + 32 if uses_us_units() else value


def shown_to_celsius(value: float) -> float:
    """A typed temperature back to Celsius."""
    return (value - 32) * 5 / 9 if uses_us_units() else value


def kg_to_shown(value: float) -> float:
    """A stored weight in the unit shown."""
    return value / 0.45359237 if uses_us_units() else value


def shown_to_kg(value: float) -> float:
    """A typed weight back to kilograms."""
    return value * 0.45359237 if uses_us_units() else value
