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
from caregiver_app.store.sync.devices import this_device

# One setting, read and written whole: a sync each minute reads it once.
_SETTING = "sharing.folder_state"


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
    # Per device, the change files that have stayed unreadable long enough to be said
    # (services/sharing/stuck_files.py); found again on every sync.
    unreadable: dict[str, list[str]] = field(default_factory=dict)


def load_state() -> FolderState | None:
    """The state kept in the open record, or None when it shares with no folder."""
    text = get_setting(_SETTING)
    if not text:
        return None
    kept = json.loads(text)
    last_sync = kept.get("last_sync")
    return FolderState(
        folder=Path(kept["folder"]),
        key=bytes.fromhex(kept["key"]),
        sent=int(kept.get("sent", 0)),
        next_file=int(kept.get("next_file", 1)),
        read=read_log.load(json.dumps(kept.get("read", {}))),
        seen={str(k): str(v) for k, v in kept.get("seen", {}).items()},
        last_sync=datetime.fromisoformat(last_sync) if last_sync else None,
        since_snapshot=int(kept.get("since_snapshot", 0)),
        unreadable={
            str(k): [str(name) for name in v] for k, v in kept.get("unreadable", {}).items()
        },
    )


def save_state(state: FolderState) -> None:
    """Keep ``state`` in the open record (the caller holds the transaction); nothing once
    sharing was stopped, by another program while this one synced: the family key and
    the folder stay forgotten."""
    if this_device() is None:
        return
    kept = {
        "folder": str(state.folder),
        "key": state.key.hex(),
        "sent": state.sent,
        "next_file": state.next_file,
        "read": json.loads(read_log.dump(state.read)),
        "seen": state.seen,
        "last_sync": state.last_sync.isoformat() if state.last_sync else "",
        "since_snapshot": state.since_snapshot,
        "unreadable": state.unreadable,
    }
    set_setting(_SETTING, json.dumps(kept, sort_keys=True, separators=(",", ":")))


def forget_state() -> None:
    """Forget the folder and the family key (an empty value reads as "not sharing")."""
    set_setting(_SETTING, "")
