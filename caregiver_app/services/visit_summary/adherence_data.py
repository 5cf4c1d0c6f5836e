"""The summary's scheduled doses: per medicine, how many were given on time, given late,
skipped or refused (with the reasons given) and not logged in the period.

A scheduled dose nobody answered counts as "not logged", never as given; doses still to
come (the period ending today) are not counted at all, nor are the days before the family
began the medicine log (its first answered dose): whether a dose was given before anyone
logged doses is not known, and is not counted as a dose missed. Worked out by the medication
services (``services/medication/due.dose_slots``), one query of the period's answers.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from typing import NamedTuple

from caregiver_app.services.medication.due import NOT_LOGGED, UPCOMING, dose_slots
from caregiver_app.services.medication.due import scheduled_medicines as find_scheduled
from caregiver_app.services.visit_summary.request import SummaryRequest
from caregiver_app.store.diary.medicines import MedicineRecord
from caregiver_app.store.medication.administrations import REASONS
from caregiver_app.store.medication.log_span import first_answer_at

NO_REASON = ""  # skipped or refused, and nobody said why


class DoseCounts(NamedTuple):
    """One medicine's scheduled doses in the period, by what happened to them.

    ``reasons`` are the skipped or refused doses by reason (``REASONS``, or
    ``NO_REASON``), in the order of ``REASONS``; "refused" counts a dose refused
    without another reason.
    """

    on_time: int = 0
    late: int = 0
    skipped: int = 0
    not_logged: int = 0
    reasons: tuple[tuple[str, int], ...] = ()

    @property
    def due(self) -> int:
        """Every dose that came due in the period."""
        return self.on_time + self.late + self.skipped + self.not_logged


class AdherenceSection(NamedTuple):
    """The scheduled medicines' doses in the period, by medicine id (in the list's order)."""

    counts: dict[int, DoseCounts]
    names: dict[int, str]
    # The first day counted when the log began inside the period; None: the whole period.
    counted_from: date | None = None


def adherence_section(
    request: SummaryRequest, now: datetime, medicines: list[MedicineRecord]
) -> AdherenceSection | None:
    """Count what happened to each scheduled dose from the first day to the last (or now).

    None when no medicine has a schedule set up, or no dose was ever answered.
    """
    began = first_answer_at()
    if began is None:
        return None
    first = max(request.start, began.date())
    last = min(request.end, now.date())
    if last < first:
        return None
    scheduled = find_scheduled(medicines)
    slots = dose_slots(first, last, scheduled)
    if not slots:
        return None
    states: dict[int, Counter[str]] = {}
    reasons: dict[int, Counter[str]] = {}
    names: dict[int, str] = {}
    for slot in slots:
        state = slot.state(now)
        medicine_id = slot.medicine.id
        if state == UPCOMING or medicine_id is None:
            continue
        names.setdefault(medicine_id, slot.medicine.name)
        states.setdefault(medicine_id, Counter())[state] += 1
        if state in {"skipped", "refused"} and slot.answer is not None:
            reason = slot.answer.status_reason or ("refused" if state == "refused" else NO_REASON)
            reasons.setdefault(medicine_id, Counter())[reason] += 1
    order = {reason: index for index, reason in enumerate((*REASONS, NO_REASON))}
    counts = {
        medicine_id: DoseCounts(
            on_time=found["given"],
            late=found["given_late"],
            skipped=found["skipped"] + found["refused"],
            not_logged=found[NOT_LOGGED],
            reasons=tuple(
                sorted(reasons.get(medicine_id, Counter()).items(), key=lambda pair: order[pair[0]])
            ),
        )
        for medicine_id, found in states.items()
    }
    counted_from = first if first > request.start else None
    return AdherenceSection(counts, names, counted_from) if counts else None
