"""The summary's symptoms: a row per symptom rated in the period, and which ones to chart."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from typing import NamedTuple

from caregiver_app.esas import BAND_MODERATE, BAND_SEVERE, SCORE_FIELDS, band
from caregiver_app.services.diary.trend_series import (
    TRACKER_PREFIX,
    TrendPoint,
    build_series,
    doses_for,
    summarise,
)
from caregiver_app.services.visit_summary.request import (
    MAX_CHARTS,
    MEANINGFUL_CHANGE,
    OTHER_PREFIX,
    SummaryRequest,
)
from caregiver_app.store.diary.doses import DoseRecord
from caregiver_app.store.diary.entries import EntryRecord


class SymptomRow(NamedTuple):
    """One line of the ESAS-r table.

    ``key`` is the ESAS-r field, ``other:NAME`` or ``tracker:NAME``; ``change`` is this
    period's average minus the previous period's, None when either has no score.
    """

    key: str
    name: str
    scores: int  # how many scores in the period
    latest: int | None
    latest_at: datetime | None
    average: float | None
    highest: int | None
    previous_average: float | None
    change: float | None

    @property
    def is_esas(self) -> bool:
        """One of the nine ESAS-r items (not "other problem" or a family's tracker)."""
        return self.key in SCORE_FIELDS


class SymptomChart(NamedTuple):
    """The scores and breakthrough doses one trend chart shows."""

    key: str
    points: tuple[TrendPoint, ...]
    doses: tuple[datetime, ...]


class SymptomsSection(NamedTuple):
    """The ESAS-r table, who completed the entries, and the charts."""

    entry_count: int
    completed_by: tuple[tuple[str, int], ...]  # (who, entries), most first
    rows: tuple[SymptomRow, ...]
    charts: tuple[SymptomChart, ...]
    previous: tuple[date, date]
    span: tuple[datetime, datetime] | None = None  # what the charts cover (None: the period)


def _other_series(entries: list[EntryRecord], name: str) -> list[TrendPoint]:
    wanted = name.casefold()
    return [
        TrendPoint(entry.recorded_at, entry.other_problem_score)
        for entry in entries
        if entry.other_problem_score is not None
        and " ".join(entry.other_problem.split()).casefold() == wanted
    ]


def _series(entries: list[EntryRecord], key: str) -> list[TrendPoint]:
    if key.startswith(OTHER_PREFIX):
        return _other_series(entries, key[len(OTHER_PREFIX) :])
    return build_series(entries, key)


def _row_keys(entries: list[EntryRecord]) -> list[tuple[str, str]]:
    """(key, name): the nine items, then each named other problem, then each tracker."""
    keys = [(name, name) for name in SCORE_FIELDS]
    others: dict[str, str] = {}
    trackers: dict[str, str] = {}
    for entry in entries:
        other = " ".join(entry.other_problem.split())
        if other and entry.other_problem_score is not None:
            others.setdefault(other.casefold(), other)
        for tracker in entry.trackers:
            trackers.setdefault(tracker.casefold(), tracker)
    keys += [(OTHER_PREFIX + name, name) for name in others.values()]
    keys += [(TRACKER_PREFIX + name, name) for name in trackers.values()]
    return keys


def previous_key(key: str) -> str:
    """A row's key as :func:`~caregiver_app.store.summary_queries.score_averages` has it."""
    if key.startswith(OTHER_PREFIX):
        return OTHER_PREFIX + " ".join(key[len(OTHER_PREFIX) :].split()).casefold()
    return key


def symptom_rows(entries: list[EntryRecord], previous: dict[str, float]) -> list[SymptomRow]:
    """The table's rows; a named problem or tracker appears only when scored in the period.

    ``previous`` are the averages of the period before (``score_averages``).
    """
    rows = []
    for key, name in _row_keys(entries):
        stats = summarise(_series(entries, key))
        before = previous.get(previous_key(key))
        change = None
        if stats.average is not None and before is not None:
            change = round(stats.average, 1) - round(before, 1)
        rows.append(
            SymptomRow(
                key=key,
                name=name,
                scores=stats.scores,
                latest=int(stats.latest.score) if stats.latest else None,
                latest_at=stats.latest.at if stats.latest else None,
                average=stats.average,
                highest=int(stats.highest.score) if stats.highest else None,
                previous_average=before,
                change=round(change, 1) if change is not None else None,
            )
        )
    return rows


def _bands(row: SymptomRow) -> set[str | None]:
    """The Selby bands of the row's latest score and of its average (rounded)."""
    scores = [row.latest, round(row.average) if row.average is not None else None]
    return {band(score) for score in scores if score is not None}


def charted_rows(
    rows: list[SymptomRow], dosed: frozenset[str] = frozenset(), limit: int = MAX_CHARTS
) -> list[SymptomRow]:
    """The ESAS-r items to chart, at most ``limit``, shown in the scale's own order.

    Those in the moderate or severe band (Selby et al., J Pain Symptom Manage 2010:
    4-6 moderate, 7-10 severe), by their latest score or their average: severe ones
    first, then those ``dosed`` (breakthrough doses were given for them, so the chart
    shows the doses beside the scores), then the highest average. The item whose
    average changed most is always among them when it changed by a meaningful amount.
    """
    scored = [row for row in rows if row.is_esas and row.scores]
    ranked = sorted(
        (row for row in scored if _bands(row) & {BAND_MODERATE, BAND_SEVERE}),
        key=lambda row: (
            BAND_SEVERE not in _bands(row),
            row.key not in dosed,
            -(row.average or 0),
        ),
    )
    changes = [(abs(row.change), row) for row in scored if row.change is not None]
    if changes:
        size, most = max(changes, key=lambda pair: pair[0])
        if size >= MEANINGFUL_CHANGE and most not in ranked[: limit - 1]:
            ranked = [*ranked[: limit - 1], most]
    chosen = {row.key for row in ranked[:limit]}
    return [row for row in scored if row.key in chosen]


def symptoms_section(
    request: SummaryRequest,
    entries: list[EntryRecord],
    doses: list[DoseRecord],
    days: tuple[date, date] | None,
    previous_averages: dict[str, float],
) -> SymptomsSection:
    """The symptom section: its rows against ``previous_averages`` (those of the period just
    before), its charts, who completed it."""
    previous = request.previous()
    rows = symptom_rows(entries, previous_averages)
    charts = tuple(
        SymptomChart(
            key=row.key,
            points=tuple(_series(entries, row.key)),
            doses=tuple(doses_for(doses, row.key)),
        )
        for row in charted_rows(rows, frozenset(dose.symptom for dose in doses))
    )
    who = Counter(entry.completed_by for entry in entries)
    return SymptomsSection(
        entry_count=len(entries),
        completed_by=tuple(who.most_common()),
        rows=tuple(rows),
        charts=charts,
        previous=previous,
        span=SummaryRequest(*days).bounds() if days else None,
    )
