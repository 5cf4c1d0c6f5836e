"""The vital-sign thresholds in force: a fever, and a low oxygen saturation the team gave.

Like the symptom thresholds, these are the family's settings. The fever default is the
one cancer services print for people on treatment; the oxygen threshold has no default,
because only the person's own team can say what is low for them.
"""

from __future__ import annotations

from typing import NamedTuple

from caregiver_app.store.settings import get_setting, set_setting

# Cancer.Net (ASCO), "When to call the doctor during cancer treatment" (2020), and NICE
# CG151 (2012), neutropenic sepsis: a temperature of 38.0 °C (100.4 °F) or more.
DEFAULT_FEVER_AT_C = 38.0
FEVER_SOURCE = "Cancer.Net (ASCO) 2020; NICE CG151 (2012)"
# The range a typed threshold must fall in to be taken (a thermometer's useful range).
FEVER_LOW_C, FEVER_HIGH_C = 37.0, 41.0
FEVER_LOW_F, FEVER_HIGH_F = 98.6, 105.8  # the same range in Fahrenheit
SPO2_LOW, SPO2_HIGH = 70, 99

FEVER_KEY = "alerts.fever_at_c"
# A threshold typed in Fahrenheit is kept as typed too, so 101.0 °F reads back as 101.0.
FEVER_F_KEY = "alerts.fever_at_f"
SPO2_KEY = "alerts.spo2_below"


class VitalThresholds(NamedTuple):
    """A temperature at or over ``fever_at_c`` is a fever; a saturation under
    ``spo2_below`` is low (``None``: no threshold entered, so no oxygen alert)."""

    fever_at_c: float = DEFAULT_FEVER_AT_C
    spo2_below: int | None = None
    # The threshold as typed in Fahrenheit, when it was typed in Fahrenheit.
    fever_at_f: float | None = None


def fahrenheit_threshold(fever_at_f: float, spo2_below: int | None = None) -> VitalThresholds:
    """Thresholds from a fever threshold typed in Fahrenheit (kept as typed)."""
    return VitalThresholds(
        fever_at_c=(fever_at_f - 32) * 5 / 9, spo2_below=spo2_below, fever_at_f=fever_at_f
    )


def load_vital_thresholds() -> VitalThresholds:
    """The record's vital-sign thresholds, or the defaults where none was saved."""
    try:
        fever = float(get_setting(FEVER_KEY, str(DEFAULT_FEVER_AT_C)))
    except ValueError:
        fever = DEFAULT_FEVER_AT_C
    if not FEVER_LOW_C <= fever <= FEVER_HIGH_C:
        fever = DEFAULT_FEVER_AT_C
    fahrenheit: float | None
    try:
        fahrenheit = float(get_setting(FEVER_F_KEY, ""))
    except ValueError:
        fahrenheit = None
    if fahrenheit is not None and not FEVER_LOW_F <= fahrenheit <= FEVER_HIGH_F:
        fahrenheit = None
    spo2: int | None
    try:
        spo2 = int(get_setting(SPO2_KEY, ""))
    except ValueError:
        spo2 = None
    if spo2 is not None and not SPO2_LOW <= spo2 <= SPO2_HIGH:
        spo2 = None
    if fahrenheit is not None:
        return fahrenheit_threshold(fahrenheit, spo2)
    return VitalThresholds(fever_at_c=fever, spo2_below=spo2)


def save_vital_thresholds(thresholds: VitalThresholds) -> None:
    """Keep the family's vital-sign thresholds with the record (blank oxygen: none)."""
    fahrenheit = thresholds.fever_at_f
    set_setting(FEVER_KEY, f"{thresholds.fever_at_c:.1f}")
    set_setting(FEVER_F_KEY, "" if fahrenheit is None else f"{fahrenheit:.1f}")
    set_setting(SPO2_KEY, "" if thresholds.spo2_below is None else str(thresholds.spo2_below))


def is_fever(temperature_c: float | None, thresholds: VitalThresholds) -> bool:
    """Whether a recorded temperature is at or over the fever threshold.

    Compared at the tenth of a degree the family reads and types, in the unit the
    threshold was typed in: 100.4 °F typed is kept as 37.99999... °C, which reads
    back as 100.4 °F and is a fever at a threshold of 100.4 °F or 38.0 °C.
    """
    if temperature_c is None:
        return False
    if thresholds.fever_at_f is not None:
        return round(temperature_c * 9 / 5 + 32, 1) >= thresholds.fever_at_f
    return round(temperature_c, 1) >= round(thresholds.fever_at_c, 1)


def is_low_oxygen(saturation: int | None, thresholds: VitalThresholds) -> bool:
    """Whether a recorded oxygen saturation is under the team's threshold, when one is set."""
    return (
        saturation is not None
        and thresholds.spo2_below is not None
        and saturation < thresholds.spo2_below
    )
