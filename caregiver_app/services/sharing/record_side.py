"""The open record as the family folder sees it: its outbox, applying, and the whole record.

Changes cross the folder as JSON objects (every field of ``Change``); one that this app
cannot build (a field from a newer app) is left in its file, unread, for a later version.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import asdict, fields

from caregiver_app.services.sharing.folder_sync import NewerChangesError
from caregiver_app.services.sharing.state import FolderState, load_state, save_state
from caregiver_app.store.sync import clock
from caregiver_app.store.sync.changes import (
    Change,
    UnknownChangeError,
    apply_changes,
    local_changes,
    snapshot,
)
from caregiver_app.store.transactions import transaction

ChangeData = dict[str, object]
_FIELDS = frozenset(field.name for field in fields(Change))


def as_data(change: Change) -> ChangeData:
    """The JSON object a change travels as."""
    return asdict(change)


def as_change(data: ChangeData) -> Change | None:
    """The change a JSON object holds, or None when it is not one this app knows."""
    if not {"table", "row_uuid", "clock", "device_id", "deleted"} <= data.keys():
        return None
    if not data.keys() <= _FIELDS or not isinstance(data.get("values", {}), dict):
        return None
    try:
        return Change(**data)  # type: ignore[arg-type]
    except TypeError:
        return None


class StoreSide:
    """:class:`~caregiver_app.services.sharing.folder_sync.RecordSide` on the open record."""

    def outbox(self, after: int) -> list[tuple[int, ChangeData]]:
        """This computer's changes after outbox sequence ``after``."""
        return [(sequence, as_data(change)) for sequence, change in local_changes(after)]

    def apply(self, changes: list[ChangeData], state: FolderState) -> tuple[int, tuple[int, ...]]:
        """Apply ``changes`` and keep ``state`` in one transaction."""
        parsed = [change for change in map(as_change, changes) if change is not None]
        if len(parsed) != len(changes):
            raise NewerChangesError("a change this app cannot read")
        with transaction():
            try:
                result = apply_changes(parsed)
            except UnknownChangeError as error:
                raise NewerChangesError(str(error)) from error
            newest = max((change.clock for change in parsed), default="")
            if newest:
                clock.observe(newest)
            save_state(state)
        return result.applied, tuple(result.conflict_ids)

    def everything(self) -> list[ChangeData]:
        """Every shared row now, tombstones included."""
        return [as_data(change) for change in snapshot()]

    def keep(self, state: FolderState) -> None:
        """Keep ``state`` in the record."""
        with transaction():
            save_state(state)

    def held(self) -> AbstractContextManager[object]:
        """The record's write transaction, held while this sync sends."""
        return transaction()

    def refresh(self, state: FolderState) -> None:
        """What another program syncing this record may have sent meanwhile."""
        now = load_state()
        if now is not None and now.folder == state.folder:
            state.sent = max(state.sent, now.sent)
            state.next_file = max(state.next_file, now.next_file)
