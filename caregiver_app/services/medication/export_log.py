"""The medicine log over a period, as the CSV and FHIR exports write it.

One entry per scheduled dose that came due (answered, or "not_logged" when nobody said)
and one per as-needed dose given. Unknown stays unknown: an unanswered dose is never
written as given, and an empty "who gave it" stays empty.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from caregiver_app.reading_order import reading_key
from caregiver_app.services.medication.due import UPCOMING, dose_slots
from caregiver_app.store.diary.doses import doses_between
from caregiver_app.store.diary.medicines import MedicineRecord, list_medicines
from caregiver_app.store.home_clock import home_now
from caregiver_app.store.medication.administrations import GIVEN_STATUSES
from caregiver_app.store.medication.log_span import first_answer_at, first_as_needed_at
from caregiver_app.store.repeated_hour import moment_key

SCHEDULED = "scheduled"
AS_NEEDED = "as_needed"


@dataclass(frozen=True)
class LogEntry:
    """One dose in the log: scheduled (with its answer) or as-needed."""

    kind: str  # SCHEDULED or AS_NEEDED
    medicine: MedicineRecord
    scheduled_for: datetime | None  # None for an as-needed dose
    status: str  # given, given_late, skipped, refused, not_logged
    status_reason: str = ""
    given_at: datetime | None = None
    performer: str = ""  # a name as typed, "patient", "nurse", or "" when nobody said
    dose: str = ""  # "" for a scheduled dose given is the dose on the medicine list
    reason: str = ""  # why an as-needed dose was given, as typed
    note: str = ""

    @property
    def moment(self) -> datetime:
        """When the dose was due, or given (as-needed): the log's order."""
        moment = self.scheduled_for or self.given_at
        assert moment is not None  # an as-needed dose always has its time given
        return moment


def _day(moment: datetime | None) -> date | None:
    return None if moment is None else moment.date()


def log_entries(
    start: date | None, end: date | None, now: datetime | None = None
) -> list[LogEntry]:
    """The log from day ``start`` to day ``end`` (inclusive), oldest first; doses not yet due
    are left out.

    Scheduled doses are listed from ``start`` or the first one anybody answered, whichever
    is later (the days before the family began logging are not counted as "not logged",
    as in the visit summary), and as-needed doses from ``start`` or the first one kept.
    Without ``end``, up to now.
    """
    now = now or home_now()
    end = min(end or now.date(), now.date())
    began = _day(first_answer_at()) or now.date()
    slots_from = max(start, began) if start else began
    doses_from = start or _day(first_as_needed_at()) or now.date()
    medicines = {medicine.id: medicine for medicine in list_medicines()}
    entries = []
    slots = dose_slots(slots_from, end) if slots_from <= end else []
    for slot in slots:
        state = slot.state(now)
        if state == UPCOMING:
            continue
        answer = slot.answer
        if answer is None:
            entries.append(LogEntry(SCHEDULED, slot.medicine, slot.scheduled_for, state))
            continue
        entries.append(
            LogEntry(
                SCHEDULED,
                slot.medicine,
                slot.scheduled_for,
                answer.status,
                answer.status_reason,
                answer.effective_at,
                answer.performer,
                # A dose not given has no dose given, whatever its answer said before.
                answer.dosage if answer.status in GIVEN_STATUSES else "",
                "",
                answer.note,
            )
        )
    low = datetime.combine(doses_from, time())
    high = datetime.combine(end + timedelta(days=1), time())
    for dose in doses_between(low, high) if doses_from <= end else []:
        medicine = medicines.get(dose.medicine_id) or MedicineRecord(
            name=dose.medicine_name, id=dose.medicine_id, as_needed=True
        )
        entries.append(
            LogEntry(
                AS_NEEDED,
                medicine,
                None,
                "given",
                given_at=dose.given_at,
                performer=dose.performer,
                dose=dose.dose,
                reason=dose.reason,
                note=dose.note,
            )
        )
    # In the order the doses happened: the second pass of a repeated hour after the first.
    return sorted(
        entries, key=lambda entry: (moment_key(entry.moment), reading_key(entry.medicine.name))
    )
