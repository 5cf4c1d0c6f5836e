"""The queries the visit summary needs beyond the diary's, the calendar's and the questions' own."""

from __future__ import annotations

from datetime import datetime, timedelta

from caregiver_app.store.models import Medicine

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
