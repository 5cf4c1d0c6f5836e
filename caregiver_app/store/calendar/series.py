"""One date of a series changed, cancelled, or the series ended or split from a date."""

from __future__ import annotations

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
