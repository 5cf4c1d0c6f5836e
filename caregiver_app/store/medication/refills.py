"""How many doses a collected refill adds when the family logs it in one click."""

from __future__ import annotations

from caregiver_app.store.models import SupplyEvent


def usual_refill_size(medicine_id: int) -> int | None:
    """Doses the last refill added, else the doses of the last count; None when neither.

    A pack from the pharmacy usually holds what the last one held. Without a refill yet,
    the last count stands in; the app says how many it added, so a pack of another size
    is put right by counting. Zero (a count of an empty pack) is no size.
    """
    for kind in ("refill", "count"):
        row = (
            SupplyEvent.select(SupplyEvent.amount)
            .where(
                (SupplyEvent.medicine == medicine_id)
                & (SupplyEvent.kind == kind)
                & (SupplyEvent.amount > 0)
            )
            .order_by(SupplyEvent.recorded_at.desc(), SupplyEvent.id.desc())
            .first()
        )
        if row is not None:
            return int(row.amount)
    return None
