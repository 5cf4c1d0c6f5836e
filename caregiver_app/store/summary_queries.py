"""The queries the visit summary needs beyond the diary's and the calendar's own.

``occurrences_between`` and ``last_appointment_before`` have the names and
arguments of the calendar's recurring-appointment queries (``store/appointments.py``);
until that module exists, these one-off versions stand in, so switching the summary
over is one import line in ``services/visit_summary_data.py``.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from caregiver_app.store.models import Appointment, Medicine
from caregiver_app.store.queries import upcoming_appointments

# Saving a new medicine stamps created_at and updated_at a moment apart.
_EDIT_GRACE = timedelta(minutes=1)


def occurrences_between(start: datetime, end: datetime) -> list[Appointment]:
    """Appointments starting in [start, end), soonest first."""
    return [item for item in upcoming_appointments(start, limit=1000) if item.starts_at < end]


def last_appointment_before(when: datetime, kind: str) -> Appointment | None:
    """The latest appointment of ``kind`` that started before ``when``, or None."""
    return (
        Appointment.select()
        .where(Appointment.kind == kind, Appointment.starts_at < when)
        .order_by(Appointment.starts_at.desc())
        .first()
    )


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
