"""Vital signs as trend series, apart from any chart: which were recorded, in the unit shown."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from caregiver_app.services.diary.trend_vitals import (
    recorded_vitals,
    summarise_vital,
    vital_series,
)
from caregiver_app.store.diary.entries import EntryRecord


def _day(days_ago: int, hour: int = 9) -> datetime:
    return datetime.combine(date.today() - timedelta(days=days_ago), time(hour, 0))


def _entries() -> list[EntryRecord]:
    return [
        EntryRecord(_day(1), scores={"pain": 3}, temperature_c=38.4, pulse_bpm=104),
        EntryRecord(_day(3), temperature_c=37.1, pulse_bpm=82),
        EntryRecord(_day(5), temperature_c=36.8),
        EntryRecord(_day(40), weight_kg=61.5),
    ]


def test_the_series_apart_from_the_chart():
    entries = _entries()
    assert recorded_vitals(entries) == ["temperature_c", "pulse_bpm", "weight_kg"]
    assert recorded_vitals([EntryRecord(_day(1), scores={"pain": 2})]) == []
    series = vital_series(entries, "temperature_c", us_units=False)
    assert [point.score for point in series] == [36.8, 37.1, 38.4]  # oldest first
    stats = summarise_vital(series)
    assert stats is not None and stats.readings == 3
    assert (stats.lowest.score, stats.highest.score, stats.latest.score) == (36.8, 38.4, 38.4)
    assert summarise_vital([]) is None
    assert [p.score for p in vital_series(entries, "weight_kg", us_units=True)] == [135.6]
    assert [p.score for p in vital_series(entries, "temperature_c", us_units=True)] == [
        98.2,
        98.8,
        101.1,
    ]
