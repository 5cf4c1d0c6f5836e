"""Where the medicine log begins: the first answered scheduled dose, the first as-needed dose."""

from __future__ import annotations

from datetime import datetime

from caregiver_app.store.models import Administration, BreakthroughDose


def first_answer_at() -> datetime | None:
    """The scheduled time of the earliest answered dose; None when none was answered."""
    # The column is indexed: one row is read, whatever the log's length.
    row = (
        Administration.select(Administration.scheduled_for)
        .order_by(Administration.scheduled_for)
        .first()
    )
    return None if row is None else row.scheduled_for


def first_as_needed_at() -> datetime | None:
    """When the earliest as-needed dose kept was given; None when there is none."""
    row = (
        BreakthroughDose.select(BreakthroughDose.given_at)
        .order_by(BreakthroughDose.given_at)
        .first()
    )
    return None if row is None else row.given_at
