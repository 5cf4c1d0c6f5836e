"""The medicines whose counted supply runs out within their warning days: one reading for
the Today page and the refill reminder alike."""

from __future__ import annotations

from datetime import time

from caregiver_app.services.medication.supply_state import SupplyState, supply_state
from caregiver_app.store.diary.medicines import MedicineRecord
from caregiver_app.store.medication.plans import MedicinePlan, counted_medicines, medicine_plans
from caregiver_app.store.medication.schedules import usual_times


def running_out(
    medicines: list[MedicineRecord],
    plans: dict[int, MedicinePlan] | None = None,
    usual: dict[str, time | None] | None = None,
) -> list[tuple[MedicineRecord, SupplyState]]:
    """Those of ``medicines`` whose supply is due for a refill, in the order given.

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
            found.append((medicine, state))
    return found
