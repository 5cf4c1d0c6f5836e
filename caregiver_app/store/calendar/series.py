"""One date of a series changed, cancelled, or the series ended or split from a date."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime

from caregiver_app.store.calendar import recurrence
from caregiver_app.store.calendar.appointments import (
    delete_appointment,
    get_appointment,
    save_appointment,
)
from caregiver_app.store.calendar.planned_questions import dates_from
from caregiver_app.store.calendar.records import AppointmentRecord, OccurrenceChange
from caregiver_app.store.transactions import transaction


def change_occurrence(
    appointment_id: int, change: OccurrenceChange, planned: AppointmentRecord | None = None
) -> None:
    """Give one date of a series its own values (or cancel it), in one transaction.

    With ``planned`` (the form for that date), the series' questions and the dates they
    are planned for become those of ``planned``.
    """
    with transaction():
        record = get_appointment(appointment_id)
        if record is None:
            return
        others = [c for c in record.changes if c.original_start != change.original_start]
        record = replace(record, changes=[*others, change])
        if planned is not None:
            record = replace(
                record,
                question_ids=list(planned.question_ids),
                question_dates=dict(planned.question_dates),
            )
        save_appointment(record)


def _pattern(record: AppointmentRecord) -> dict[str, str]:
    parts = recurrence.parse_rule(record.rrule)
    parts.pop("COUNT", None)
    parts.pop("UNTIL", None)
    return parts


def _same_visits(
    before: AppointmentRecord, after: AppointmentRecord, starts: Iterable[datetime]
) -> dict[datetime, datetime]:
    """Each of ``starts`` (dates of ``before``) as the same visit of ``after``: the first
    as the first, the third as the third; a visit past the end of ``after`` is left out."""
    wanted = sorted(set(starts))
    places: dict[datetime, int] = {}
    for place, when in enumerate(recurrence.iterate(before.rrule, before.starts_at)):
        if when > wanted[-1]:
            break
        if when in wanted:
            places[when] = place
    needed = {place: when for when, place in places.items()}
    found: dict[datetime, datetime] = {}
    if not needed:
        return found
    last = max(needed)
    for place, when in enumerate(recurrence.iterate(after.rrule, after.starts_at)):
        if place > last:
            break
        if place in needed:
            found[needed[place]] = when
    return found


def _moved_change(
    change: OccurrenceChange, start: datetime, before: AppointmentRecord, after: AppointmentRecord
) -> OccurrenceChange:
    """``change`` as the visit of ``after`` that starts at ``start``. A visit whose notes
    alone were changed was at the series' time: it moves with the series."""
    at_series_time = change.starts_at == change.original_start and change.ends_at == (
        change.original_start + before.duration if before.duration is not None else None
    )
    if not at_series_time:
        return replace(change, original_start=start)
    duration = after.duration
    return replace(
        change,
        original_start=start,
        starts_at=start,
        ends_at=start + duration if duration is not None else None,
    )


def carry_changes(before: AppointmentRecord, after: AppointmentRecord) -> AppointmentRecord:
    """``after`` (every visit of the series edited) with the dates changed or cancelled one
    by one kept on the same visits: the third visit, cancelled, stays cancelled when the
    series moves from 2 pm to 3 pm or to the next day, and a visit moved to its own time
    keeps it. Questions planned for a date go with their visit too.

    Only when the series repeats as before (its end may change); a new pattern has other
    visits, and the store drops the dates it no longer has.
    """
    if (
        not before.rrule
        or not after.rrule
        or before.all_day != after.all_day
        or before.starts_at == after.starts_at
        or _pattern(before) != _pattern(after)
    ):
        return after
    keys = [change.original_start for change in after.changes]
    keys += [start for start in after.question_dates.values() if start is not None]
    if not keys:
        return after
    moved = _same_visits(before, after, keys)
    return replace(
        after,
        changes=[
            _moved_change(change, moved[change.original_start], before, after)
            for change in after.changes
            if change.original_start in moved
        ],
        question_dates={
            question_id: moved[start]
            for question_id, start in after.question_dates.items()
            if start in moved
        },
    )


def save_series(record: AppointmentRecord) -> int:
    """Save an appointment, or every visit of a series with its own dates kept on their
    visits (:func:`carry_changes`), in one transaction; its id."""
    with transaction():
        before = get_appointment(record.id) if record.id is not None else None
        return save_appointment(carry_changes(before, record) if before else record)


def cancel_occurrence(appointment_id: int, original_start: datetime) -> None:
    """Take one date out of a series (iCalendar's EXDATE)."""
    change_occurrence(appointment_id, OccurrenceChange(original_start, cancelled=True))


def end_series_before(appointment_id: int, original_start: datetime) -> None:
    """Delete this date and the following ones; a series cut at its first date is deleted."""
    with transaction():
        record = get_appointment(appointment_id)
        if record is None:
            return
        if original_start <= record.starts_at:
            delete_appointment(appointment_id)
            return
        save_appointment(
            replace(record, rrule=recurrence.ending_before(record.rrule, original_start))
        )


def split_series(
    appointment_id: int, original_start: datetime, following: AppointmentRecord
) -> int:
    """ "This and following": end the series before ``original_start`` and save ``following``
    (a new series from that date, whose rule ends where the old one did); return its id.
    """
    with transaction():
        record = get_appointment(appointment_id)
        if record is None:
            raise LookupError(appointment_id)
        if original_start <= record.starts_at:  # from the first date: the whole series
            return save_appointment(replace(following, id=appointment_id, uid=record.uid))
        later = [c for c in record.changes if c.original_start >= original_start]
        shift = following.starts_at - original_start
        moved = [
            replace(
                change,
                original_start=change.original_start + shift,
                starts_at=change.starts_at + shift if change.starts_at else None,
                ends_at=change.ends_at + shift if change.ends_at else None,
            )
            for change in later
        ]
        # Questions planned for a date from here on go with it; those for the whole
        # series go to the new one if the form kept them ticked.
        dates = dates_from(record, original_start, shift)
        whole = [q for q in following.question_ids if q not in following.question_dates]
        end_series_before(appointment_id, original_start)
        return save_appointment(
            replace(
                following,
                id=None,
                uid="",
                changes=moved,
                question_ids=sorted({*whole, *dates}),
                question_dates=dates,
            )
        )


def following_rule(record: AppointmentRecord, original_start: datetime) -> str:
    """The rule a series split at ``original_start`` continues with."""
    return recurrence.continuing_from(record.rrule, record.starts_at, original_start)
