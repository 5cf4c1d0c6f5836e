"""Which change files this record has read, kept small: per device, the sequence up to
which every file was read, the sequences read beyond it, and any sync tool's copy read."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from caregiver_app.services.sharing.change_files import FoundFile


@dataclass
class DeviceLog:
    """What was read from one device's folder."""

    upto: int = 0
    above: set[int] = field(default_factory=set)
    copies: set[str] = field(default_factory=set)

    def has_read(self, found: FoundFile) -> bool:
        """Whether ``found`` was read before (a copy by its name, a written file by sequence)."""
        if not found.canonical:
            return found.name in self.copies
        return found.sequence <= self.upto or found.sequence in self.above

    def mark(self, found: FoundFile) -> None:
        """Remember ``found`` as read."""
        if not found.canonical:
            self.copies.add(found.name)
            return
        if found.sequence > self.upto:
            self.above.add(found.sequence)
        while self.upto + 1 in self.above:
            self.upto += 1
            self.above.discard(self.upto)


def load(text: str) -> dict[str, DeviceLog]:
    """The read log kept as JSON (empty text: nothing read yet)."""
    if not text:
        return {}
    logs = {}
    for device_id, kept in json.loads(text).items():
        logs[device_id] = DeviceLog(
            int(kept.get("upto", 0)), set(kept.get("above", ())), set(kept.get("copies", ()))
        )
    return logs


def dump(logs: dict[str, DeviceLog]) -> str:
    """The read log as JSON to keep in the record."""
    return json.dumps(
        {
            device_id: {
                "upto": log.upto,
                "above": sorted(log.above),
                "copies": sorted(log.copies),
            }
            for device_id, log in sorted(logs.items())
        },
        separators=(",", ":"),
    )
