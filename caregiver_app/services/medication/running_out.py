"""The medicines whose counted supply runs out within their warning days: one reading for
the Today page and the refill reminder alike."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from caregiver_app.services.medication.supply_state import SupplyState, runs_out_on, supply_state
from caregiver_app.store.diary.medicines import MedicineRecord
from caregiver_app.store.medication.plans import MedicinePlan, counted_medicines, medicine_plans
from caregiver_app.store.medication.schedules import usual_times


@dataclass(frozen=True)
class RefillDue:
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
            found.append(RefillDue(medicine, state, runs_out, usual_refill_size(medicine.id)))
    return found
