"""The family's questions for the care team: plain records in and out, one transaction per change.

A question is open until it is answered (``answered_at`` is set) or deleted. Open
questions keep the order the family gives them (``position``). The calendar's
appointment form and the visit summary use :func:`open_questions` to list what to
ask the people attending. A question may be planned for an appointment, and for a
repeating one, for one of its dates (``occurrence_start``).
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Iterable
from datetime import datetime
from typing import Any, NamedTuple

from peewee import JOIN, ModelSelect, fn
from PySide6.QtCore import QCoreApplication

from caregiver_app.store.calendar.visit_keys import visit_named
from caregiver_app.store.errors import InvalidValueError
from caregiver_app.store.home_clock import home_now
from caregiver_app.store.models import Appointment, Contact, Question
from caregiver_app.store.plain_rows import rows_of, tuples_of
from caregiver_app.store.transactions import delete_row, transaction


class QuestionRecord(NamedTuple):
    """One question as plain values. ``id`` is None until saved.

    ``occurrence_start`` says which date of a repeating appointment it is planned for
    (the start the series' rule gives that visit); None for a single appointment, or
    for any date of the series. ``contact_name``, ``contact_role``,
    ``appointment_title`` and ``appointment_starts_at`` (that date, else the
    appointment's first) are filled in when read, for display; saving ignores them.
    """

    text: str
    ask_role: str = ""  # a role name from services.roles.ROLES, or one the family typed
    ask_contact_id: int | None = None
    article: str = ""  # the Learn article it came from: its file name without .md
    appointment_id: int | None = None
    occurrence_start: datetime | None = None
    position: int = 0
    created_at: datetime | None = None
    answer: str = ""
    answered_at: datetime | None = None
    id: int | None = None
    contact_name: str = ""
    contact_role: str = ""
    appointment_title: str = ""
    appointment_starts_at: datetime | None = None

    @property
    def is_open(self) -> bool:
        """True until the team has answered it."""
        return self.answered_at is None


def _query() -> ModelSelect[Question]:
    """A question's columns, then its contact's and its appointment's (read as plain rows:
    a list of open questions built as linked model objects cost more than its SQL)."""
    return (
        Question.select(
            Question.id,
            Question.text,
            Question.ask_role,
            Question.ask_contact,
            Question.article,
            Question.appointment,
            Question.occurrence_start,
            Question.position,
            Question.created_at,
            Question.answer,
            Question.answered_at,
            Contact.name,
            Contact.role,
            Appointment.title,
            Appointment.starts_at,
            Appointment.rrule,
        )
        .join(Contact, JOIN.LEFT_OUTER, on=(Question.ask_contact == Contact.id))
        .switch(Question)
        .join(Appointment, JOIN.LEFT_OUTER, on=(Question.appointment == Appointment.id))
    )


def _record(row: tuple[Any, ...]) -> QuestionRecord:
    """The record of one row of :func:`_query`."""
    (
        question_id,
        text,
        ask_role,
        ask_contact_id,
        article,
        appointment_id,
        occurrence_start,
        position,
        created_at,
        answer,
        answered_at,
        contact_name,
        contact_role,
        title,
        starts_at,
        rrule,
    ) = row
    # A contact or an appointment the question names but the join did not find (every
    # column of it empty) is none: its name and title are read as empty.
    has_contact = bool(ask_contact_id) and (contact_name, contact_role) != (None, None)
    has_appointment = bool(appointment_id) and (title, starts_at, rrule) != (None, None, None)
    planned: datetime | None = None
    if has_appointment:
        planned = occurrence_start
        if occurrence_start is not None and rrule:
            # A date kept under a start its series no longer has (moved on another
            # computer) is that day's visit.
            planned = visit_named(rrule, starts_at, occurrence_start)
    return QuestionRecord(
        id=question_id,
        text=text,
        ask_role=ask_role,
        ask_contact_id=ask_contact_id,
        article=article,
        appointment_id=appointment_id,
        occurrence_start=planned,
        position=position,
        created_at=created_at,
        answer=answer,
        answered_at=answered_at,
        contact_name=contact_name if has_contact else "",
        contact_role=contact_role if has_contact else "",
        appointment_title=title if has_appointment else "",
        appointment_starts_at=(planned or starts_at) if has_appointment else None,
    )


def _open_order(query: ModelSelect[Question]) -> ModelSelect[Question]:
    return query.order_by(Question.position, Question.created_at, Question.id)


def open_question_plans() -> list[tuple[int | None, datetime | None]]:
    """(appointment id, date of a series it is planned for) of each open question, as
    kept: enough to count those waiting for a visit, without reading whole questions."""
    query = Question.select(Question.appointment, Question.occurrence_start)
    return list(tuples_of(query.where(Question.answered_at.is_null())))


def list_questions(include_answered: bool = False) -> list[QuestionRecord]:
    """Open questions in the family's order, then (if asked) answered ones, newest answer first."""
    open_ones = _open_order(_query().where(Question.answered_at.is_null()))
    records = [_record(row) for row in rows_of(open_ones)]
    if include_answered:
        answered = (
            _query()
            .where(Question.answered_at.is_null(False))
            .order_by(Question.answered_at.desc(), Question.id.desc())
        )
        records += [_record(row) for row in rows_of(answered)]
    return records


def open_questions(
    roles: Iterable[str] | None = None,
    contact_ids: Iterable[int] | None = None,
    appointment_id: int | None = None,
    include_unassigned: bool = True,
    occurrence_start: datetime | None = None,
) -> list[QuestionRecord]:
    """Open questions for the people attending a visit, in the family's order.

    With no arguments, every open question. Otherwise a question is included when
    it is asked of one of ``roles`` (compared without case), of one of
    ``contact_ids``, of a contact whose role is one of ``roles``, or is planned for
    ``appointment_id``; and, if ``include_unassigned``, when it names no one at all
    (it can be asked at any visit). With ``occurrence_start`` (one date of a repeating
    appointment), a question planned for another date of it is left out, even when it
    is asked of someone attending: it waits for its own date.
    """
    query = _query().where(Question.answered_at.is_null())
    if roles is not None or contact_ids is not None or appointment_id is not None:
        role_keys = sorted({role.strip().casefold() for role in roles or () if role.strip()})
        ids = sorted(set(contact_ids or ()))
        wanted = []
        if role_keys:
            wanted.append(fn.lower(fn.trim(Question.ask_role)).in_(role_keys))
            wanted.append(fn.lower(fn.trim(Contact.role)).in_(role_keys))
        if ids:
            wanted.append(Question.ask_contact.in_(ids))
        if appointment_id is not None:
            wanted.append(Question.appointment == appointment_id)
        if include_unassigned:
            wanted.append((Question.ask_role == "") & Question.ask_contact.is_null())
        if not wanted:
            return []
        query = query.where(functools.reduce(operator.or_, wanted))
    found = [_record(row) for row in rows_of(_open_order(query))]
    if appointment_id is not None and occurrence_start is not None:
        # Compared once read: the date kept may be an old start of the same visit.
        found = [
            question
            for question in found
            if question.appointment_id != appointment_id
            or question.occurrence_start in (None, occurrence_start)
        ]
    return found


def get_question(question_id: int) -> QuestionRecord | None:
    """One question, or None if it is gone."""
    rows = rows_of(_query().where(Question.id == question_id).limit(1))
    return _record(rows[0]) if rows else None


def validate_question(record: QuestionRecord) -> None:
    """Raise InvalidValueError for what the record cannot hold."""
    if not record.text.strip():
        raise InvalidValueError(
            "text", QCoreApplication.translate("Store", "Please write the question.")
        )


def _values(record: QuestionRecord) -> dict:
    return {
        "text": record.text.strip(),
        "ask_role": record.ask_role.strip(),
        "ask_contact": record.ask_contact_id,
        "article": record.article.strip(),
        "appointment": record.appointment_id,
        "occurrence_start": record.occurrence_start if record.appointment_id is not None else None,
        "answer": record.answer.strip(),
        "answered_at": record.answered_at,
    }


def save_question(record: QuestionRecord) -> int:
    """Insert or update ``record`` in one transaction; return its id.

    A new question goes to the end of the open list. A record whose id no longer
    exists is inserted again under that id and at its old place, which is how an
    undone delete comes back.
    """
    validate_question(record)
    values = _values(record)
    with transaction():
        if record.id is not None and Question.get_or_none(Question.id == record.id) is not None:
            Question.update(**values).where(Question.id == record.id).execute()
            return record.id
        if record.id is None:
            highest = Question.select(fn.MAX(Question.position)).scalar()
            position = 0 if highest is None else highest + 1
        else:
            position = record.position
        extra = {"id": record.id} if record.id is not None else {}
        return Question.insert(
            position=position,
            created_at=record.created_at or home_now(),
            **values,
            **extra,
        ).execute()


def delete_question(question_id: int) -> QuestionRecord | None:
    """Delete a question; return what was deleted, so it can be undone."""
    return delete_row(Question, question_id, get_question)


def answer_question(question_id: int, answer: str, when: datetime | None = None) -> None:
    """Mark a question answered, with the answer as the family wrote it down."""
    with transaction():
        Question.update(answer=answer.strip(), answered_at=when or home_now()).where(
            Question.id == question_id
        ).execute()


def reopen_question(question_id: int) -> None:
    """Put an answered question back on the open list, keeping the answer written so far."""
    with transaction():
        Question.update(answered_at=None).where(Question.id == question_id).execute()


def move_question(question_id: int, steps: int) -> bool:
    """Move an open question ``steps`` places (negative is up); False if it cannot move."""
    with transaction():
        ids = [
            row.id
            for row in _open_order(
                Question.select(Question.id).where(Question.answered_at.is_null())
            )
        ]
        if question_id not in ids:
            return False
        old = ids.index(question_id)
        new = max(0, min(len(ids) - 1, old + steps))
        if new == old:
            return False
        ids.insert(new, ids.pop(old))
        _renumber(ids)
        return True


def _renumber(ids: list[int]) -> None:
    for position, question_id in enumerate(ids):
        Question.update(position=position).where(Question.id == question_id).execute()
