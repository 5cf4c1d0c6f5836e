"""A medicine's schedule as the prescriber wrote it, and an as-needed medicine's limits.

The schedule in force is kept on the medicine's row. Until the family sets one up its kind
is "", and the free-text ``Medicine.schedule`` stays word for word: the app never guesses a
schedule from that text. A change takes effect from the moment it is saved: the schedule
it replaces is kept, with that moment, as an ``EarlierSchedule``
(store/medication/schedule_history.py reads them). The family's usual times are kept the
same way: the one in force in ``UsualTime``, those replaced in ``EarlierUsualTime``
(store/medication/usual_history.py).
"""

from __future__ import annotations

from datetime import datetime, time
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from caregiver_app.store.errors import InvalidValueError
from caregiver_app.store.home_clock import home_now
from caregiver_app.store.models import EarlierSchedule, EarlierUsualTime, Medicine, UsualTime
from caregiver_app.store.plain_rows import tuples_of
from caregiver_app.store.transactions import transaction

# Doses tied to the family's day rather than the clock: the family sets the usual times once.
ANCHORS = ("breakfast", "lunch", "dinner", "bedtime")
KINDS = ("", "times", "interval")
# What an earlier schedule row holds for the hours a medicine had no schedule set up (schema
# step 9's earlier_schedule): given only when needed, or its times not set up yet. Neither
# gives a dose; each says which it was.
AS_NEEDED_BEFORE, NOT_SET_UP_BEFORE = "as_needed", "none"
# An "every N hours" schedule takes only N that divide the day, so its doses come at the
# same clock times every day (services/medication/dose_times.py).
DAY_HOURS = 24
# A schedule's columns as kept on the medicine's row and its earlier schedules.
_Values = dict[str, str | int | time | None]


class Schedule(NamedTuple):
    """When a regular medicine is due.

    ``kind`` "times": at each of ``dose_times`` ("08:00", or an anchor such as "bedtime");
    "interval": every ``every_hours`` hours from ``first_time``, round the clock;
    "": not set up yet. ``weekdays`` (ISO numbers, Monday 1) empty means every day.
    """

    kind: str = ""
    dose_times: tuple[str, ...] = ()
    every_hours: int | None = None
    first_time: time | None = None
    weekdays: frozenset[int] = frozenset()

    @property
    def set_up(self) -> bool:
        """True once the family has set the schedule up."""
        return self.kind != ""


class AsNeededRules(NamedTuple):
    """What the prescription of an as-needed medicine says, as the family entered it.

    None is "not entered": the app then checks nothing and says nothing about limits.
    """

    reasons: str = ""  # one reason a line
    min_interval_minutes: int | None = None
    max_per_day: int | None = None


def parse_clock(text: str) -> time | None:
    """ "08:00" as a time; None for anything else (an anchor name or a typing slip)."""
    hours, colon, minutes = text.partition(":")
    if not colon or not (hours.isdigit() and minutes.isdigit()) or len(minutes) != 2:
        return None
    if int(hours) > 23 or int(minutes) > 59:
        return None
    return time(int(hours), int(minutes))


def _weekdays(text: str) -> frozenset[int]:
    return frozenset(int(day) for day in text.split(",") if day.strip().isdigit())


def get_schedule(medicine_id: int) -> Schedule:
    """The medicine's schedule (kind "" when not set up or the medicine is gone)."""
    row = Medicine.get_or_none(Medicine.id == medicine_id)
    if row is None:
        return Schedule()
    return schedule_of(row)


def schedules_by_medicine() -> dict[int, Schedule]:
    """Every medicine's schedule, by the medicine's id (one query, not one a medicine)."""
    return {row.id: schedule_of(row) for row in Medicine.select()}


def rules_by_medicine() -> dict[int, AsNeededRules]:
    """Every medicine's as-needed limits, by the medicine's id (one query)."""
    return {row.id: rules_of(row) for row in Medicine.select()}


def schedule_of(row: Medicine) -> Schedule:
    """The schedule kept on a medicine row (a model object or a named row)."""
    return Schedule(
        kind=row.schedule_kind,
        dose_times=tuple(token for token in row.dose_times.split(",") if token),
        every_hours=row.every_hours,
        first_time=row.first_time,
        weekdays=_weekdays(row.weekdays),
    )


def get_rules(medicine_id: int) -> AsNeededRules:
    """The as-needed limits of the medicine (nothing entered when it is gone)."""
    row = Medicine.get_or_none(Medicine.id == medicine_id)
    return AsNeededRules() if row is None else rules_of(row)


def rules_of(row: Medicine) -> AsNeededRules:
    """The as-needed limits kept on a medicine row."""
    return AsNeededRules(
        reasons=row.prn_reasons,
        min_interval_minutes=row.prn_min_interval_minutes,
        max_per_day=row.prn_max_per_day,
    )


def _refuse(field: str, text: str) -> InvalidValueError:
    return InvalidValueError(field, text)


def validate_schedule(schedule: Schedule, usual: dict[str, time | None] | None = None) -> None:
    """Raise InvalidValueError, naming the field, for a schedule that cannot be followed."""
    translate = QCoreApplication.translate
    if schedule.kind not in KINDS:
        raise _refuse("kind", translate("Medication", "Choose how the medicine is timed."))
    if any(day not in range(1, 8) for day in schedule.weekdays):
        raise _refuse("weekdays", translate("Medication", "Choose the days from Monday to Sunday."))
    if schedule.kind == "times":
        if not schedule.dose_times:
            raise _refuse(
                "dose_times",
                translate("Medication", "Add at least one time of day for this medicine."),
            )
        usual = usual if usual is not None else usual_times()
        for token in schedule.dose_times:
            if token in ANCHORS:
                if usual.get(token) is None:
                    raise _refuse(
                        "dose_times",
                        translate(
                            "Medication",
                            "Set the family's usual time for this meal or bedtime first.",
                        ),
                    )
            elif parse_clock(token) is None:
                raise _refuse(
                    "dose_times",
                    translate("Medication", "Write each time as hours and minutes, like 08:00."),
                )
        if len(set(schedule.dose_times)) != len(schedule.dose_times):
            raise _refuse("dose_times", translate("Medication", "The same time is listed twice."))
    if schedule.kind == "interval":
        if schedule.every_hours is None or not 1 <= schedule.every_hours <= 24:
            raise _refuse(
                "every_hours",
                translate("Medication", "Give how many hours apart the doses are, from 1 to 24."),
            )
        if DAY_HOURS % schedule.every_hours:
            # Every 5 hours from 6 am comes at 2 am, 7 am, ... the next day: no fixed times
            # a day, so neither Today nor the chart could show it as prescribed.
            raise _refuse(
                "every_hours",
                translate(
                    "Medication",
                    "Doses every {hours} hours would come at different times each day. Choose "
                    "1, 2, 3, 4, 6, 8, 12 or 24 hours, or give the times one by one.",
                ).format(hours=schedule.every_hours),
            )
        if schedule.first_time is None:
            raise _refuse(
                "first_time", translate("Medication", "Give the time of the first dose of the day.")
            )


def validate_rules(rules: AsNeededRules) -> None:
    """Raise InvalidValueError for limits that cannot be: an interval of 0, at most 0 doses."""
    translate = QCoreApplication.translate
    if rules.min_interval_minutes is not None and rules.min_interval_minutes <= 0:
        raise _refuse(
            "min_interval",
            translate("Medication", "The time between doses must be more than zero."),
        )
    if rules.max_per_day is not None and rules.max_per_day <= 0:
        raise _refuse(
            "max_per_day",
            translate("Medication", "The most doses in 24 hours must be at least 1."),
        )


def save_schedule(
    medicine_id: int,
    schedule: Schedule,
    now: datetime | None = None,
    was_as_needed: bool | None = None,
) -> None:
    """Check and keep the medicine's schedule, in force from ``now``; kind "" clears it.

    What it replaces is kept as in force until ``now`` (to the second): the schedule it had
    when it was set up and differs, and, for a medicine saved before (``was_as_needed``,
    its as-needed tick before this save), its hours without one, as needed or not set up
    yet, so its first schedule counts from ``now`` and the days before ask for no dose
    (nothing was due by the clock then). With ``was_as_needed`` None nothing is kept
    before: the first schedule holds from the medicine's start, as the family set it up to
    say when the doses began (the medicine form passes None only for a new medicine with a
    start entered; store/medication/medicine_plan.py).
    """
    validate_schedule(schedule)
    cleared = schedule.kind == ""
    values: _Values = {
        "schedule_kind": schedule.kind,
        "dose_times": "" if cleared else ",".join(schedule.dose_times),
        "every_hours": schedule.every_hours if schedule.kind == "interval" else None,
        "first_time": schedule.first_time if schedule.kind == "interval" else None,
        "weekdays": "" if cleared else ",".join(str(day) for day in sorted(schedule.weekdays)),
    }
    until = (now or home_now()).replace(microsecond=0)
    with transaction():
        row = Medicine.get_or_none(Medicine.id == medicine_id)
        kept = {name: getattr(row, name) for name in values} if row is not None else values
        new = values
        if row is not None and was_as_needed is not None:
            kept = _without_schedule(kept, was_as_needed)
            new = _without_schedule(values, row.as_needed)  # the tick as saved just now
        if kept["schedule_kind"] != "" and kept != new:
            # Two changes in one second: the first says what was in force before it.
            EarlierSchedule.insert(
                medicine=medicine_id, in_force_until=until, **kept
            ).on_conflict_ignore().execute()
        Medicine.update(**values).where(Medicine.id == medicine_id).execute()


def no_dose_before(medicine_id: int, moment: datetime) -> None:
    """Keep the medicine's schedules from giving a dose before ``moment``: a start cleared
    from a medicine (its start not known) asks for nothing before the start it had, as a
    medicine added with no start asks for nothing before it was added.

    Schedules replaced by ``moment`` held while the start kept them from giving a dose:
    they say so now (not set up yet), as the hours before ``moment`` do.
    """
    until = moment.replace(microsecond=0)
    with transaction():
        EarlierSchedule.update(schedule_kind=NOT_SET_UP_BEFORE).where(
            (EarlierSchedule.medicine == medicine_id) & (EarlierSchedule.in_force_until <= until)
        ).execute()
        EarlierSchedule.insert(
            medicine=medicine_id, in_force_until=until, schedule_kind=NOT_SET_UP_BEFORE
        ).on_conflict_ignore().execute()


def _without_schedule(values: _Values, as_needed: bool) -> _Values:
    """The schedule's values, naming what the medicine had when none was set up."""
    if values["schedule_kind"] != "":
        return values
    return {**values, "schedule_kind": AS_NEEDED_BEFORE if as_needed else NOT_SET_UP_BEFORE}


def save_rules(medicine_id: int, rules: AsNeededRules) -> None:
    """Check and keep an as-needed medicine's limits."""
    validate_rules(rules)
    with transaction():
        Medicine.update(
            prn_reasons=rules.reasons.strip(),
            prn_min_interval_minutes=rules.min_interval_minutes,
            prn_max_per_day=rules.max_per_day,
        ).where(Medicine.id == medicine_id).execute()


def usual_times() -> dict[str, time | None]:
    """The family's usual meal and bed times; None where not set yet."""
    kept = dict(tuples_of(UsualTime.select(UsualTime.anchor, UsualTime.clock_time)))
    return {anchor: parse_clock(kept.get(anchor, "")) for anchor in ANCHORS}


def save_usual_time(anchor: str, value: time | None, now: datetime | None = None) -> None:
    """Keep the family's usual time for ``anchor`` (None forgets it), in force from ``now``.

    The time it replaces is kept as in force until ``now`` (to the second), as a schedule
    change is: the "with breakfast" doses before keep the breakfast time they had.
    """
    if anchor not in ANCHORS:
        raise ValueError(anchor)
    until = (now or home_now()).replace(microsecond=0)
    text = value.strftime("%H:%M") if value else ""
    with transaction():
        if value is None and any(
            anchor in row.dose_times.split(",")
            for row in Medicine.select(Medicine.dose_times).where(Medicine.schedule_kind == "times")
        ):
            raise _refuse(
                anchor,
                QCoreApplication.translate(
                    "Medication",
                    "A medicine is given at this time; change its schedule before clearing it.",
                ),
            )
        row = UsualTime.get_or_none(UsualTime.anchor == anchor)
        kept = row.clock_time if row is not None else ""
        if kept == text:
            return
        if kept:
            # Two changes in one second: the first says what was in force before it.
            EarlierUsualTime.insert(
                anchor=anchor, clock_time=kept, in_force_until=until
            ).on_conflict_ignore().execute()
        if row is None:
            UsualTime.insert(anchor=anchor, clock_time=text).execute()
        else:
            UsualTime.update(clock_time=text).where(UsualTime.id == row.id).execute()
