"""An as-needed medicine's last dose, its doses in 24 hours, and the limits the family entered.

The app reports what the prescription (as entered) allows; it never suggests a dose.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from caregiver_app.services.local_time import real_after, real_elapsed
from caregiver_app.store.diary.doses import DoseRecord, doses_between
from caregiver_app.store.diary.medicines import MedicineRecord
from caregiver_app.store.diary.saved_times import FUTURE_TOLERANCE
from caregiver_app.store.medication.schedules import AsNeededRules

DAY = timedelta(hours=24)
# How far back the last day's doses are read: the night the clocks go forward, 24 hours
# really passed since 25 hours ago by the clock.
READ_BACK = DAY + timedelta(hours=1)
# How far back an as-needed medicine's last dose is looked for, and shown.
LAST_DOSE_SHOWN = timedelta(days=7)
# How far ahead of this computer's clock a dose logged before the clock went back can be:
# the computer was taken west and its time zone set there, a laptop on the time of the
# country it was bought in was set right, or the dose came from a family computer in a zone
# further east. No zone is further from another than UTC+14 from UTC-12.
CLOCK_WENT_BACK = timedelta(hours=26)


@dataclass(frozen=True)
class AsNeededState:
    """Where an as-needed medicine stands at ``now``."""

    medicine: MedicineRecord
    rules: AsNeededRules
    last_dose: DoseRecord | None
    doses_in_24h: int
    now: datetime

    @property
    def ahead_of_clock(self) -> bool:
        """The last dose's time is later than this computer's clock shows now: it was logged
        before the clock went back (see :data:`CLOCK_WENT_BACK`), so how long ago it was
        given is not known here."""
        last = self.last_dose
        return last is not None and real_elapsed(self.now, last.given_at) < -FUTURE_TOLERANCE

    @property
    def since_last(self) -> timedelta | None:
        """How long ago the last dose was given (the time that really passed); None when
        there is none, or when its time is ahead of the clock (not known)."""
        if self.last_dose is None or self.ahead_of_clock:
            return None
        return max(real_elapsed(self.now, self.last_dose.given_at), timedelta(0))

    @property
    def inside_interval(self) -> bool:
        """Another dose now would come sooner than the smallest interval entered (a last
        dose ahead of the clock counts as inside it: the time since may be short)."""
        interval = self.rules.min_interval_minutes
        if interval is None or self.last_dose is None:
            return False
        since = self.since_last
        return since is None or since < timedelta(minutes=interval)

    @property
    def next_outside_interval(self) -> datetime | None:
        """When the smallest interval since the last dose ends (None: no interval or dose)."""
        if self.rules.min_interval_minutes is None or self.last_dose is None:
            return None
        return real_after(
            self.last_dose.given_at, timedelta(minutes=self.rules.min_interval_minutes)
        )

    @property
    def at_daily_limit(self) -> bool:
        """Another dose now would go over the most doses in 24 hours entered."""
        limit = self.rules.max_per_day
        return limit is not None and self.doses_in_24h >= limit

    @property
    def over_a_limit(self) -> bool:
        """Another dose now would fall inside the interval or over the 24-hour count."""
        return self.inside_interval or self.at_daily_limit


def as_needed_state(
    medicine: MedicineRecord,
    rules: AsNeededRules,
    now: datetime,
    doses: list[DoseRecord] | None = None,
) -> AsNeededState:
    """The state of ``medicine`` at ``now``; ``doses`` are the last day's if already read."""
    if doses is None:
        doses = doses_between(now - READ_BACK, now + timedelta(minutes=5))
    state = _state(medicine, rules, now, doses)
    if state.last_dose is None and medicine.id is not None:
        return AsNeededState(medicine, rules, _last_ever(medicine.id, now), 0, now)
    return state


def as_needed_states(
    medicines: Sequence[tuple[MedicineRecord, AsNeededRules]], now: datetime
) -> list[AsNeededState]:
    """The state of each medicine (with its rules) at ``now``, from one read of the week.

    ``now`` is the present: a dose logged before this computer's clock went back counts.
    """
    if not medicines:
        return []
    week = doses_between(now - LAST_DOSE_SHOWN, now + CLOCK_WENT_BACK)
    return [_state(medicine, rules, now, week) for medicine, rules in medicines]


def _state(
    medicine: MedicineRecord, rules: AsNeededRules, now: datetime, doses: list[DoseRecord]
) -> AsNeededState:
    """The state from ``doses`` read already: its last dose among them, its count in a day.

    Every dose read counts: one read past ``now`` (the present) was logged before the clock
    went back, so it was given before now however the clock reads it.
    """
    own = [dose for dose in doses if dose.medicine_id == medicine.id]
    last = max(own, key=lambda dose: dose.given_at, default=None)
    recent = [dose for dose in own if real_elapsed(now, dose.given_at) < DAY]
    return AsNeededState(medicine, rules, last, len(recent), now)


def _last_ever(medicine_id: int, now: datetime) -> DoseRecord | None:
    """The last dose before the last day, if any (a week back is enough to show)."""
    earlier = [
        dose
        for dose in doses_between(now - LAST_DOSE_SHOWN, now - DAY)
        if dose.medicine_id == medicine_id
    ]
    return earlier[-1] if earlier else None
