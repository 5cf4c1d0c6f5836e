"""Another family computer's change, brought in as the family folder's sync brings it."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from caregiver_app.store.sync import clock
from caregiver_app.store.sync.change_types import Change
from caregiver_app.store.sync.changes import apply_changes

# Tom's laptop; its changes are stamped later than anything this computer has written.
TOM = "b" * 32


def _toms_stamp() -> str:
    return clock.make_stamp(1_900_000_000_000, 0, TOM)


def toms_edit(mine: Change, **values: Any) -> None:
    """Tom's edit of the row ``mine`` (this computer's change of it) with ``values``
    changed, made from ``mine``'s version, brought in."""
    edited = replace(
        mine,
        clock=_toms_stamp(),
        device_id=TOM,
        values={**mine.values, **values},
        base_clock=mine.clock,
    )
    apply_changes([edited])


def toms_change(table: str, row_uuid: str, values: dict[str, Any] | None = None) -> None:
    """Tom's row ``row_uuid`` of ``table`` as ``values``, made without seeing this
    computer's version (None: his deletion of it), brought in."""
    deleted = values is None
    apply_changes([Change(table, row_uuid, _toms_stamp(), TOM, deleted, values or {}, "")])
