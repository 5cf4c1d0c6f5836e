"""The summary's medicines: breakthrough doses by day and reason, and the list's changes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from types import MappingProxyType
from typing import NamedTuple

from caregiver_app.esas import SCORE_FIELDS
from caregiver_app.reading_order import reading_key
from caregiver_app.services.medication.dose_times import times_of_day
from caregiver_app.services.medication.due import scheduled_medicines
from caregiver_app.services.visit_summary.request import SummaryRequest

# The calendar's queries (recurring appointments expanded into visits).
from caregiver_app.store.contacts import ContactRecord, list_contacts
from caregiver_app.store.diary.doses import DoseRecord
from caregiver_app.store.diary.medicines import MedicineRecord, list_medicines
from caregiver_app.store.medication.schedule_history import earlier_schedules
from caregiver_app.store.medication.schedules import (
    AsNeededRules,
    rules_by_medicine,
    schedules_by_medicine,
    usual_times,
)
from caregiver_app.store.summary_queries import (
    medicines_added_between,
    medicines_edited_between,
)


class Relief(NamedTuple):
    """Average scores before and after the doses for one symptom that have both."""

    symptom: str  # an ESAS-r field, or "" when the dose named none
    doses: int  # how many doses had both scores
    before: float
    after: float


class DosesSection(NamedTuple):
    """Breakthrough doses in the period: how many each day, why, and the scores around them."""

    total: int
    per_day: tuple[tuple[date, int], ...]  # every day covered (covered_days), none included
    by_medicine: tuple[tuple[str, str, int], ...]  # (medicine, dose as written, count)
    reasons: tuple[tuple[str, int], ...]  # as typed, most frequent first
    relief: tuple[Relief, ...]
    without_after: int

    @property
    def average_per_day(self) -> float:
        """Doses per day over the whole period."""
        return self.total / len(self.per_day) if self.per_day else 0.0

    @property
    def most_in_a_day(self) -> int:
        """The most doses given on one day."""
        return max((count for _day, count in self.per_day), default=0)


def _grouped(texts: list[str]) -> list[tuple[str, int]]:
    """Texts counted without regard to case and spacing, the first spelling kept."""
    spelling: dict[str, str] = {}
    counts: Counter[str] = Counter()
    for text in texts:
        shown = " ".join(text.split())
        if shown:
            key = shown.casefold()
            spelling.setdefault(key, shown)
            counts[key] += 1
    return [(spelling[key], count) for key, count in counts.most_common()]


def dose_summary(doses: list[DoseRecord], covered: tuple[date, date] | None) -> DosesSection:
    """Count, reasons and before/after averages of the period's breakthrough doses.

    ``covered`` are the days the count per day runs over (``covered_days``).
    """
    per_day = Counter(dose.given_at.date() for dose in doses)
    days: list[date] = []
    if covered is not None:
        first, last = covered
        days = [first + timedelta(days=offset) for offset in range((last - first).days + 1)]
    medicines: Counter[tuple[str, str]] = Counter(
        (dose.medicine_name, " ".join(dose.dose.split())) for dose in doses
    )
    scored: dict[str, list[tuple[int, int]]] = {}  # the scores before and after each dose
    for dose in doses:
        if dose.score_before is not None and dose.score_after is not None:
            scored.setdefault(dose.symptom or "", []).append((dose.score_before, dose.score_after))
    order = {name: index for index, name in enumerate(SCORE_FIELDS)}
    relief = [
        Relief(
            symptom=symptom,
            doses=len(items),
            before=sum(before for before, _after in items) / len(items),
            after=sum(after for _before, after in items) / len(items),
        )
        for symptom, items in sorted(
            scored.items(), key=lambda pair: order.get(pair[0], len(order))
        )
    ]
    return DosesSection(
        total=len(doses),
        per_day=tuple((day, per_day.get(day, 0)) for day in days),
        by_medicine=tuple((name, dose, count) for (name, dose), count in medicines.most_common()),
        reasons=tuple(_grouped([dose.reason for dose in doses])),
        relief=tuple(relief),
        without_after=sum(1 for dose in doses if dose.score_after is None),
    )


# ---------------------------------------------------------------- medicines


class MedicineChange(NamedTuple):
    """A medicine started, stopped, its clock times changed or otherwise edited (``kind``)
    on ``day``."""

    day: date
    # "started", "stopped", "times", "changed" (what changed is not kept), or "added": put
    # on the app's list that day with no start date typed in the period (not a start).
    kind: str
    medicine: MedicineRecord


class MedicinesSection(NamedTuple):
    """The list as it stood on the period's last day, and what changed in the period."""

    on: date
    current: tuple[MedicineRecord, ...]
    prescribers: dict[int | None, str]
    changes: tuple[MedicineChange, ...]
    # The clock times set up in the app, in force on the last day, and their days (ISO
    # numbers, empty: every day), by medicine id; a medicine without a schedule is absent.
    clock_times: Mapping[int | None, tuple[tuple[time, ...], frozenset[int]]] = MappingProxyType({})
    # The as-needed limits entered in the app (the interval and the most in 24 hours), by
    # medicine id, for the as-needed medicines that have one.
    limits: Mapping[int | None, AsNeededRules] = MappingProxyType({})


def _taken_on(medicine: MedicineRecord, day: date) -> bool:
    started = medicine.started_on is None or medicine.started_on <= day
    return started and (medicine.stopped_on is None or medicine.stopped_on > day)


def _clock_times(
    medicines: list[MedicineRecord], last_day: date
) -> dict[int | None, tuple[tuple[time, ...], frozenset[int]]]:
    """The times of day each regular medicine's schedule gave at the end of ``last_day``."""
    moment = datetime.combine(last_day, time(23, 59, 59))
    usual = usual_times()
    found: dict[int | None, tuple[tuple[time, ...], frozenset[int]]] = {}
    for entry in scheduled_medicines(medicines):
        if entry.medicine.as_needed:
            continue
        version = next((one for one in entry.versions if one.holds_at(moment)), None)
        times = times_of_day(version.schedule, version.usual(usual)) if version else []
        if version is not None and times:
            found[entry.medicine.id] = (tuple(times), version.schedule.weekdays)
    return found


def medicines_section(
    request: SummaryRequest,
    medicines: list[MedicineRecord] | None = None,
    contacts: list[ContactRecord] | None = None,
) -> MedicinesSection:
    """Regular medicines first, then as-needed ones, each by name; then the period's changes.

    ``medicines`` and ``contacts`` (the prescribers' names) are the lists as already read
    (read here if None).
    """
    medicines = list_medicines() if medicines is None else medicines
    contacts = list_contacts() if contacts is None else contacts
    current = sorted(
        (medicine for medicine in medicines if _taken_on(medicine, request.end)),
        key=lambda medicine: (medicine.as_needed, reading_key(medicine.name)),
    )
    changes = []
    listed = set()
    for medicine in medicines:
        for day, kind in ((medicine.started_on, "started"), (medicine.stopped_on, "stopped")):
            if day is not None and request.start <= day <= request.end:
                changes.append(MedicineChange(day, kind, medicine))
                listed.add(medicine.id)
    by_id = {medicine.id: medicine for medicine in medicines}
    for medicine_id, added_at in medicines_added_between(*request.bounds()).items():
        if medicine_id not in listed and medicine_id in by_id:
            changes.append(MedicineChange(added_at.date(), "added", by_id[medicine_id]))
    # The store keeps each schedule a medicine had and when it was replaced, so a change of
    # clock times is named; of an edit of the medicine's own details (strength, route, the
    # words...) only its moment is kept: "details changed", beside it when both changed.
    timed = _times_changed(request)
    for medicine_id, moments in timed.items():
        if medicine_id not in listed and medicine_id in by_id:
            changes += [MedicineChange(at.date(), "times", by_id[medicine_id]) for at in moments]
    for medicine_id, edited_at in medicines_edited_between(*request.bounds()).items():
        if medicine_id not in listed and medicine_id in by_id:
            changes.append(MedicineChange(edited_at.date(), "changed", by_id[medicine_id]))
    changes.sort(key=lambda change: (change.day, reading_key(change.medicine.name)))
    return MedicinesSection(
        on=request.end,
        current=tuple(current),
        prescribers={contact.id: contact.name for contact in contacts},
        changes=tuple(changes),
        clock_times=_clock_times(current, request.end),
        limits=_limits(current),
    )


def _times_changed(request: SummaryRequest) -> dict[int, list[datetime]]:
    """Medicine id -> the moments in the period its clock times (or days) were changed.

    A first schedule set up (none before, or as needed before) is not counted: the medicine
    had no clock times to change.
    """
    start, end = request.bounds()
    now = schedules_by_medicine()
    found: dict[int, list[datetime]] = {}
    for medicine_id, earlier in earlier_schedules().items():
        after = [schedule for _until, schedule in earlier[1:]] + [now.get(medicine_id)]
        for (until, before), then in zip(earlier, after, strict=True):
            if start <= until < end and before.set_up and before != then:
                found.setdefault(medicine_id, []).append(until)
    return found


def _limits(medicines: list[MedicineRecord]) -> dict[int | None, AsNeededRules]:
    """The as-needed medicines' limits entered in the app, for those with one."""
    if not any(medicine.as_needed for medicine in medicines):
        return {}
    rules = rules_by_medicine()
    return {
        medicine.id: rules[medicine.id]
        for medicine in medicines
        if medicine.as_needed
        and medicine.id in rules
        and (rules[medicine.id].min_interval_minutes or rules[medicine.id].max_per_day)
    }
