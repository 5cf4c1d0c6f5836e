"""The Today page's one-key answers (Given now, Skipped) and taking them back with Undo."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import NamedTuple

from caregiver_app.services.medication.due import status_for_given
from caregiver_app.store.deleted_rows import check_ours
from caregiver_app.store.medication.administrations import (
    AdministrationRecord,
    administrations_between,
    answer_dose,
    get_administration,
    withdraw_answer,
)


class QuickAnswer(NamedTuple):
    """An answer kept, and what the dose said before it (None: it was not logged)."""

    answer_id: int
    answer: AdministrationRecord
    before: AdministrationRecord | None


def answer_now(
    medicine_id: int,
    scheduled_for: datetime,
    given: bool,
    performer: str,
    now: datetime,
    before: AdministrationRecord | None = None,
    *,
    strength: str,
) -> QuickAnswer:
    """Keep "given now by ``performer``" (late after the on-time window) or "skipped".

    A dose given keeps ``strength``, the medicine's strength on the line the caregiver
    answered: that is the dose they confirmed, whatever the list says later (a strength
    raised on another computer of the family, brought in after). A skipped dose keeps no
    reason, no one and no dose: nobody said which, nothing was given, and the answer
    dialog is where they are added.
    """
    now = now.replace(second=0, microsecond=0)
    if before is None:
        # Answered meanwhile (on another computer of the family, or in another window):
        # that answer is what an Undo gives back, not "not logged".
        kept = administrations_between(
            scheduled_for, scheduled_for + timedelta(minutes=1), medicine_id
        )
        before = kept[0] if kept else None
    if given:
        record = AdministrationRecord(
            medicine_id=medicine_id,
            scheduled_for=scheduled_for,
            status=status_for_given(scheduled_for, now),
            effective_at=now,
            performer=performer,
            dosage=strength.strip(),
        )
    else:
        record = AdministrationRecord(
            medicine_id=medicine_id, scheduled_for=scheduled_for, status="skipped"
        )
    if before is not None:
        # A change keeps what was said besides (the note): only status, time, who and the
        # dose given change. A strength unknown on the line keeps a dose said before.
        record = before._replace(
            status=record.status,
            status_reason="" if given else before.status_reason,
            effective_at=record.effective_at,
            performer=record.performer if given else "",
            dosage=(record.dosage or before.dosage) if given else "",
        )
        if record.status not in ("skipped", "refused"):
            record = record._replace(status_reason="")
    answer_id = answer_dose(record, now)
    return QuickAnswer(answer_id, get_administration(answer_id) or record, before)


def take_back(quick: QuickAnswer, now: datetime | None = None) -> QuickAnswer:
    """Undo a one-key answer: the dose reads as it did (not logged, or its earlier answer).

    Returns the answer as it read just before (with what its dialog added since: a note,
    the dose, a reason), which a Redo keeps again. An answer another computer of the family
    changed since is left as it is (:class:`~caregiver_app.store.errors.RowTakenError`).
    """
    seen = get_administration(quick.answer_id)
    if seen is not None:
        check_ours(seen)  # another computer's later answer is not overwritten
    if quick.before is None:
        withdraw_answer(quick.answer_id)
    else:
        answer_dose(quick.before._replace(id=quick.answer_id), now)
    return quick if seen is None else quick._replace(answer=seen)


def redo_answer(quick: QuickAnswer, now: datetime | None = None) -> None:
    """Keep the one-key answer again after an Undo (not over another computer's since)."""
    seen = get_administration(quick.answer_id)
    if seen is not None:
        check_ours(seen)
    answer_dose(quick.answer._replace(id=quick.answer_id), now)
