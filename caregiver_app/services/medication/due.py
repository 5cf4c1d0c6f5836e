"""Scheduled doses over a period, each with its answer or "not logged".

What the Today page, the reminders, the chart and the exports read: one pass over the
medicines and one query of the answers for the period, whatever its length.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from itertools import pairwise
from typing import NamedTuple

from caregiver_app.reading_order import reading_key
from caregiver_app.services.local_time import has_come
from caregiver_app.services.medication.dose_times import times_of_day
from caregiver_app.services.medication.schedule_versions import (
    ScheduleVersion,
    due_in_force,
    versions_of,
)
from caregiver_app.services.medication.usual_versions import with_usual_times
from caregiver_app.store.diary.medicines import MedicineRecord, list_medicines
from caregiver_app.store.medication.administrations import (
    AdministrationRecord,
    administrations_between,
)
from caregiver_app.store.medication.schedule_history import EarlierSchedules, earlier_schedules
from caregiver_app.store.medication.schedules import Schedule, schedules_by_medicine, usual_times
from caregiver_app.store.medication.usual_history import earlier_usual_times
from caregiver_app.store.repeated_hour import real_elapsed

# A dose answered within this time after its scheduled time is "given"; later, "given
# late". One hour either side is the window ISMP's guidelines for timely administration of
# scheduled medicines (2011) give for medicines that are not time-critical.
LATE_AFTER = timedelta(hours=1)

# Unanswered doses of the days before today still asked about (on the Today page and at
# start); older ones stay "not logged" in the log and the exports, without crowding the page.
NOT_LOGGED_DAYS = 2

NOT_LOGGED = "not_logged"
UPCOMING = "upcoming"


class ScheduledMedicine(NamedTuple):
    """A regular medicine with a schedule set up now or before.

    ``schedule`` is the one in force now; ``earlier`` those it replaced, each with the
    moment it stopped (store/medication/schedule_history.py), earliest first.
    """

    medicine: MedicineRecord
    schedule: Schedule
    earlier: EarlierSchedules = ()

    @property
    def versions(self) -> tuple[ScheduleVersion, ...]:
        """The schedules it had that give doses, each with the moments it held."""
        return versions_of(self.schedule, self.earlier)


class DoseSlot(NamedTuple):
    """One scheduled dose: when, of what, and its answer (None: nobody answered yet).

    ``moved_from``: for an unanswered dose, a dose of the same medicine given that day for
    a time the schedule no longer has (the times were changed after it was given), near
    enough to be this one: it may well have been given already.
    """

    medicine: MedicineRecord
    scheduled_for: datetime
    answer: AdministrationRecord | None
    moved_from: AdministrationRecord | None = None

    def state(self, now: datetime) -> str:
        """The answer's status, or "not_logged" once due and unanswered, else "upcoming".

        Due once: on the night the clocks go back a 1:30 AM dose is due at the first 1:30,
        and stays due through the hour that comes again.
        """
        if self.answer is not None:
            return self.answer.status
        return NOT_LOGGED if has_come(self.scheduled_for, now) else UPCOMING

    def overdue(self, now: datetime) -> bool:
        """Unanswered and past the window in which it still counts as on time (the time
        that really passed: the night clocks go forward, 1:30 AM to 3:10 AM is 40 minutes)."""
        if self.answer is not None or self.moved_from is not None:
            return False
        return real_elapsed(now, self.scheduled_for) > LATE_AFTER

    @property
    def waiting(self) -> bool:
        """Unanswered, and no dose given before the times changed may stand for it."""
        return self.answer is None and self.moved_from is None


def status_for_given(scheduled_for: datetime, given_at: datetime) -> str:
    """ "given" within the on-time window (or early), "given_late" after it."""
    return "given_late" if real_elapsed(given_at, scheduled_for) > LATE_AFTER else "given"


def scheduled_medicines(
    medicines: Iterable[MedicineRecord] | None = None,
) -> list[ScheduledMedicine]:
    """The medicines whose schedule is set up now or was before, in the list's order.

    A medicine switched to "as needed" is among them for the schedules it had before: the
    doses due then keep their times and answers.
    """
    medicines = list_medicines() if medicines is None else medicines
    schedules = schedules_by_medicine()  # one query, however many medicines
    earlier = earlier_schedules()  # and one for every schedule changed since
    found = []
    for medicine in medicines:
        if medicine.id is None:
            continue
        entry = scheduled_medicine(medicine, schedules.get(medicine.id), earlier)
        if entry is not None:
            found.append(entry)
    return found


def scheduled_medicine(
    medicine: MedicineRecord, schedule: Schedule | None, earlier: dict[int, EarlierSchedules]
) -> ScheduledMedicine | None:
    """The medicine with the schedules it had, None when it never had one set up. An
    as-needed medicine has none now, whatever its row says; it may have had some before."""
    now = Schedule() if medicine.as_needed or schedule is None else schedule
    entry = ScheduledMedicine(medicine, now, earlier.get(medicine.id or 0, ()))
    return entry if entry.versions else None


def dose_slots(
    first_day: date,
    last_day: date,
    medicines: list[ScheduledMedicine] | None = None,
    usual: dict[str, time | None] | None = None,
) -> list[DoseSlot]:
    """Every scheduled dose from ``first_day`` to ``last_day`` (inclusive), by time.

    Answers whose dose is no longer in the schedule (the schedule changed since) are kept
    as slots of their own, so nothing answered disappears from the log.
    """
    medicines = scheduled_medicines() if medicines is None else medicines
    usual = usual_times() if usual is None else usual
    start = datetime.combine(first_day, time())
    end = datetime.combine(last_day + timedelta(days=1), time())
    answers: dict[tuple[int | None, datetime], AdministrationRecord] = {
        (answer.medicine_id, answer.scheduled_for): answer
        for answer in administrations_between(start, end)
    }
    by_id = {entry.medicine.id: entry.medicine for entry in medicines}
    moved_usual = earlier_usual_times()  # the usual times a change replaced (one query)
    versions = [
        (entry.medicine, with_usual_times(entry.versions, usual, moved_usual))
        for entry in medicines
    ]
    made: list[tuple[DoseSlot, ScheduleVersion]] = []
    day = first_day
    while day <= last_day:
        for medicine, kept in versions:
            for due, version in due_in_force(
                kept,
                day,
                usual,
                medicine.started_on,
                medicine.stopped_on,
                (medicine.started_moment, medicine.stopped_moment),
            ):
                answer = answers.pop((medicine.id, due), None)
                made.append((DoseSlot(medicine, due, answer), version))
        day += timedelta(days=1)
    if not {medicine_id for medicine_id, _at in answers} <= by_id.keys():
        # Answers of a medicine no longer scheduled (stopped, or its schedule cleared):
        # shown and exported with the medicine as listed, strength and route included.
        by_id.update((medicine.id, medicine) for medicine in list_medicines())
    moved = []
    for (medicine_id, scheduled_for), answer in answers.items():
        medicine = by_id.get(medicine_id) or MedicineRecord(
            name=answer.medicine_name, id=medicine_id
        )
        moved.append(DoseSlot(medicine, scheduled_for, answer))
    slots = _with_moved_doses(made, moved, usual) + moved
    return sorted(slots, key=lambda slot: (slot.scheduled_for, reading_key(slot.medicine.name)))


def _with_moved_doses(
    made: list[tuple[DoseSlot, ScheduleVersion]],
    moved: list[DoseSlot],
    usual: dict[str, time | None],
) -> list[DoseSlot]:
    """The scheduled doses, each unanswered one that a dose given before the times were
    changed stands for marked ``moved_from``: the nearest one that day of the same
    medicine, if nearer than half the time between the doses of its schedule that day.

    Such a dose is one answered for a time no schedule has (``moved``: the times were
    changed before this record kept when, or a usual meal time was moved), or one of the
    schedule a change that day replaced, for a time the new schedule does not have.
    """
    olds: list[tuple[DoseSlot, ScheduleVersion | None]] = [(slot, None) for slot in moved]
    # A replaced schedule's doses stand for others only on the day it was replaced.
    olds += [
        (slot, version)
        for slot, version in made
        if version.until is not None and version.until.date() == slot.scheduled_for.date()
    ]
    given = [
        (slot, version)
        for slot, version in olds
        if slot.answer is not None and slot.answer.status in ("given", "given_late")
    ]
    result = [slot for slot, _version in made]
    if not given:
        return result
    # Indexed once: a log of years (the exports) has tens of thousands of doses.
    by_day: dict[tuple[int | None, date], list[int]] = {}
    for index, slot in enumerate(result):
        by_day.setdefault((slot.medicine.id, slot.scheduled_for.date()), []).append(index)
    for old, old_version in sorted(given, key=lambda pair: pair[0].scheduled_for):
        day = old.scheduled_for.date()
        open_ones = [
            index
            for index in by_day.get((old.medicine.id, day), [])
            if result[index].waiting
            and (old_version is None or _replaced(old, made[index][1], usual))
        ]
        if not open_ones:
            continue
        nearest = min(open_ones, key=lambda i: abs(result[i].scheduled_for - old.scheduled_for))
        near = made[nearest][1]
        times = [datetime.combine(day, at) for at in times_of_day(near.schedule, near.usual(usual))]
        gaps = [later - earlier for earlier, later in pairwise(times)]
        reach = min(gaps, default=timedelta(days=1)) / 2
        if abs(result[nearest].scheduled_for - old.scheduled_for) < reach:
            result[nearest] = result[nearest]._replace(moved_from=old.answer)
    return result


def _replaced(old: DoseSlot, version: ScheduleVersion, usual: dict[str, time | None]) -> bool:
    """True when ``version`` came into force after ``old``'s time and has no dose then: a
    change replaced that dose (the dose of a later schedule stands for no earlier one)."""
    return (
        version.since is not None
        and old.scheduled_for < version.since
        and old.scheduled_for.time() not in times_of_day(version.schedule, version.usual(usual))
    )


def unanswered_since(since: datetime, now: datetime) -> list[DoseSlot]:
    """Doses due in (since, now] that nobody answered: those to ask about at start."""
    return [
        slot
        for slot in dose_slots(since.date(), now.date())
        if due_between(slot, since, now) and slot.waiting
    ]


def due_between(slot: DoseSlot, since: datetime, now: datetime) -> bool:
    """True when the dose came due after ``since`` and by ``now``, in the time that really
    passed (a 1:30 AM dose comes due once on the night the clocks go back)."""
    return has_come(slot.scheduled_for, now) and not has_come(slot.scheduled_for, since)
