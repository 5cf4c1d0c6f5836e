"""The symptom trend as plain values: scores and doses over a period, and their summary."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, time, timedelta
from typing import NamedTuple

from caregiver_app.esas import SCORE_FIELDS
from caregiver_app.store.diary.doses import DoseRecord
from caregiver_app.store.diary.entries import EntryRecord

OTHER_FIELD = "other"
TRACKER_PREFIX = "tracker:"

PERIODS: dict[str, timedelta | None] = {
    "7": timedelta(days=7),
    "30": timedelta(days=30),
    "90": timedelta(days=90),
    "all": None,
}
# "Everything" never shows less than a week, so a new diary still reads as a timeline.
MIN_SPAN = timedelta(days=7)


class TrendPoint(NamedTuple):
    """One rated score, or a vital sign's reading in the unit shown, when it was recorded."""

    at: datetime
    score: float


def _score_reader(field: str) -> Callable[[EntryRecord], int | None]:
    """What reads the score of ``field`` from an entry (chosen once for a whole series)."""
    if field == OTHER_FIELD:
        return lambda entry: entry.other_problem_score
    if field.startswith(TRACKER_PREFIX):
        name = field[len(TRACKER_PREFIX) :]
        return lambda entry: entry.trackers.get(name)
    if field in SCORE_FIELDS:
        return lambda entry: entry.scores.get(field)
    raise ValueError(f"Unknown symptom field: {field!r}")


def build_series(entries: list[EntryRecord], field: str) -> list[TrendPoint]:
    """Rated scores of ``field`` (ESAS-r field, ``other`` or ``tracker:NAME``), oldest first."""
    if not entries:
        return []
    score_of = _score_reader(field)
    points = [
        TrendPoint(entry.recorded_at, score)
        for entry in entries
        if (score := score_of(entry)) is not None
    ]
    return sorted(points, key=lambda point: point.at)


def doses_for(doses: Iterable[DoseRecord], field: str) -> list[datetime]:
    """When the breakthrough doses that belong on the chart of ``field`` were given.

    A dose records which ESAS-r symptom it was for; a dose with no symptom named
    is shown on every chart, since it may have been for any of them.
    """
    wanted = {"", field} if field in SCORE_FIELDS else {""}
    return sorted(dose.given_at for dose in doses if (dose.symptom or "") in wanted)


def other_problem_names(entries: Iterable[EntryRecord]) -> list[str]:
    """The scored "other problem" names, most frequent first, each once (case ignored)."""
    counts: dict[str, list] = {}
    for entry in entries:
        name = " ".join(entry.other_problem.split())
        if name and entry.other_problem_score is not None:
            counts.setdefault(name.casefold(), [name, 0])[1] += 1
    ranked = sorted(counts.values(), key=lambda item: -item[1])
    return [name for name, _count in ranked]


class TrendStats(NamedTuple):
    """What a sentence under the chart says: how many, average, highest and latest."""

    scores: int  # how many scores
    average: float | None
    highest: TrendPoint | None  # the latest time the highest score was recorded
    latest: TrendPoint | None


def summarise(points: list[TrendPoint]) -> TrendStats:
    """Count, average, highest and latest of a series."""
    if not points:
        return TrendStats(0, None, None, None)
    ordered = sorted(points, key=lambda point: point.at)
    top = max(point.score for point in ordered)
    highest = [point for point in ordered if point.score == top][-1]
    average = sum(point.score for point in ordered) / len(ordered)
    return TrendStats(len(ordered), average, highest, ordered[-1])


def midnight(value: datetime) -> datetime:
    """The start of the day of ``value``."""
    return datetime.combine(value.date(), time())


def period_bounds(
    period: str, now: datetime, first_entry_at: datetime | None
) -> tuple[datetime, datetime]:
    """[start, end) of a period: whole days up to the end of today.

    ``"7"``, ``"30"`` and ``"90"`` are that many days including today; ``"all"``
    starts on the day of the first entry (at least a week back).
    """
    if period not in PERIODS:
        raise ValueError(f"Unknown period: {period!r}")
    end = midnight(now) + timedelta(days=1)
    length = PERIODS[period]
    if length is not None:
        return end - length, end
    start = end - MIN_SPAN
    if first_entry_at is not None:
        start = min(start, midnight(first_entry_at))
    return start, end
