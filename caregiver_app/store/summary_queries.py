"""The queries the visit summary needs beyond the diary's, the calendar's and the questions' own."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from peewee import fn

from caregiver_app.store.models import BreakthroughDose, DiaryEntry, Medicine

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
