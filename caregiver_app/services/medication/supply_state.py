"""How many doses are on hand, how many days they last, and when to ask for a refill."""

from __future__ import annotations

from datetime import date, time
from typing import NamedTuple

from caregiver_app.services.medication.dose_times import times_of_day
from caregiver_app.store.medication.schedules import Schedule
from caregiver_app.store.medication.supply import doses_given_since, supply_since_last_count

# Days before the supply runs out that the refill reminder appears, unless the family chose.
DEFAULT_REFILL_WARNING_DAYS = 5


class SupplyState(NamedTuple):
    """The supply of one medicine; ``on_hand`` None when the family never counted it."""

    on_hand: int | None
    per_day: float | None  # scheduled doses a day; None for as-needed or no schedule
    warning_days: int

    @property
    def days_left(self) -> float | None:
        """Days the doses on hand last at the scheduled rate (None when unknown)."""
        if self.on_hand is None or not self.per_day:
            return None
        return self.on_hand / self.per_day

    @property
    def refill_due(self) -> bool:
        """The supply runs out within the warning days (or is out)."""
        if self.on_hand is None:
            return False
        if self.on_hand <= 0:
            return True
        left = self.days_left
        return left is not None and left <= self.warning_days


def doses_per_day(schedule: Schedule, usual: dict[str, time | None]) -> float | None:
    """Scheduled doses in an average day (weekdays left out count), or None."""
    if not schedule.set_up:
        return None
    per_day = len(times_of_day(schedule, usual))
    if schedule.weekdays:
        return per_day * len(schedule.weekdays) / 7
    return float(per_day)


def supply_state(
    medicine_id: int,
    schedule: Schedule,
    usual: dict[str, time | None],
    warning_days: int | None,
) -> SupplyState:
    """The supply now: the last count, plus refills after it, less the doses given since.

    More doses given than were on hand (some from a pack nobody counted) leave none, not
    fewer than none: a refill collected then is what is on hand, as the app showed it.
    """
    events = supply_since_last_count(medicine_id)
    on_hand = None
    if events:
        on_hand = events[0].amount
        since = events[0].recorded_at
        for refill in events[1:]:
            given = doses_given_since(medicine_id, since, refill.recorded_at)
            on_hand = max(on_hand - given, 0) + refill.amount
            since = refill.recorded_at
        on_hand = max(on_hand - doses_given_since(medicine_id, since), 0)
    return SupplyState(
        on_hand=on_hand,
        per_day=doses_per_day(schedule, usual),
        warning_days=DEFAULT_REFILL_WARNING_DAYS if warning_days is None else warning_days,
    )


def runs_out_on(state: SupplyState, today: date) -> date | None:
    """The day the supply runs out at the scheduled rate, or None when unknown."""
    left = state.days_left
    if left is None:
        return None
    return date.fromordinal(today.toordinal() + int(left))
