"""The queries the visit summary needs beyond the diary's, the calendar's and the questions' own."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from peewee import fn

from caregiver_app.esas import SCORE_FIELDS
from caregiver_app.store.models import (
    BreakthroughDose,
    DiaryEntry,
    Medicine,
    Tracker,
    TrackerScore,
)
from caregiver_app.store.plain_rows import tuples_of

# Saving a new medicine stamps created_at and updated_at a moment apart.
_EDIT_GRACE = timedelta(minutes=1)


def medicines_edited_between(start: datetime, end: datetime) -> dict[int, datetime]:
    """Medicine id -> when it was last edited, for edits in [start, end) after it was added."""
    query = Medicine.select(Medicine.id, Medicine.created_at, Medicine.updated_at).where(
        Medicine.updated_at >= start, Medicine.updated_at < end
    )
    return {
        row.id: row.updated_at
        for row in query
        if row.created_at is None or row.updated_at - row.created_at > _EDIT_GRACE
    }


def medicines_added_between(start: datetime, end: datetime) -> dict[int, datetime]:
    """Medicine id -> when its row was added to the app's list, for those added in [start,
    end): the day the family typed it in, not a start date, which only they can give."""
    query = Medicine.select(Medicine.id, Medicine.created_at).where(
        Medicine.created_at >= start, Medicine.created_at < end
    )
    return {row.id: row.created_at for row in query}


def covered_days(start: date, end: date, today: date) -> tuple[date, date] | None:
    """The days from ``start`` to ``end`` that the diary covers; None if it covers none.

    From ``start``, or the first day with a diary entry or breakthrough dose if that
    is later, to ``end``, or today (or the last such day) if that is sooner. So a
    summary "from 1900" has as many days to lay out as the record has, whatever the
    calendar says; a period within the record's days is covered whole. Four lookups
    in the time indexes, whatever the record's size.
    """
    found = [
        query.scalar()
        for query in (
            DiaryEntry.select(fn.MIN(DiaryEntry.recorded_at)),
            DiaryEntry.select(fn.MAX(DiaryEntry.recorded_at)),
            BreakthroughDose.select(fn.MIN(BreakthroughDose.given_at)),
            BreakthroughDose.select(fn.MAX(BreakthroughDose.given_at)),
        )
    ]
    moments = [moment for moment in found if moment is not None]
    if not moments:
        return None
    first = max(start, min(moments).date())
    last = min(end, max(today, max(moments).date()))
    return (first, last) if first <= last else None


def score_averages(start: datetime, end: datetime) -> dict[str, float]:
    """The average of every score rated in [start, end), computed by SQLite.

    Keys as the summary's table rows have them: each ESAS-r field, ``other:`` and the
    other problem's name (spaces folded, case folded), ``tracker:`` and the tracker's
    name. What was never rated in the period has no key. The summary's "change" column
    needs these and nothing else of the period before, so its entries are never read.
    """
    in_period = (DiaryEntry.recorded_at >= start) & (DiaryEntry.recorded_at < end)
    columns = []
    for name in SCORE_FIELDS:
        column = getattr(DiaryEntry, name)
        columns += [fn.SUM(column), fn.COUNT(column)]
    row = next(tuples_of(DiaryEntry.select(*columns).where(in_period)))
    averages = {
        name: row[2 * index] / row[2 * index + 1]
        for index, name in enumerate(SCORE_FIELDS)
        if row[2 * index + 1]
    }
    others: dict[str, list[float]] = {}
    query = (
        DiaryEntry.select(
            DiaryEntry.other_problem,
            fn.SUM(DiaryEntry.other_problem_score),
            fn.COUNT(DiaryEntry.other_problem_score),
        )
        .where(in_period, DiaryEntry.other_problem_score.is_null(False))
        .group_by(DiaryEntry.other_problem)
    )
    for name, total, count in tuples_of(query):
        folded = " ".join((name or "").split()).casefold()
        if folded and count:
            sums = others.setdefault(folded, [0.0, 0.0])
            sums[0] += total
            sums[1] += count
    averages.update({f"other:{name}": total / count for name, (total, count) in others.items()})
    trackers = (
        TrackerScore.select(Tracker.name, fn.AVG(TrackerScore.score))
        .join(Tracker)
        .switch(TrackerScore)
        .join(DiaryEntry)
        .where(in_period)
        .group_by(Tracker.name)
    )
    averages.update({f"tracker:{name}": float(average) for name, average in tuples_of(trackers)})
    return averages
