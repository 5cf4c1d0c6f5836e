"""The medicines whose counted supply runs out within their warning days: one reading for
the Today page and the refill reminder alike."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import NamedTuple

from caregiver_app.services.medication.supply_state import SupplyState, runs_out_on, supply_state
from caregiver_app.store.diary.medicines import MedicineRecord
from caregiver_app.store.medication.plans import MedicinePlan, counted_medicines, medicine_plans
from caregiver_app.store.medication.schedules import usual_times
from caregiver_app.store.medication.supply import SupplyRecord, record_supply


class RefillDue(NamedTuple):
    """A medicine whose counted supply runs out within its warning days (or has run out)."""

    medicine: MedicineRecord
    supply: SupplyState
    # The day the supply runs out at the scheduled rate; None when the rate is unknown
    # (an as-needed medicine).
    runs_out: date | None
    # Doses the last refill (else the last count) added: what "Refill collected" logs;
    # None when neither says how big a pack is (the family then counts).
    usual_amount: int | None


def running_out(
    medicines: list[MedicineRecord],
    today: date,
    plans: dict[int, MedicinePlan] | None = None,
    usual: dict[str, time | None] | None = None,
) -> list[RefillDue]:
    """Those of ``medicines`` whose supply is due for a refill on ``today``, in the order given.

    A medicine never counted is left out without reading its log: the app knows nothing
    of its supply. ``plans`` and ``usual`` are read here unless the caller has them.
    """
    counted = counted_medicines()
    if not any(medicine.id in counted for medicine in medicines):
        return []
    plans = medicine_plans() if plans is None else plans
    usual = usual_times() if usual is None else usual
    found = []
    for medicine in medicines:
        plan = plans.get(medicine.id) if medicine.id is not None else None
        if medicine.id is None or plan is None or medicine.id not in counted:
            continue
        state = supply_state(medicine.id, plan.schedule, usual, plan.refill_warning_days)
        if state.refill_due:
            from caregiver_app.store.medication.refills import usual_refill_size

            runs_out = runs_out_on(state, today)
            if _stops_first(medicine, runs_out):
                continue
            found.append(RefillDue(medicine, state, runs_out, usual_refill_size(medicine.id)))
    return found


def _stops_first(medicine: MedicineRecord, runs_out: date | None) -> bool:
    """The medicine's stop comes no later than the day its doses run out: the doses on
    hand last until then, and no refill is needed (none is due on its stop day)."""
    stop = medicine.stopped_on
    return stop is not None and runs_out is not None and stop <= runs_out


def log_refill(line: RefillDue, now: datetime) -> bool:
    """Log a refill of ``line``'s usual size, collected at ``now``; True when logged.

    False, and nothing written, when the supply is no longer as ``line`` read it: a count
    or a refill saved since in another window (or a dose given there). Two windows each
    showing "Refill collected" log the pack once, not twice.
    """
    if line.medicine.id is None or line.usual_amount is None:
        return False
    fresh = running_out([line.medicine], now.date())
    if not fresh or (fresh[0].supply, fresh[0].usual_amount) != (line.supply, line.usual_amount):
        return False
    record_supply(SupplyRecord(line.medicine.id, now, "refill", line.usual_amount))
    return True
