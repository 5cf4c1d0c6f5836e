"""The vital signs a saved diary entry flags: a fever, and a low oxygen saturation.

Like a severe score, a reading at a threshold the family set (a cited default for
fever; only the team's number for oxygen) raises the diary's banner, which records the
reading and routes to a person. Nothing here says what the reading means.
"""

from __future__ import annotations

from typing import NamedTuple

from caregiver_app.services.diary.vital_thresholds import (
    VitalThresholds,
    is_fever,
    is_low_oxygen,
    load_vital_thresholds,
)
from caregiver_app.store.diary.entries import EntryRecord


class VitalAlert(NamedTuple):
    """One flagged reading: ``kind`` is "fever" (°C) or "low_oxygen" (%)."""

    kind: str
    value: float
    thresholds: VitalThresholds


def vital_alerts_for(entry: EntryRecord, thresholds: VitalThresholds) -> list[VitalAlert]:
    """The vital-sign alerts ``entry`` raises under ``thresholds``."""
    found = []
    if entry.temperature_c is not None and is_fever(entry.temperature_c, thresholds):
        found.append(VitalAlert("fever", entry.temperature_c, thresholds))
    saturation = entry.oxygen_saturation
    if saturation is not None and is_low_oxygen(saturation, thresholds):
        found.append(VitalAlert("low_oxygen", saturation, thresholds))
    return found


def vital_alerts_for_saved_entry(entry: EntryRecord) -> list[VitalAlert]:
    """The vital-sign alerts of an entry, under the record's thresholds."""
    return vital_alerts_for(entry, load_vital_thresholds())
