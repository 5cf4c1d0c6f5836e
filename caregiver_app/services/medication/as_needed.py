"""An as-needed medicine's last dose, its doses in 24 hours, and the limits the family entered.

The app reports what the prescription (as entered) allows; it never suggests a dose.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import NamedTuple

from caregiver_app.services.local_time import real_after
from caregiver_app.store.diary.doses import (
    DoseRecord,
    doses_between,
    doses_without_after_score,
)
from caregiver_app.store.diary.medicines import MedicineRecord
from caregiver_app.store.diary.saved_times import FUTURE_TOLERANCE, ahead_of_clock
from caregiver_app.store.medication.schedules import AsNeededRules
from caregiver_app.store.repeated_hour import clock_apart, moment_key, real_elapsed

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
# The team asks for the "after" score 30 to 60 minutes after a breakthrough dose: the
# diary's prompt and the Today page ask once this has passed.
AFTER_SCORE_WAIT = timedelta(minutes=30)


class AsNeededState(NamedTuple):
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
        doses = doses_before(now, now)
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
    week = doses_before(now, now, LAST_DOSE_SHOWN)
    return [_state(medicine, rules, now, week) for medicine, rules in medicines]


def doses_before(at: datetime, now: datetime, back: timedelta = READ_BACK) -> list[DoseRecord]:
    """The doses given before a dose at ``at`` (its minute included), from ``back`` before
    it, with this computer's clock showing ``now``: Today's limits (``at`` is now) and the
    dose form's (``at`` is the time typed) count the same ones.

    A dose ahead of the clock was logged before the clock went back, so it was given
    before the present, and may have been before ``at``: it counts (the cautious reading)
    unless it is further ahead of ``at`` than the clock can have gone back. When ``at`` is
    ahead of the clock too (such a dose opened again), the times read as they were logged.
    """
    read = doses_between(at - back, at + CLOCK_WENT_BACK)
    by_this_clock = not ahead_of_clock(at, now)
    # Each pass of a repeated hour counts as it happened: at the second 1:30 a dose at the
    # first 1:45 was given before, one at the second 1:45 is not yet.
    return [
        dose
        for dose in read
        if clock_apart(dose.given_at, at) < _MINUTE
        or (by_this_clock and clock_apart(dose.given_at, now) > timedelta(0))
    ]


_MINUTE = timedelta(minutes=1)


def _state(
    medicine: MedicineRecord, rules: AsNeededRules, now: datetime, doses: list[DoseRecord]
) -> AsNeededState:
    """The state from ``doses`` read already: its last dose among them, its count in a day.

    Every dose read counts (:func:`doses_before` chose them): one past ``now`` was logged
    before the clock went back, so it was given before now however the clock reads it.
    """
    own = [dose for dose in doses if dose.medicine_id == medicine.id]
    last = max(own, key=lambda dose: moment_key(dose.given_at), default=None)
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


def awaiting_after_score(now: datetime, wait: timedelta = AFTER_SCORE_WAIT) -> list[DoseRecord]:
    """Doses given at least ``wait`` ago (and within a day) whose "after" score is missing.

    The time that really passed counts: the night the clocks go back, a dose at the first
    1:45 AM is 30 minutes old at the second 1:15 AM. A dose further ahead of the clock was
    logged before the clock went back (the computer's time zone set further west): the
    record keeps clock times without their zone, so how long ago it was given is not known
    here, and its score is asked for at once rather than hours late.
    """
    return [
        dose
        for dose in doses_without_after_score(now - DAY, now + CLOCK_WENT_BACK)
        if _old_enough(real_elapsed(now, dose.given_at), wait)
    ]


def _old_enough(elapsed: timedelta, wait: timedelta) -> bool:
    return elapsed >= wait or elapsed < -FUTURE_TOLERANCE
