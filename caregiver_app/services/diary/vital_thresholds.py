"""The vital-sign thresholds in force: a fever, and a low oxygen saturation the team gave.

Like the symptom thresholds, these are the family's settings. The fever default is the
one cancer services print for people on treatment; the oxygen threshold has no default,
because only the person's own team can say what is low for them.
"""

from __future__ import annotations

from dataclasses import dataclass

from caregiver_app.store.settings import get_setting, set_setting

# Cancer.Net (ASCO), "When to call the doctor during cancer treatment" (2020), and NICE
# CG151 (2012), neutropenic sepsis: a temperature of 38.0 °C (100.4 °F) or more.
DEFAULT_FEVER_AT_C = 38.0
FEVER_SOURCE = "Cancer.Net (ASCO) 2020; NICE CG151 (2012)"
# The range a typed threshold must fall in to be taken (a thermometer's useful range).
FEVER_LOW_C, FEVER_HIGH_C = 37.0, 41.0
SPO2_LOW, SPO2_HIGH = 70, 99

FEVER_KEY = "alerts.fever_at_c"
SPO2_KEY = "alerts.spo2_below"


@dataclass(frozen=True)
class VitalThresholds:
    """A temperature at or over ``fever_at_c`` is a fever; a saturation under
    ``spo2_below`` is low (``None``: no threshold entered, so no oxygen alert)."""

    fever_at_c: float = DEFAULT_FEVER_AT_C
    spo2_below: int | None = None


def load_vital_thresholds() -> VitalThresholds:
    """The record's vital-sign thresholds, or the defaults where none was saved."""
    try:
        fever = float(get_setting(FEVER_KEY, str(DEFAULT_FEVER_AT_C)))
    except ValueError:
        fever = DEFAULT_FEVER_AT_C
    if not FEVER_LOW_C <= fever <= FEVER_HIGH_C:
        fever = DEFAULT_FEVER_AT_C
    spo2: int | None
    try:
        spo2 = int(get_setting(SPO2_KEY, ""))
    except ValueError:
        spo2 = None
    if spo2 is not None and not SPO2_LOW <= spo2 <= SPO2_HIGH:
        spo2 = None
    return VitalThresholds(fever_at_c=fever, spo2_below=spo2)


def save_vital_thresholds(thresholds: VitalThresholds) -> None:
    """Keep the family's vital-sign thresholds with the record (blank oxygen: none)."""
    set_setting(FEVER_KEY, f"{thresholds.fever_at_c:.1f}")
    set_setting(SPO2_KEY, "" if thresholds.spo2_below is None else str(thresholds.spo2_below))


def is_fever(temperature_c: float | None, thresholds: VitalThresholds) -> bool:
    """Whether a recorded temperature is at or over the fever threshold."""
    # 100.4 °F typed is stored as 37.999... °C: compare at the tenth of a degree shown.
    return temperature_c is not None and round(temperature_c, 1) >= thresholds.fever_at_c


def is_low_oxygen(saturation: int | None, thresholds: VitalThresholds) -> bool:
    """Whether a recorded oxygen saturation is under the team's threshold, when one is set."""
    return (
        saturation is not None
        and thresholds.spo2_below is not None
        and saturation < thresholds.spo2_below
    )
