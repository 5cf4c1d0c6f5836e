"""What the weekly medicine chart shows: one row per medicine and dose time, seven days.

The blank chart has a box for every dose due; the filled-in chart puts the log's answer
in each box, "not logged" where a dose came due and nobody answered, and leaves the
boxes of doses still to come empty.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import NamedTuple

from caregiver_app.reading_order import reading_key
from caregiver_app.services.medication.due import (
    UPCOMING,
    ScheduledMedicine,
    dose_slots,
    scheduled_medicines,
)
from caregiver_app.store.contacts import ContactRecord, first_call_first_contact
from caregiver_app.store.diary.doses import DoseRecord, doses_between
from caregiver_app.store.diary.medicines import MedicineRecord, list_medicines
from caregiver_app.store.home_clock import home_now
from caregiver_app.store.medication.administrations import AdministrationRecord
from caregiver_app.store.medication.schedules import AsNeededRules, rules_by_medicine
from caregiver_app.store.queries import load_profile

DAYS = 7


def week_start(day: date) -> date:
    """The Monday of the week ``day`` falls in."""
    return day - timedelta(days=day.weekday())


# The chart's records are named tuples: a dataclass's methods are each compiled as the
# class is made (about half a millisecond a class in the chart's start), a named tuple's
# are not; these are made, read and printed, never compared with other records.
class ChartCell(NamedTuple):
    """One box: ``due`` False is a day without this dose (grey); ``answer`` is the log's."""

    due: bool
    state: str = ""  # "" an empty box; else given, given_late, skipped, refused, not_logged
    answer: AdministrationRecord | None = None


class ChartRow(NamedTuple):
    """A medicine at one time of day, across the seven days."""

    medicine: MedicineRecord
    at: time
    cells: tuple[ChartCell, ...]


class AsNeededEntry(NamedTuple):
    """An as-needed medicine, its limits as entered, and (filled-in chart) the week's doses."""

    medicine: MedicineRecord
    rules: AsNeededRules
    doses: list[DoseRecord]


class ChartData(NamedTuple):
    """Everything one chart prints."""

    first_day: date
    filled: bool
    patient_name: str
    allergies: str  # "" when not entered: the chart says so, never "none"
    call_first: ContactRecord | None
    rows: list[ChartRow]
    as_needed: list[AsNeededEntry]
    not_set_up: list[MedicineRecord]
    made_on: date

    @property
    def days(self) -> list[date]:
        """The seven days, Monday first."""
        return [self.first_day + timedelta(days=offset) for offset in range(DAYS)]


def _taken_during(medicine: MedicineRecord, first: date, last: date) -> bool:
    started = medicine.started_on is None or medicine.started_on <= last
    not_stopped = medicine.stopped_on is None or medicine.stopped_on > first
    return started and not_stopped


def _rows(
    first: date, filled: bool, now: datetime, medicines: list[ScheduledMedicine]
) -> list[ChartRow]:
    slots = dose_slots(first, first + timedelta(days=DAYS - 1), medicines)
    order = {entry.medicine.id: index for index, entry in enumerate(medicines)}
    boxes: dict[tuple[int | None, time], dict[int, ChartCell]] = {}
    names: dict[int | None, MedicineRecord] = {}
    for slot in slots:
        key = (slot.medicine.id, slot.scheduled_for.time())
        names.setdefault(slot.medicine.id, slot.medicine)
        state = slot.state(now) if filled else ""
        cell = ChartCell(True, "" if state == UPCOMING else state, slot.answer if filled else None)
        boxes.setdefault(key, {})[(slot.scheduled_for.date() - first).days] = cell
    keys = sorted(
        boxes,
        key=lambda key: (order.get(key[0], len(order)), reading_key(names[key[0]].name), key[1]),
    )
    return [
        ChartRow(
            names[key[0]],
            key[1],
            tuple(boxes[key].get(offset, ChartCell(False)) for offset in range(DAYS)),
        )
        for key in keys
    ]


def gather_chart(day: date, filled: bool, now: datetime | None = None) -> ChartData:
    """The chart of the week ``day`` falls in: blank, or filled in from the log up to ``now``."""
    now = now or home_now()
    first = week_start(day)
    last = first + timedelta(days=DAYS - 1)
    every = list_medicines()
    medicines = [m for m in every if _taken_during(m, first, last)]
    all_scheduled = scheduled_medicines(every)  # the rows: answers of any medicine show
    taken = {m.id for m in medicines}
    scheduled = {
        entry.medicine.id
        for entry in all_scheduled
        if entry.medicine.id in taken and entry.schedule.set_up
    }
    rules = rules_by_medicine() if any(m.as_needed for m in medicines) else {}
    doses: list[DoseRecord] = []
    if filled:
        doses = doses_between(
            datetime.combine(first, time()), datetime.combine(last + timedelta(days=1), time())
        )
    as_needed = [
        AsNeededEntry(
            medicine,
            rules.get(medicine.id, AsNeededRules()) if medicine.id is not None else AsNeededRules(),
            [dose for dose in doses if dose.medicine_id == medicine.id],
        )
        for medicine in medicines
        if medicine.as_needed
    ]
    not_set_up = [m for m in medicines if not m.as_needed and m.id not in scheduled]
    profile = load_profile()
    return ChartData(
        first_day=first,
        filled=filled,
        patient_name=profile.patient_name.strip(),
        allergies=profile.allergies.strip(),
        call_first=first_call_first_contact(),
        rows=_rows(first, filled, now, all_scheduled),
        as_needed=as_needed,
        not_set_up=not_set_up,
        made_on=now.date(),
    )
