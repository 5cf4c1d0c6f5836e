"""What a sync says: what went out and came in, what conflicted, and how in step each computer is.

Datetimes are naive local time, like the rest of the record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class DeviceSeen:
    """One computer sharing the record; ``in_step_as_of`` is the newest clock stamp of its
    changes read here (None: nothing read from it yet)."""

    device_id: str
    name: str
    is_this_computer: bool
    in_step_as_of: datetime | None


@dataclass(frozen=True)
class ShareStatus:
    """How sharing stands: the folder, the computers, why it is read-only ("" if not),
    and whose changes have stayed unreadable here ("" when every file was read)."""

    folder: Path
    device_name: str
    devices: tuple[DeviceSeen, ...]
    folder_available: bool
    read_only_reason: str
    last_sync_at: datetime | None
    unreadable_reason: str = ""


@dataclass(frozen=True)
class ConflictNote:
    """A row changed on two computers: which version was kept, and the other one's values.

    ``what`` is a translated phrase such as "the appointment on 12 March".
    """

    conflict_id: int
    what: str
    kept_device: str
    kept_at: datetime
    other_device: str
    other_at: datetime
    other_values: dict[str, str]


@dataclass(frozen=True)
class SyncReport:
    """One sync: changes sent and received, the conflicts it settled, and the status after."""

    sent: int
    received: int
    conflicts: tuple[ConflictNote, ...]
    status: ShareStatus
