"""The visits a question can be planned for: each coming date of a repeating one on its own.

Also which open questions wait for a given visit: those planned for a later visit wait
for that one instead (:func:`waiting_for`, :func:`count_waiting`), so Today's count and
the visit summary's list leave them out alike.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import NamedTuple

from caregiver_app.store.calendar import time_zones
from caregiver_app.store.calendar.appointments import get_appointment, get_appointments
from caregiver_app.store.calendar.occurrences import occurrences_between
from caregiver_app.store.calendar.records import AppointmentRecord, Occurrence
from caregiver_app.store.calendar.visit_keys import visits_named
from caregiver_app.store.questions import QuestionRecord, open_question_plans

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


class PlannedVisit(NamedTuple):
    """The visit a question is planned for, as the question form shows it."""

    starts: datetime  # this computer's time
    title: str
    whole_series: bool  # any date of a repeating appointment (planned before dates were kept)


def planned_visit(appointment_id: int, occurrence_start: datetime | None) -> PlannedVisit | None:
    """The visit of ``appointment_id`` on ``occurrence_start`` (a date of its series, past,
    moved or far ahead alike), or the appointment itself; None when it is gone."""
    record = get_appointment(appointment_id)
    return _visit_of(record, occurrence_start) if record is not None else None


def _visit_of(record: AppointmentRecord, occurrence_start: datetime | None) -> PlannedVisit:
    """The visit of ``record`` on ``occurrence_start``, as :func:`planned_visit`."""
    if occurrence_start is None or not record.rrule:
        starts = time_zones.to_local(record.starts_at, record.timezone)
        return PlannedVisit(starts, record.title, whole_series=bool(record.rrule))
    change = record.change_for(occurrence_start)
    starts = change.starts_at if change is not None and change.starts_at else occurrence_start
    title = change.title if change is not None and change.title else record.title
    return PlannedVisit(time_zones.to_local(starts, record.timezone), title, False)


# What a question is planned for: (appointment id, the date of a series or None).
Plan = tuple[int | None, datetime | None]


def _planned_later(
    plan: Plan,
    visit: Occurrence,
    records: dict[int, AppointmentRecord],
    ahead: Callable[[], set[int]],
) -> bool:
    """True when a question planned for ``plan`` is planned for a visit after ``visit``
    (it waits for that one).

    ``records``: the appointments questions are planned for (one gone is not there).
    ``ahead()``: the appointments with a date after ``visit`` (a question planned for a
    whole series is asked at its next date). A question planned for a visit that is gone,
    or already past, waits for the next visit like an unplanned one.
    """
    appointment_id, occurrence_start = plan
    if appointment_id is None:
        return False
    if appointment_id == visit.appointment_id and occurrence_start in (
        None,
        visit.original_start,
    ):
        return False
    record = records.get(appointment_id)
    if record is None:
        return False
    planned = _visit_of(record, occurrence_start)
    if planned.whole_series:
        return appointment_id in ahead()
    return planned.starts > visit.local_start


def _later(visit: Occurrence, plans: list[Plan], as_kept: bool) -> list[bool]:
    """For each of ``plans``, whether it is for a visit after ``visit``. The appointments
    are read once for them all, the visits ahead only when a plan needs them. With
    ``as_kept``, the dates are as the record keeps them, not yet read as the visit of that
    day (store/calendar/visit_keys.py)."""
    with time_zones.one_home_zone():  # asked once, not for each question
        records = get_appointments(sorted({plan[0] for plan in plans if plan[0] is not None}))
        if as_kept:
            plans = _read_as_visits(plans, records)
        kept: list[set[int]] = []

        def ahead() -> set[int]:
            if not kept:
                after = visit.local_start + timedelta(seconds=1)
                kept.append({o.appointment_id for o in occurrences_between(after, after + HORIZON)})
            return kept[0]

        return [_planned_later(plan, visit, records, ahead) for plan in plans]


def _read_as_visits(plans: Iterable[Plan], records: dict[int, AppointmentRecord]) -> list[Plan]:
    """``plans`` with each date of a series as questions are read (the start of that
    day's visit, store/questions.py), every series' dates worked out together."""
    plans = list(plans)
    keys: dict[int, set[datetime]] = {}
    for appointment_id, start in plans:
        if appointment_id is None or start is None:
            continue
        record = records.get(appointment_id)
        if record is not None and record.rrule:
            keys.setdefault(appointment_id, set()).add(start)
    named = {
        appointment_id: visits_named(
            records[appointment_id].rrule, records[appointment_id].starts_at, starts
        )
        for appointment_id, starts in keys.items()
    }
    return [
        (appointment_id, named[appointment_id].get(start, start))
        if appointment_id in named and start is not None
        else (appointment_id, start)
        for appointment_id, start in plans
    ]


def waiting_for(visit: Occurrence | None, questions: list[QuestionRecord]) -> list[QuestionRecord]:
    """The open ``questions`` that wait for ``visit``: all but those planned for a later
    visit. With no visit on the calendar, every open question waits."""
    waiting = [question for question in questions if question.is_open]
    if visit is None or not any(question.appointment_id for question in waiting):
        return waiting
    plans = [(question.appointment_id, question.occurrence_start) for question in waiting]
    later = _later(visit, plans, as_kept=False)
    return [
        question
        for question, planned_later in zip(waiting, later, strict=True)
        if not planned_later
    ]


def count_waiting(visit: Occurrence | None) -> int:
    """How many open questions wait for ``visit``: ``len(waiting_for(visit, every open
    question))``, reading only where each is planned for, not the questions."""
    plans = open_question_plans()
    if visit is None or not any(appointment_id for appointment_id, _ in plans):
        return len(plans)
    return sum(not planned_later for planned_later in _later(visit, plans, as_kept=True))
