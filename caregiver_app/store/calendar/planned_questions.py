"""The questions planned for an appointment, and for which of a series' dates.

An :class:`AppointmentRecord` carries them as ``question_ids`` (every question planned
for it) and ``question_dates`` (question id -> the start the series' rule gives the one
date it is planned for; a question not in it is for the appointment as a whole). Saving
an appointment writes both, so Edit > Undo puts back what a change took away.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from caregiver_app.store.calendar import recurrence
from caregiver_app.store.calendar.records import AppointmentRecord
from caregiver_app.store.models import Question
from caregiver_app.store.plain_rows import tuples_of


def read_links(appointment_ids: Iterable[int]) -> dict[int, dict[int, datetime | None]]:
    """Appointment id -> {question id: the date it is planned for, or None}."""
    ids = list(appointment_ids)
    links: dict[int, dict[int, datetime | None]] = {}
    if not ids:
        return links
    query = Question.select(Question.id, Question.appointment, Question.occurrence_start).where(
        Question.appointment.in_(ids)
    )
    for question_id, appointment_id, start in tuples_of(query):
        links.setdefault(appointment_id, {})[question_id] = start
    return links


def _dates_kept(record: AppointmentRecord) -> dict[int, datetime]:
    """``record.question_dates`` that are still one of its dates.

    A single appointment has no dates to choose from; a series whose rule or first date
    changed keeps the question for the series as a whole rather than for a date it no
    longer has (it is then asked at its next visit).
    """
    wanted = {
        question_id: start
        for question_id, start in record.question_dates.items()
        if question_id in record.question_ids and start is not None
    }
    if not record.rrule or not wanted:
        return {}
    low, high = min(wanted.values()), max(wanted.values()) + timedelta(seconds=1)
    valid = set(recurrence.occurrences(record.rrule, record.starts_at, low, high))
    return {question_id: start for question_id, start in wanted.items() if start in valid}


def write_links(appointment_id: int, record: AppointmentRecord) -> None:
    """Plan ``record``'s questions for this appointment (and their dates); open questions
    no longer planned for it are freed."""
    dates = _dates_kept(record)
    linked = Question.select(Question.id).where(
        (Question.appointment == appointment_id) & Question.answered_at.is_null()
    )
    freed = [row.id for row in linked if row.id not in record.question_ids]
    if freed:
        Question.update(appointment=None, occurrence_start=None).where(
            Question.id.in_(freed)
        ).execute()
    for question_id in record.question_ids:
        Question.update(appointment=appointment_id, occurrence_start=dates.get(question_id)).where(
            Question.id == question_id
        ).execute()


def dates_from(record: AppointmentRecord, split: datetime, shift: timedelta) -> dict[int, datetime]:
    """The questions planned for ``split`` or a later date of ``record``, at their dates
    moved by ``shift``: what a series continued from ``split`` takes with it."""
    return {
        question_id: start + shift
        for question_id, start in record.question_dates.items()
        if start is not None and start >= split
    }
