"""What travels between computers: one shared row's state after a change."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Change:
    """A shared row as one computer last changed it.

    ``clock`` is a hybrid logical clock stamp (store/sync/clock.py) naming the device; text
    order is clock order. ``values`` is JSON-ready (text, numbers, None, ISO dates), every
    column but ``id``, a reference to another shared row given by that row's UUID; empty for
    a deletion. ``base_clock`` is the stamp of the version the change was made from ("" for
    a new row): a change made without seeing the other computer's version is a conflict.
    """

    table: str
    row_uuid: str
    clock: str
    device_id: str
    deleted: bool
    values: dict[str, object] = field(default_factory=dict)
    base_clock: str = ""

    def to_json(self) -> str:
        """The change as JSON text (every field)."""
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Change:
        """The change :meth:`to_json` wrote."""
        return cls(**json.loads(text))


@dataclass(frozen=True)
class ApplyResult:
    """How many changes took effect, and the conflict history rows they made."""

    applied: int
    conflict_ids: tuple[int, ...]


class UnknownChangeError(ValueError):
    """A change names a table or column this version of the app does not have (it came
    from a newer version): nothing of the batch was applied."""

    def __init__(self, table: str, column: str = "") -> None:
        self.table = table
        self.column = column
        where = f"{table}.{column}" if column else table
        super().__init__(f"a change from a newer version of Care Companion: {where}")
