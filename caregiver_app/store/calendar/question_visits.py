"""The visits a question can be planned for: each coming date of a repeating one on its own.

Also which open questions wait for a given visit: those planned for a later visit wait
for that one instead (:func:`waiting_for`), so Today's count and the visit summary's
list leave them out alike.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from caregiver_app.store.calendar import time_zones
from caregiver_app.store.calendar.appointments import get_appointment
from caregiver_app.store.calendar.occurrences import occurrences_between
from caregiver_app.store.calendar.records import Occurrence
from caregiver_app.store.questions import QuestionRecord

HORIZON = timedelta(days=366)  # the next twelve months
PER_SERIES = 12  # dates offered of one series: three months of a weekly visit
LIMIT = 80  # dates offered in all


def visits_ahead(now: datetime) -> list[Occurrence]:
    """The visits from ``now`` over the next twelve months, soonest first: every single
    appointment, and the first ``PER_SERIES`` dates of each series (``LIMIT`` in all)."""
    kept: list[Occurrence] = []
    per_series: Counter[int] = Counter()
    for occurrence in occurrences_between(now, now + HORIZON):
        if occurrence.record.rrule:
            if per_series[occurrence.appointment_id] >= PER_SERIES:
                continue
            per_series[occurrence.appointment_id] += 1
        kept.append(occurrence)
        if len(kept) >= LIMIT:
            break
    return kept


@dataclass(frozen=True)
class PlannedVisit:
    """The visit a question is planned for, as the question form shows it."""

    starts: datetime  # this computer's time
    title: str
    whole_series: bool  # any date of a repeating appointment (planned before dates were kept)


def planned_visit(appointment_id: int, occurrence_start: datetime | None) -> PlannedVisit | None:
    """The visit of ``appointment_id`` on ``occurrence_start`` (a date of its series, past,
    moved or far ahead alike), or the appointment itself; None when it is gone."""
    record = get_appointment(appointment_id)
    if record is None:
        return None
    if occurrence_start is None or not record.rrule:
        starts = time_zones.to_local(record.starts_at, record.timezone)
        return PlannedVisit(starts, record.title, whole_series=bool(record.rrule))
    change = record.change_for(occurrence_start)
    starts = change.starts_at if change is not None and change.starts_at else occurrence_start
    title = change.title if change is not None and change.title else record.title
    return PlannedVisit(time_zones.to_local(starts, record.timezone), title, False)


def _planned_later(question: QuestionRecord, visit: Occurrence, ahead: set[int]) -> bool:
    """True when ``question`` is planned for a visit after ``visit`` (it waits for that one).

    ``ahead``: the appointments with a date after ``visit`` (a question planned for a
    whole series is asked at its next date). A question planned for a visit that is gone,
    or already past, waits for the next visit like an unplanned one.
    """
    if question.appointment_id is None:
        return False
    if question.appointment_id == visit.appointment_id and question.occurrence_start in (
        None,
        visit.original_start,
    ):
        return False
    planned = planned_visit(question.appointment_id, question.occurrence_start)
    if planned is None:
        return False
    if planned.whole_series:
        return question.appointment_id in ahead
    return planned.starts > visit.local_start


def waiting_for(visit: Occurrence | None, questions: list[QuestionRecord]) -> list[QuestionRecord]:
    """The open ``questions`` that wait for ``visit``: all but those planned for a later
    visit. With no visit on the calendar, every open question waits."""
    waiting = [question for question in questions if question.is_open]
    if visit is None or not any(question.appointment_id for question in waiting):
        return waiting
    after = visit.local_start + timedelta(seconds=1)
    ahead = {o.appointment_id for o in occurrences_between(after, after + HORIZON)}
    return [question for question in waiting if not _planned_later(question, visit, ahead)]
