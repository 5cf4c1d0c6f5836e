"""A record side in memory for the folder tests: rows by (table, uuid), later clock wins."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field

from caregiver_app.services.sharing.folder_sync import NewerChangesError
from caregiver_app.services.sharing.state import FolderState


@dataclass
class FakeRecord:
    """An outbox of this device's changes and the rows, merged as share20's record merges."""

    device_id: str
    rows: dict[tuple[str, str], dict[str, object]] = field(default_factory=dict)
    log: list[dict[str, object]] = field(default_factory=list)
    kept: FolderState | None = None
    tick: int = 0

    def edit(self, table: str, row_uuid: str, **values: object) -> None:
        """A change made on this device."""
        self.tick += 1
        change = {
            "table": table,
            "row_uuid": row_uuid,
            "clock": f"{self.tick:012d}-{self.device_id}",
            "device_id": self.device_id,
            "deleted": False,
            "values": values,
        }
        self.log.append(change)
        self._merge(change)

    def _merge(self, change: dict[str, object]) -> int:
        key = (str(change["table"]), str(change["row_uuid"]))
        held = self.rows.get(key)
        if held is not None and str(held["clock"]) >= str(change["clock"]):
            return 0
        self.rows[key] = change
        self.tick = max(self.tick, int(str(change["clock"]).split("-")[0]))
        return 1

    def outbox(self, after: int) -> list[tuple[int, dict[str, object]]]:
        """This device's changes after ``after``."""
        return [(index + 1, change) for index, change in enumerate(self.log) if index + 1 > after]

    def apply(self, changes: list[dict[str, object]], state: FolderState) -> tuple[int, tuple]:
        """Merge ``changes`` and keep ``state``."""
        if any(change["table"] == "from_the_future" for change in changes):
            raise NewerChangesError("from_the_future")
        applied = sum(self._merge(change) for change in changes)
        self.keep(state)
        return applied, ()

    def everything(self) -> list[dict[str, object]]:
        """Every row."""
        return list(self.rows.values())

    def keep(self, state: FolderState) -> None:
        """Keep a copy of the state, as the record would."""
        self.kept = state

    def held(self) -> contextlib.AbstractContextManager[object]:
        """Nothing to hold: one program."""
        return contextlib.nullcontext()

    def refresh(self, state: FolderState) -> None:
        """Nothing else sends."""

    def dump(self) -> dict[tuple[str, str], object]:
        """The rows' values, to compare devices."""
        return {key: change["values"] for key, change in self.rows.items()}
