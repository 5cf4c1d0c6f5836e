"""A stand-in for the sharing services, shaped as their contract says, for window tests.

Where the real modules exist their functions are replaced for the test (monkeypatch); the
reports are built as the contract's frozen dataclasses, so the window reads only fields
the services give.
"""

from __future__ import annotations

import importlib
import sys
import types
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class DeviceSeen:
    device_id: str
    name: str
    is_this_computer: bool
    in_step_as_of: datetime | None


@dataclass(frozen=True)
class ShareStatus:
    folder: Path
    device_name: str
    devices: tuple[DeviceSeen, ...]
    folder_available: bool = True
    read_only_reason: str = ""
    last_sync_at: datetime | None = None
    unreadable_reason: str = ""


@dataclass(frozen=True)
class ConflictNote:
    conflict_id: int
    what: str
    kept_device: str
    kept_at: datetime
    other_device: str
    other_at: datetime
    other_values: dict[str, str]


@dataclass(frozen=True)
class SyncReport:
    sent: int
    received: int
    conflicts: tuple[ConflictNote, ...]
    status: ShareStatus


@dataclass(frozen=True)
class Origin:
    device_name: str
    is_this_computer: bool
    in_step_as_of: datetime | None


class FakeSharingError(Exception):
    """SharingError, where the real session module is not there."""


@dataclass
class FakeSharing:
    """What the services would do, kept in memory; ``calls`` records each call."""

    status: ShareStatus | None = None
    others: tuple[DeviceSeen, ...] = ()
    received: int = 0
    refuse: Exception | None = None
    conflicts: list[ConflictNote] = field(default_factory=list)
    seen: list[int] = field(default_factory=list)
    origins: dict[tuple[str, int], Origin] = field(default_factory=dict)
    calls: list[tuple] = field(default_factory=list)
    error_class: type[Exception] = FakeSharingError

    def _report(self) -> SyncReport:
        assert self.status is not None
        return SyncReport(0, self.received, tuple(self.conflicts), self.status)

    def _begin(self, kind: str, folder: Path, name: str, passphrase: str) -> SyncReport:
        self.calls.append((kind, folder, name, passphrase))
        if self.refuse is not None:
            raise self.refuse
        me = DeviceSeen("me", name, True, None)
        self.status = ShareStatus(Path(folder), name, (me, *self.others))
        return self._report()

    def start_sharing(self, folder: Path, device_name: str, passphrase: str) -> SyncReport:
        return self._begin("start", folder, device_name, passphrase)

    def join_sharing(self, folder: Path, device_name: str, passphrase: str) -> SyncReport:
        return self._begin("join", folder, device_name, passphrase)

    def sync_now(self) -> SyncReport:
        self.calls.append(("sync",))
        if self.refuse is not None:
            raise self.refuse
        return self._report()

    def stop_sharing(self) -> None:
        self.calls.append(("stop",))
        self.status = None

    def sharing_status(self) -> ShareStatus | None:
        return self.status

    def this_device(self) -> tuple[str, str] | None:
        return None if self.status is None else ("me", self.status.device_name)

    def unseen_conflicts(self) -> tuple[ConflictNote, ...]:
        return tuple(note for note in self.conflicts if note.conflict_id not in self.seen)

    def mark_conflicts_seen(self, ids) -> None:
        self.seen.extend(ids)

    def origins_of(self, table: str, row_ids) -> dict[int, Origin]:
        mine = Origin(self.status.device_name if self.status else "", True, None)
        return {row_id: self.origins.get((table, row_id), mine) for row_id in row_ids}


def _module(monkeypatch, name: str) -> types.ModuleType:
    try:
        return importlib.import_module(name)
    except ImportError:
        module = types.ModuleType(name)
        monkeypatch.setitem(sys.modules, name, module)
        return module


def install(monkeypatch) -> FakeSharing:
    """Put a FakeSharing in place of the services for this test."""
    fake = FakeSharing()
    session = _module(monkeypatch, "caregiver_app.services.sharing.session")
    fake.error_class = getattr(session, "SharingError", FakeSharingError)
    monkeypatch.setattr(session, "SharingError", fake.error_class, raising=False)
    for name in ("start_sharing", "join_sharing", "sync_now", "stop_sharing", "sharing_status"):
        monkeypatch.setattr(session, name, getattr(fake, name), raising=False)
    conflicts = _module(monkeypatch, "caregiver_app.services.sharing.conflicts")
    monkeypatch.setattr(conflicts, "unseen_conflicts", fake.unseen_conflicts, raising=False)
    monkeypatch.setattr(conflicts, "mark_conflicts_seen", fake.mark_conflicts_seen, raising=False)
    origins = _module(monkeypatch, "caregiver_app.services.sharing.origins")
    monkeypatch.setattr(origins, "origins", fake.origins_of, raising=False)
    devices = _module(monkeypatch, "caregiver_app.store.sync.devices")
    monkeypatch.setattr(devices, "this_device", fake.this_device, raising=False)
    return fake
