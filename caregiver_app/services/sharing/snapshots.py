"""Snapshots: the whole record as one computer had it, so a new computer joins without
replaying years of change files. Each says, per device, up to which change file it holds."""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from caregiver_app.services.sharing.crypto import UnsealedError
from caregiver_app.services.sharing.folder_files import is_temporary, write_whole
from caregiver_app.services.sharing.layout import SNAPSHOTS
from caregiver_app.services.sharing.sealed_files import KIND_SNAPSHOT, NewerFileError, pack, unpack

# Each computer keeps its newest snapshots only; older ones are its own to remove.
KEEP_OWN = 2
_UNSAFE = re.compile(r"[^0-9A-Za-z._]")


@dataclass(frozen=True)
class Snapshot:
    """A snapshot read back: its clock, what it covers, and its changes."""

    clock: str
    covers: dict[str, int]
    changes: list[dict[str, object]]


def write_snapshot(
    folder: Path,
    key: bytes,
    device_id: str,
    clock: str,
    covers: dict[str, int],
    changes: list[dict[str, object]],
) -> Path:
    """Write ``snapshots/<device>-<clock>`` and remove this device's older ones."""
    path = folder / SNAPSHOTS / f"{device_id}-{_UNSAFE.sub('_', clock)}"
    document = {"clock": clock, "covers": covers, "changes": changes}
    sequence = covers.get(device_id, 0)
    write_whole(path, pack(key, KIND_SNAPSHOT, device_id, sequence, document), folder)
    _remove_old(folder, device_id, keep=path.name)
    return path


def _own(folder: Path, device_id: str) -> list[os.DirEntry[str]]:
    with contextlib.suppress(OSError):
        return [
            entry
            for entry in os.scandir(folder / SNAPSHOTS)
            if entry.name.startswith(f"{device_id}-") and not is_temporary(entry.name)
        ]
    return []


def _remove_old(folder: Path, device_id: str, keep: str) -> None:
    own = sorted(_own(folder, device_id), key=lambda entry: entry.stat().st_mtime, reverse=True)
    older = [entry for entry in own if entry.name != keep][KEEP_OWN - 1 :]
    for entry in older:
        with contextlib.suppress(OSError):
            os.unlink(entry.path)


def newest_snapshot(folder: Path, key: bytes) -> Snapshot | None:
    """The snapshot with the newest clock that can be read whole, or None."""
    newest: Snapshot | None = None
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder / SNAPSHOTS):
            if is_temporary(entry.name):
                continue
            snapshot = _read(Path(entry.path), key)
            if snapshot is not None and (newest is None or snapshot.clock > newest.clock):
                newest = snapshot
    return newest


def _read(path: Path, key: bytes) -> Snapshot | None:
    try:
        sealed = unpack(key, path.read_bytes())
    except (OSError, UnsealedError, NewerFileError, ValueError):
        return None
    if sealed is None or sealed.kind != KIND_SNAPSHOT:
        return None
    document = sealed.document
    clock, covers, changes = document.get("clock"), document.get("covers"), document.get("changes")
    if not isinstance(clock, str) or not isinstance(covers, dict) or not isinstance(changes, list):
        return None
    return Snapshot(clock, {str(k): int(v) for k, v in covers.items()}, changes)
