"""What the Today page shows, read in one call: doses, as-needed limits, refills, the day.

One pass over the medicines, one query of the schedules their changes replaced, one of
the answers for today and the two days before,
one of the last day's as-needed doses; the rest are small named queries. The page only
lays it out.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import NamedTuple

from caregiver_app.reading_order import reading_key
from caregiver_app.services.diary.alerts import Alert, alerts_for_saved_entry
from caregiver_app.services.diary.vital_alerts import VitalAlert, vital_alerts_for_saved_entry
from caregiver_app.services.diary.vital_routing import CallRoute, route_call
from caregiver_app.services.medication.as_needed import (
    AsNeededState,
    as_needed_states,
    awaiting_after_score,
)
from caregiver_app.services.medication.due import (
    NOT_LOGGED_DAYS,
    DoseSlot,
    ScheduledMedicine,
    dose_slots,
    scheduled_medicine,
)
from caregiver_app.services.medication.running_out import RefillDue, running_out
from caregiver_app.store.calendar.occurrences import current_or_next_occurrence
from caregiver_app.store.calendar.question_visits import count_waiting
from caregiver_app.store.calendar.records import Occurrence
from caregiver_app.store.contacts import ContactRecord, first_call_first_contact
from caregiver_app.store.diary.doses import DoseRecord
from caregiver_app.store.diary.entries import EntryRecord, entries_page
from caregiver_app.store.diary.medicines import MedicineRecord, list_medicines
from caregiver_app.store.home_clock import home_now
from caregiver_app.store.medication.plans import MedicinePlan, medicine_plans
from caregiver_app.store.medication.schedule_history import EarlierSchedules, earlier_schedules
from caregiver_app.store.medication.schedules import AsNeededRules, usual_times
from caregiver_app.store.queries import load_profile

# An entry recorded this recently whose scores raised an alert is still "active".
ALERT_FRESH_FOR = timedelta(hours=24)


class SymptomAlert(NamedTuple):
    """The latest entry of the last day, and what its scores raised."""

    entry: EntryRecord
    alerts: list[Alert]
    vitals: list[VitalAlert]


class FirstDose(NamedTuple):
    """The next dose of a medicine with times set up and none due today.

    ``first``: no dose of it was due before, since its times were set up (they count from
    the moment they were saved) or from a start date still to come.
    """

    slot: DoseSlot
    first: bool


class TodayData(NamedTuple):
    """Everything the Today page shows at ``now``."""

    now: datetime
    doses_today: list[DoseSlot]
    not_logged_earlier: list[DoseSlot]
    as_needed: list[AsNeededState]
    refills: list[RefillDue]
    pharmacy: str
    caregivers: list[str]
    next_appointment: Occurrence | None  # the visit going on now, else the next one
    awaiting_after_score: list[DoseRecord]
    symptom_alert: SymptomAlert | None
    questions_waiting: int
    call_first: ContactRecord | None
    call_route: CallRoute | None
    after_hours_numbers: Sequence[str] = ()
    # A medicine not stopped has its times set up, though none is due today: it was added
    # after them (no dose before it was saved) or starts later.
    has_schedule: bool = False
    # Those medicines' next doses, in the list's order: when the first one comes.
    next_doses: Sequence[FirstDose] = ()

    @property
    def has_medicines(self) -> bool:
        """Something to show about medicines (scheduled or as needed)."""
        return bool(self.doses_today or self.not_logged_earlier or self.as_needed)


def today_data(now: datetime | None = None) -> TodayData:
    """Read what the Today page shows at ``now`` (this computer's time)."""
    now = (now or home_now()).replace(microsecond=0)
    today = now.date()
    first_day = today - timedelta(days=NOT_LOGGED_DAYS)
    every = list_medicines()
    medicines = [medicine for medicine in every if _taken_on(medicine, today)]
    plans = medicine_plans()
    replaced = earlier_schedules()  # the schedules a change replaced: their hours keep them
    usual = usual_times()
    scheduled: list[ScheduledMedicine] = []
    as_needed: list[tuple[MedicineRecord, AsNeededRules]] = []
    has_schedule = False
    for medicine in every:
        plan = plans.get(medicine.id) if medicine.id is not None else None
        if plan is None or medicine.id is None:
            continue
        has_schedule = has_schedule or (_set_up(medicine, plan) and _not_stopped(medicine, today))
        if medicine.as_needed and _taken_on(medicine, today):
            as_needed.append((medicine, plan.rules))
        # Stopped today or on the days shown, or switched to as-needed: the doses due
        # before keep their place (due_on leaves out those after the stop).
        if _taken_between(medicine, first_day, today):
            entry = scheduled_medicine(medicine, plan.schedule, replaced)
            if entry is not None:
                scheduled.append(entry)
    slots = dose_slots(first_day, today, scheduled, usual)
    doses_today = [slot for slot in slots if slot.scheduled_for.date() == today]
    earlier = [slot for slot in slots if slot.scheduled_for.date() < today and slot.answer is None]
    next_doses = _next_doses(every, plans, replaced, usual, today, slots)
    states = as_needed_states(as_needed, now)  # one read of the week's doses for them all
    refills = _refills(medicines, today, plans, usual)
    profile = load_profile()
    call_first = first_call_first_contact()
    next_visit = current_or_next_occurrence(now)
    return TodayData(
        now=now,
        doses_today=doses_today,
        not_logged_earlier=earlier,
        as_needed=states,
        refills=refills,
        pharmacy=profile.preferred_pharmacy,
        caregivers=profile.caregivers(),
        next_appointment=next_visit,
        awaiting_after_score=awaiting_after_score(now),
        symptom_alert=_symptom_alert(now),
        # Not those planned for a later visit: they wait for that one (as the summary lists).
        questions_waiting=count_waiting(next_visit),
        call_first=call_first,
        call_route=route_call(call_first, now) if call_first is not None else None,
        after_hours_numbers=call_first.after_hours_numbers() if call_first else [],
        has_schedule=has_schedule,
        next_doses=next_doses,
    )


# A medicine with times set up has a dose within a week of its first day (weekdays at most).
_LOOK_AHEAD = timedelta(days=7)


def _next_doses(
    every: list[MedicineRecord],
    plans: dict[int, MedicinePlan],
    replaced: dict[int, EarlierSchedules],
    usual: dict[str, time | None],
    today: date,
    shown: list[DoseSlot],
) -> list[FirstDose]:
    """The next dose of each medicine given by the clock that has no dose today."""
    first_day = datetime.combine(today - timedelta(days=NOT_LOGGED_DAYS), time())
    with_doses = {slot.medicine.id for slot in shown}
    due_today = {slot.medicine.id for slot in shown if slot.scheduled_for.date() == today}
    found = []
    for medicine in every:
        plan = plans.get(medicine.id) if medicine.id is not None else None
        if plan is None or not _set_up(medicine, plan) or not _not_stopped(medicine, today):
            continue
        if medicine.id in due_today:
            continue
        entry = scheduled_medicine(medicine, plan.schedule, replaced)
        if entry is None:
            continue
        later_start = medicine.started_on is not None and medicine.started_on > today
        start = medicine.started_on if later_start and medicine.started_on else today
        start += timedelta(days=0 if later_start else 1)
        coming = dose_slots(start, start + _LOOK_AHEAD, [entry], usual)
        if not coming:
            continue
        since = entry.versions[0].since
        # Nothing due before, and its times set up in the days this page looks back over.
        new = since is not None and since >= first_day and medicine.id not in with_doses
        found.append(FirstDose(coming[0], later_start or new))
    return found


def _set_up(medicine: MedicineRecord, plan: MedicinePlan) -> bool:
    """Given by the clock now: a schedule set up, not as needed."""
    return not medicine.as_needed and plan.schedule.set_up


def _not_stopped(medicine: MedicineRecord, today: date) -> bool:
    """Not stopped before ``today``: taken today, or from a later start."""
    return medicine.stopped_on is None or medicine.stopped_on >= today


def _taken_on(medicine: MedicineRecord, day: date) -> bool:
    """Started (or no start entered) and not stopped by ``day``."""
    return _taken_between(medicine, day, day) and medicine.stopped_on != day


def _taken_between(medicine: MedicineRecord, first: date, last: date) -> bool:
    """Taken on some day from ``first`` to ``last``: a medicine stopped on ``first`` was
    taken then until its stop."""
    started = medicine.started_on is None or medicine.started_on <= last
    return started and (medicine.stopped_on is None or medicine.stopped_on >= first)


def _refills(
    medicines: list[MedicineRecord],
    today: date,
    plans: dict[int, MedicinePlan],
    usual: dict[str, time | None],
) -> list[RefillDue]:
    """The medicines whose counted supply is running out, soonest first."""
    found = running_out(medicines, today, plans, usual)
    found.sort(key=lambda line: (line.supply.days_left or 0.0, reading_key(line.medicine.name)))
    return found


def _symptom_alert(now: datetime) -> SymptomAlert | None:
    """The last day's latest entry, when its scores or vital signs raised an alert."""
    latest = entries_page(0, 1, now - ALERT_FRESH_FOR, now + timedelta(minutes=5))
    if not latest:
        return None
    entry = latest[0]
    alerts = alerts_for_saved_entry(entry)
    vitals = vital_alerts_for_saved_entry(entry)
    if not alerts and not vitals:
        return None
    return SymptomAlert(entry, alerts, vitals)
