"""Who recorded what, for the lists and sentences that show it: nothing while not sharing.

The services are imported when first asked: a record that is not shared never loads them,
and its lists and sentences read exactly as before sharing existed.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from caregiver_app.services.sharing.origins import Origin


def sharing_on() -> bool:
    """True when this record shares through a family folder (this computer has a name)."""
    from caregiver_app.store.sync.devices import this_device

    return this_device() is not None


def origins_of(table: str, row_ids: Iterable[int | None]) -> dict[int, Origin]:
    """The computer each row came from (``table`` as peewee names it); {} while not sharing."""
    ids = [row_id for row_id in row_ids if row_id is not None]
    if not ids or not sharing_on():
        return {}
    from caregiver_app.services.sharing.origins import origins

    return origins(table, ids)


def origin_of(table: str, row_id: int | None, now: datetime) -> str:
    """ "from Laura's laptop, synced as of 6:01 AM" for a row from another computer, else ""."""
    from caregiver_app.views.sharing.sharing_words import origin_phrase

    origin = origins_of(table, [row_id]).get(row_id) if row_id is not None else None
    return origin_phrase(origin, now) if origin is not None else ""
