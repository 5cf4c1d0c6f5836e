"""The digest's own figures: the hours breakthrough doses cluster in, the alerts raised in the
period, and which diary notes the default summary keeps."""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import NamedTuple

from caregiver_app.esas import SCORE_FIELDS
from caregiver_app.services.diary.alerts import AlertSettings
from caregiver_app.services.diary.vital_thresholds import VitalThresholds, is_fever, is_low_oxygen
from caregiver_app.services.visit_summary.listed_lines import NoteLine
from caregiver_app.store.diary.entries import EntryRecord

CLUSTER_HOURS = 3  # "mostly between 2 and 5 am": the busiest three hours of the day


class DoseHours(NamedTuple):
    """Breakthrough doses by hour of the day, and the busiest ``CLUSTER_HOURS`` hours.

    ``busiest`` is (first hour, count) of the window of hours with the most doses
    (wrapping past midnight); None when there were no doses, or when a window apart from
    it held as many (doses spread over the day have no "most often" hours to name).
    """

    by_hour: tuple[int, ...]
    busiest: tuple[int, int] | None

    @property
    def total(self) -> int:
        """Every dose counted."""
        return sum(self.by_hour)


def dose_hours(times: Iterable[datetime]) -> DoseHours:
    """Count doses by hour and find the busiest run of ``CLUSTER_HOURS`` hours."""
    counts = Counter(at.hour for at in times)
    by_hour = tuple(counts.get(hour, 0) for hour in range(24))
    if not any(by_hour):
        return DoseHours(by_hour, None)
    windows = [
        (sum(by_hour[(first + step) % 24] for step in range(CLUSTER_HOURS)), -first)
        for first in range(24)
    ]
    count, first = max(windows)
    first = -first
    for other, start in windows:
        apart = min((-start - first) % 24, (first + start) % 24) >= CLUSTER_HOURS
        if other == count and apart:
            return DoseHours(by_hour, None)
    return DoseHours(by_hour, (first, count))


class AlertCount(NamedTuple):
    """The alerts of one kind for one symptom or vital sign raised in the period.

    ``kind`` is "severe" or "rise" (an ESAS-r ``key``), "fever" or "low_oxygen" (a
    vital sign); ``worst`` is the highest score or temperature, or the lowest
    saturation; ``latest`` when the last one was raised.
    """

    kind: str
    key: str
    times: int  # how many times it was raised
    worst: float
    latest: datetime


class AlertsSection(NamedTuple):
    """The alerts the diary raised in the period, as its banner raised them."""

    counts: tuple[AlertCount, ...]
    settings: AlertSettings
    entries_with_alerts: int


class _Window:
    """Each ESAS-r item's scores over the last ``days`` before a moment: a moving average."""

    def __init__(self, days: int) -> None:
        self.span = timedelta(days=days)
        self.queue: deque[EntryRecord] = deque()
        self.sums = dict.fromkeys(SCORE_FIELDS, 0)
        self.counts = dict.fromkeys(SCORE_FIELDS, 0)

    def add(self, entry: EntryRecord) -> None:
        self.queue.append(entry)
        for name in SCORE_FIELDS:
            score = entry.scores.get(name)
            if score is not None:
                self.sums[name] += score
                self.counts[name] += 1

    def average_before(self, at: datetime) -> dict[str, float]:
        """The averages of [at - days, at), as ``alerts_for_saved_entry`` compares."""
        while self.queue and self.queue[0].recorded_at < at - self.span:
            old = self.queue.popleft()
            for name in SCORE_FIELDS:
                score = old.scores.get(name)
                if score is not None:
                    self.sums[name] -= score
                    self.counts[name] -= 1
        return {
            name: self.sums[name] / self.counts[name] for name in SCORE_FIELDS if self.counts[name]
        }


def alerts_section(
    earlier: Sequence[EntryRecord],
    entries: Sequence[EntryRecord],
    settings: AlertSettings,
    thresholds: VitalThresholds,
) -> AlertsSection:
    """The alerts ``entries`` raised, each against the entries of the days before it.

    ``earlier`` are the entries before the period (at least ``settings.baseline_days``
    of them), oldest first, so the first days of the period have their baseline.
    """
    window = _Window(settings.baseline_days)
    found: dict[tuple[str, str], list[tuple[float, datetime]]] = {}
    flagged = 0
    pending = deque(earlier)
    for entry in entries:
        while pending and pending[0].recorded_at < entry.recorded_at:
            window.add(pending.popleft())
        baseline = window.average_before(entry.recorded_at)
        raised = []
        for name in SCORE_FIELDS:
            score = entry.scores.get(name)
            if score is None:
                continue
            if score >= settings.severe_at:
                raised.append(("severe", name, float(score)))
            elif name in baseline and score - baseline[name] >= settings.rise_by:
                raised.append(("rise", name, float(score)))
        if entry.temperature_c is not None and is_fever(entry.temperature_c, thresholds):
            raised.append(("fever", "temperature_c", entry.temperature_c))
        saturation = entry.oxygen_saturation
        if saturation is not None and is_low_oxygen(saturation, thresholds):
            raised.append(("low_oxygen", "oxygen_saturation", float(saturation)))
        for kind, key, value in raised:
            found.setdefault((kind, key), []).append((value, entry.recorded_at))
        flagged += bool(raised)
        pending.append(entry)  # the entry counts in the baseline of those after it
    order = {kind: index for index, kind in enumerate(("severe", "rise", "fever", "low_oxygen"))}
    fields = {name: index for index, name in enumerate(SCORE_FIELDS)}
    counts = [
        AlertCount(
            kind=kind,
            key=key,
            times=len(items),
            worst=min(v for v, _at in items) if kind == "low_oxygen" else max(v for v, _ in items),
            latest=max(at for _v, at in items),
        )
        for (kind, key), items in found.items()
    ]
    counts.sort(key=lambda item: (order[item.kind], -item.times, fields.get(item.key, 99)))
    return AlertsSection(tuple(counts), settings, flagged)


def severe_days(entries: Iterable[EntryRecord], severe_at: int) -> set[date]:
    """The days with an ESAS-r score at or over ``severe_at``."""
    return {
        entry.recorded_at.date()
        for entry in entries
        if any((entry.scores.get(name) or 0) >= severe_at for name in SCORE_FIELDS)
    }


def digest_notes(
    entries: Iterable[EntryRecord], severe: set[date], team_only: bool
) -> list[NoteLine]:
    """The notes the default summary shows, newest first: those marked for the team, and
    (unless ``team_only``) those written on a day in ``severe``."""
    notes = [
        NoteLine(entry.recorded_at, entry.note.strip(), entry.for_team)
        for entry in entries
        if entry.note.strip()
        and (entry.for_team or (not team_only and entry.recorded_at.date() in severe))
    ]
    return sorted(notes, key=lambda note: note.at, reverse=True)
