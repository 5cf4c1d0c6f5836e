"""Change files under ``changes/<device>/``: naming, listing and reading what sync tools leave.

A device only ever adds files to its own folder, named ``<sequence>-<uuid>``. Sync tools
add their own copies beside them: the same file twice, ``*.sync-conflict-*``
(Syncthing), "conflicted copy" (Dropbox), "- Copy" or " (1)". Each is read as a change
file in its own right (applying is idempotent, so a copy changes nothing twice) and
none is ever removed.
"""

from __future__ import annotations

import os
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

from caregiver_app.services.sharing.folder_files import is_temporary, write_whole
from caregiver_app.services.sharing.layout import CHANGES
from caregiver_app.services.sharing.sealed_files import KIND_CHANGES, pack

_CANONICAL = re.compile(r"^(\d{1,18})-([0-9a-f]{32})$")
_LEADING = re.compile(r"^(\d{1,18})")


@dataclass(frozen=True)
class FoundFile:
    """A change file found in a device's folder; ``canonical`` when named as written."""

    device_id: str
    name: str
    sequence: int
    canonical: bool
    path: Path


def device_folder(folder: Path, device_id: str) -> Path:
    """Where ``device_id`` writes its change files."""
    return folder / CHANGES / device_id


def found_in(folder: Path, device_id: str) -> list[FoundFile]:
    """The change files in one device's folder, in sequence order."""
    found: list[FoundFile] = []
    try:
        entries = list(os.scandir(device_folder(folder, device_id)))
    except OSError:
        return found
    for entry in entries:
        name = entry.name
        leading = _LEADING.match(name)
        if leading is None or is_temporary(name):
            continue
        found.append(
            FoundFile(
                device_id,
                name,
                int(leading.group(1)),
                _CANONICAL.match(name) is not None,
                Path(entry.path),
            )
        )
    found.sort(key=lambda item: (item.sequence, not item.canonical, item.name))
    return found


def devices_with_changes(folder: Path) -> list[str]:
    """The device ids with a folder under ``changes/``."""
    try:
        return sorted(
            entry.name
            for entry in os.scandir(folder / CHANGES)
            if entry.is_dir() and not is_temporary(entry.name)
        )
    except OSError:
        return []


def next_sequence(folder: Path, device_id: str, remembered: int) -> int:
    """The next sequence to write: past what this record remembers and past every file the
    folder already holds from this device (a record restored from a backup must not write
    a sequence again)."""
    found = found_in(folder, device_id)
    highest = found[-1].sequence if found else 0
    return max(remembered, highest + 1, 1)


def write_changes(
    folder: Path, key: bytes, device_id: str, sequence: int, changes: list[dict[str, object]]
) -> Path:
    """Write one batch as ``changes/<device>/<sequence>-<uuid>``; its path."""
    path = device_folder(folder, device_id) / f"{sequence}-{uuid.uuid4().hex}"
    write_whole(path, pack(key, KIND_CHANGES, device_id, sequence, {"changes": changes}), folder)
    return path
