"""The summary's vital signs: per vital, the latest, lowest and highest reading and how many
were over the threshold in force. Plain values, worked out from the diary entries of the period.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from caregiver_app.services.diary.trend_series import TrendPoint
from caregiver_app.services.diary.trend_vitals import (
    recorded_vitals,
    shown_value,
    summarise_vital,
    vital_series,
)
from caregiver_app.services.diary.vital_thresholds import (
    VitalThresholds,
    is_fever,
    is_low_oxygen,
)
from caregiver_app.store.diary.entries import EntryRecord


class VitalRow(NamedTuple):
    """One vital over the period, readings in the unit shown.

    ``over`` counts the readings over its threshold, and ``threshold`` is that threshold
    in the unit shown; both None where no threshold applies (pulse, weight, or an oxygen
    saturation the team gave no number for).
    """

    field: str
    readings: int  # how many readings in the period
    latest: TrendPoint
    lowest: TrendPoint
    highest: TrendPoint
    over: int | None = None
    threshold: float | None = None


class VitalsSection(NamedTuple):
    """The vitals recorded in the period, in the order they are listed; temperature in
    Fahrenheit and weight in pounds when ``us_units``."""

    rows: tuple[VitalRow, ...]
    us_units: bool


def _over(field: str, entries: Sequence[EntryRecord], thresholds: VitalThresholds) -> int | None:
    if field == "temperature_c":
        return sum(is_fever(entry.temperature_c, thresholds) for entry in entries)
    if field == "oxygen_saturation" and thresholds.spo2_below is not None:
        return sum(is_low_oxygen(entry.oxygen_saturation, thresholds) for entry in entries)
    return None


def _threshold(field: str, thresholds: VitalThresholds, us_units: bool) -> float | None:
    if field == "temperature_c":
        return shown_value(field, thresholds.fever_at_c, us_units)
    if field == "oxygen_saturation" and thresholds.spo2_below is not None:
        return thresholds.spo2_below
    return None


def vitals_section(
    entries: Sequence[EntryRecord], thresholds: VitalThresholds, us_units: bool
) -> VitalsSection | None:
    """The vital-signs table's values, or None when no vital was recorded in the period."""
    rows = []
    for field in recorded_vitals(entries):
        stats = summarise_vital(vital_series(entries, field, us_units))
        if stats is None:
            continue
        rows.append(
            VitalRow(
                field=field,
                readings=stats.readings,
                latest=stats.latest,
                lowest=stats.lowest,
                highest=stats.highest,
                over=_over(field, entries, thresholds),
                threshold=_threshold(field, thresholds, us_units),
            )
        )
    return VitalsSection(tuple(rows), us_units) if rows else None
