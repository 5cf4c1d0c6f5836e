"""What this record remembers about its family folder, kept in the record's settings.

The family key (derived from the passphrase) is kept here so that later syncs need no
passphrase: whoever can open the record can sync it (docs/data-safety.md says so).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from caregiver_app.services.sharing import read_log
from caregiver_app.store.settings import get_setting, set_setting

_PREFIX = "sharing."
_KEYS = (
    "folder",
    "key",
    "sent",
    "next_file",
    "read",
    "seen",
    "last_sync",
    "since_snapshot",
)


@dataclass
class FolderState:
    """This record's place in the family folder."""

    folder: Path
    key: bytes
    sent: int = 0
    next_file: int = 1
    read: dict[str, read_log.DeviceLog] = field(default_factory=dict)
    seen: dict[str, str] = field(default_factory=dict)
    last_sync: datetime | None = None
    since_snapshot: int = 0


def load_state() -> FolderState | None:
    """The state kept in the open record, or None when it shares with no folder."""
    folder = get_setting(_PREFIX + "folder")
    key = get_setting(_PREFIX + "key")
    if not folder or not key:
        return None
    last_sync = get_setting(_PREFIX + "last_sync")
    return FolderState(
        folder=Path(folder),
        key=bytes.fromhex(key),
        sent=int(get_setting(_PREFIX + "sent", "0") or 0),
        next_file=int(get_setting(_PREFIX + "next_file", "1") or 1),
        read=read_log.load(get_setting(_PREFIX + "read")),
        seen=json.loads(get_setting(_PREFIX + "seen") or "{}"),
        last_sync=datetime.fromisoformat(last_sync) if last_sync else None,
        since_snapshot=int(get_setting(_PREFIX + "since_snapshot", "0") or 0),
    )


def save_state(state: FolderState) -> None:
    """Keep ``state`` in the open record (the caller holds the transaction)."""
    values = {
        "folder": str(state.folder),
        "key": state.key.hex(),
        "sent": str(state.sent),
        "next_file": str(state.next_file),
        "read": read_log.dump(state.read),
        "seen": json.dumps(state.seen, sort_keys=True),
        "last_sync": state.last_sync.isoformat() if state.last_sync else "",
        "since_snapshot": str(state.since_snapshot),
    }
    for name, value in values.items():
        set_setting(_PREFIX + name, value)


def forget_state() -> None:
    """Forget the folder and the family key (empty values read as "not sharing")."""
    for name in _KEYS:
        set_setting(_PREFIX + name, "")
