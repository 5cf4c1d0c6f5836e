"""When a diary entry deserves the family's attention: severe scores and sharp rises.

The app reports; it never advises. An alert names the score, says why it was
flagged, and points to the person the family marked "call first for symptoms".
"""

from __future__ import annotations

from datetime import timedelta
from typing import NamedTuple

from caregiver_app.esas import SCORE_FIELDS
from caregiver_app.store.diary.entries import EntryRecord, average_scores

# Selby D et al., J Pain Symptom Manage 2010: a score of 7 or more is in the severe band.
DEFAULT_SEVERE_AT = 7
# A rise of 3 or more points over the recent average is a sharp rise (default of the
# family's settings; the team may ask for another threshold).
DEFAULT_RISE_BY = 3
DEFAULT_BASELINE_DAYS = 7


class AlertSettings(NamedTuple):
    """The thresholds in force; the family can change them in the diary's settings."""

    severe_at: int = DEFAULT_SEVERE_AT
    rise_by: int = DEFAULT_RISE_BY
    baseline_days: int = DEFAULT_BASELINE_DAYS


class Alert(NamedTuple):
    """One flagged score: "severe" (at or over the threshold) or "rise" (over the average)."""

    field: str
    score: int
    reason: str
    baseline: float | None = None


def load_alert_settings() -> AlertSettings:
    """The record's alert thresholds, or the defaults."""
    from caregiver_app.store.settings import get_setting

    def number(key: str, default: int, low: int, high: int) -> int:
        try:
            value = int(get_setting(key, str(default)))
        except ValueError:
            return default
        return value if low <= value <= high else default

    return AlertSettings(
        severe_at=number("alerts.severe_at", DEFAULT_SEVERE_AT, 1, 10),
        rise_by=number("alerts.rise_by", DEFAULT_RISE_BY, 1, 10),
        baseline_days=number("alerts.baseline_days", DEFAULT_BASELINE_DAYS, 1, 90),
    )


def save_alert_settings(settings: AlertSettings) -> None:
    """Keep the family's thresholds with the record."""
    from caregiver_app.store.settings import set_setting

    set_setting("alerts.severe_at", str(settings.severe_at))
    set_setting("alerts.rise_by", str(settings.rise_by))
    set_setting("alerts.baseline_days", str(settings.baseline_days))


def alerts_for(
    entry: EntryRecord, baseline: dict[str, float], settings: AlertSettings
) -> list[Alert]:
    """The alerts an entry raises, given each symptom's average over the days before it."""
    found = []
    for name in SCORE_FIELDS:
        score = entry.scores.get(name)
        if score is None:
            continue
        if score >= settings.severe_at:
            found.append(Alert(name, score, "severe", baseline.get(name)))
        elif name in baseline and score - baseline[name] >= settings.rise_by:
            found.append(Alert(name, score, "rise", baseline[name]))
    return found


def alerts_for_saved_entry(entry: EntryRecord) -> list[Alert]:
    """Alerts for an entry, comparing with the entries of the days before it."""
    settings = load_alert_settings()
    start = entry.recorded_at - timedelta(days=settings.baseline_days)
    return alerts_for(entry, average_scores(start, entry.recorded_at), settings)
