"""Reminders already shown, so each one is shown once."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from caregiver_app.store.models import ReminderDelivery
from caregiver_app.store.transactions import transaction

ReminderKey = tuple[int, datetime, int]  # (appointment id, occurrence's original start, minutes)


def delivered_keys(since: datetime) -> set[ReminderKey]:
    """The reminders shown for occurrences starting at or after ``since`` (wall clock)."""
    query = ReminderDelivery.select().where(ReminderDelivery.occurrence_start >= since)
    return {(row.appointment_id, row.occurrence_start, row.minutes_before) for row in query}


def record_delivered(keys: Iterable[ReminderKey], when: datetime) -> None:
    """Remember that these reminders were shown (one transaction)."""
    rows = [
        {
            "appointment": appointment_id,
            "occurrence_start": start,
            "minutes_before": minutes,
            "delivered_at": when,
        }
        for appointment_id, start, minutes in keys
    ]
    if not rows:
        return
    with transaction():
        ReminderDelivery.insert_many(rows).on_conflict_ignore().execute()


def forget_before(when: datetime) -> None:
    """Drop the log of reminders for occurrences long past."""
    ReminderDelivery.delete().where(ReminderDelivery.occurrence_start < when).execute()
