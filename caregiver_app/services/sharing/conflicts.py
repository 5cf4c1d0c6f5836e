"""Rows changed on two computers: the version kept, and the other one a click away."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from caregiver_app.services.sharing.conflict_words import what_changed
from caregiver_app.services.sharing.reports import ConflictNote
from caregiver_app.store.sync.clock import stamp_time
from caregiver_app.store.sync.devices import device_names
from caregiver_app.store.sync.history import ConflictRow, conflicts, mark_seen
from caregiver_app.store.sync.rows import local_id, read_values
from caregiver_app.store.sync.tables import shared_tables


def computer_name(device_id: str, names: dict[str, str]) -> str:
    """The name the computer ``device_id`` goes by ("another computer" when none is known)."""
    return names.get(device_id) or QCoreApplication.translate("Sharing", "another computer")


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def conflict_note(row: ConflictRow, names: dict[str, str] | None = None) -> ConflictNote:
    """The conflict as the window tells it."""
    names = device_names() if names is None else names
    table = shared_tables().get(row.table)
    kept: dict[str, object] = {}
    if table is not None:
        row_id = local_id(row.table, row.row_uuid)
        kept = (read_values(table, row_id) if row_id is not None else None) or {}
    references = set(table.references) if table is not None else set()
    other = {
        column: _shown(value)
        for column, value in row.other_values.items()
        if column not in references
    }
    return ConflictNote(
        conflict_id=row.conflict_id,
        what=what_changed(row.table, kept or row.other_values),
        kept_device=computer_name(row.kept_device, names),
        kept_at=stamp_time(row.kept_clock),
        other_device=computer_name(row.other_device, names),
        other_at=stamp_time(row.other_clock),
        other_values=other,
    )


def unseen_conflicts() -> tuple[ConflictNote, ...]:
    """The conflicts nobody has looked at yet, oldest first."""
    names = device_names()
    return tuple(conflict_note(row, names) for row in conflicts(unseen_only=True))


def all_conflicts() -> tuple[ConflictNote, ...]:
    """Every conflict kept, oldest first."""
    names = device_names()
    return tuple(conflict_note(row, names) for row in conflicts())


def mark_conflicts_seen(ids: Iterable[int]) -> None:
    """The family has looked at these conflicts: they are no longer new."""
    mark_seen(ids)
