"""One sync with the family folder: send this record's new changes, read the others', join.

The record side (the outbox, applying, the whole record) comes in as a :class:`RecordSide`
so this module knows files, not tables. Changes travel as JSON objects.
"""

from __future__ import annotations

import contextlib
import copy
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Protocol

from caregiver_app.services.sharing import layout
from caregiver_app.services.sharing.change_files import (
    FoundFile,
    device_folder,
    devices_with_changes,
    found_in,
    next_sequence,
    write_changes,
)
from caregiver_app.services.sharing.crypto import UnsealedError
from caregiver_app.services.sharing.errors import SharingError
from caregiver_app.services.sharing.folder_files import remove_stale_temporaries
from caregiver_app.services.sharing.read_log import DeviceLog
from caregiver_app.services.sharing.sealed_files import KIND_CHANGES, NewerFileError, unpack
from caregiver_app.services.sharing.snapshots import newest_snapshot, write_snapshot
from caregiver_app.services.sharing.state import FolderState
from caregiver_app.services.sharing.stuck_files import stuck_names

ChangeData = dict[str, object]
# Changes per file: a day of a busy family fits in one; starting a large record makes many.
BATCH_SIZE = 2000
# Changes applied in one transaction while reading (the window waits for none longer).
APPLY_SIZE = 5000
# Change files written or read since this computer's last snapshot before it writes one.
SNAPSHOT_AFTER_FILES = 200


class RecordSide(Protocol):
    """What the folder needs of the open record."""

    def outbox(self, after: int) -> list[tuple[int, ChangeData]]:
        """This computer's changes after outbox sequence ``after``, in order."""

    def apply(self, changes: list[ChangeData], state: FolderState) -> tuple[int, tuple[int, ...]]:
        """Apply ``changes`` and keep ``state``, in one transaction: (applied, conflict ids)."""

    def everything(self) -> list[ChangeData]:
        """Every shared row now, tombstones included."""

    def keep(self, state: FolderState) -> None:
        """Keep ``state`` in the record."""

    def held(self) -> AbstractContextManager[object]:
        """The record held for this sync alone while it sends (another program syncing the
        same record waits), with ``refresh`` giving what it has sent so far."""

    def refresh(self, state: FolderState) -> None:
        """Read into ``state`` the outbox position the record holds now."""


@dataclass(frozen=True)
class Outcome:
    """What one sync did; ``unsent`` says why this record's changes could not go out (a
    full or read-only folder) while the others' were still read."""

    sent: int
    received: int
    conflict_ids: tuple[int, ...]
    unsent: SharingError | None = None


def send(state: FolderState, record: RecordSide, device_id: str) -> int:
    """Write the changes made here since the last file; how many went out.

    Each file is written whole before the record remembers it was sent: stopped or
    refused midway (a full disk), the changes not written wait for the next sync. The
    record is held meanwhile, so two programs syncing it never write the same sequence.
    """
    folder = state.folder
    remove_stale_temporaries(device_folder(folder, device_id))
    sent = 0
    failure: SharingError | None = None
    with record.held():
        record.refresh(state)
        # This record's own files it has written (all up to what it remembers, for a
        # record that kept no such list yet); any other in its folder is read back.
        own = state.read.setdefault(device_id, DeviceLog(upto=state.next_file - 1))
        pending = record.outbox(state.sent)
        for start in range(0, len(pending), BATCH_SIZE):
            batch = pending[start : start + BATCH_SIZE]
            sequence = next_sequence(folder, device_id, state.next_file)
            try:
                path = write_changes(folder, state.key, device_id, sequence, [c for _, c in batch])
            except SharingError as error:
                failure = error  # the files written so far stay sent
                break
            own.mark(FoundFile(device_id, path.name, sequence, True, path))
            state.sent = batch[-1][0]
            state.next_file = sequence + 1
            state.since_snapshot += 1
            record.keep(state)
            sent += len(batch)
    if failure is not None:
        raise failure
    return sent


def _log(state: FolderState, device_id: str) -> DeviceLog:
    return state.read.setdefault(device_id, DeviceLog())


class NewerChangesError(Exception):
    """Changes naming a table or column this app does not have: from a newer app."""


def receive(state: FolderState, record: RecordSide, device_id: str) -> tuple[int, tuple[int, ...]]:
    """Read every file not read before and apply it; (applied, conflicts).

    This device's own folder is read too: a file there that this record did not write
    holds changes it sent before it was restored from a backup. A file not yet whole is
    left for a later sync; one this key cannot open (another family's, or altered) or
    from a newer app is left unread, never removed.
    """
    applied = 0
    conflicts: list[int] = []
    groups: list[tuple[FoundFile, list[ChangeData]]] = []

    def flush() -> None:
        nonlocal applied
        try:
            count, ids = _apply_files(state, record, groups)
        except NewerChangesError:
            # One file at a time: those from a newer app wait, unread, for an update.
            count, ids = 0, ()
            for group in groups:
                with contextlib.suppress(NewerChangesError):
                    one_count, one_ids = _apply_files(state, record, [group])
                    count += one_count
                    ids += one_ids
        applied += count
        conflicts.extend(ids)
        groups.clear()

    unreadable: dict[str, tuple[list[FoundFile], list[FoundFile]]] = {}
    for other in devices_with_changes(state.folder):
        if other == device_id and other not in state.read:
            continue  # send() has not listed what this record wrote: nothing to tell apart
        log = _log(state, other)
        listed = found_in(state.folder, other)
        for found in listed:
            if log.has_read(found):
                continue
            try:
                changes = _read_changes(found, state.key)
            except NewerFileError:
                continue  # left unread until this computer's app is updated
            if changes is None:
                unreadable.setdefault(other, (listed, []))[1].append(found)
                continue
            groups.append((found, changes))
            if sum(len(group) for _, group in groups) >= APPLY_SIZE:
                flush()
    if groups:
        flush()
    # Skipped files are said once they have plainly stopped arriving (stuck_files.py).
    stuck = {
        other: stuck_names(files, listed, _log(state, other))
        for other, (listed, files) in unreadable.items()
    }
    state.unreadable = {other: names for other, names in stuck.items() if names}
    return applied, tuple(conflicts)


def _apply_files(
    state: FolderState, record: RecordSide, groups: list[tuple[FoundFile, list[ChangeData]]]
) -> tuple[int, tuple[int, ...]]:
    """Apply the files' changes, and remember them read, in one transaction; on failure
    the state is as it was."""
    before = copy.deepcopy((state.read, state.seen, state.since_snapshot))
    changes: list[ChangeData] = []
    for found, found_changes in groups:
        _log(state, found.device_id).mark(found)
        _note_seen(state, found.device_id, found_changes)
        state.since_snapshot += 1
        changes.extend(found_changes)
    try:
        return record.apply(changes, state)
    except BaseException:
        state.read, state.seen, state.since_snapshot = before
        raise


def _read_changes(found: FoundFile, key: bytes) -> list[ChangeData] | None:
    """The file's changes; None when it cannot be read (not whole yet, or never will be).
    A newer app's file raises :class:`NewerFileError`: it waits for an update."""
    try:
        sealed = unpack(key, found.path.read_bytes())
    except (OSError, UnsealedError, ValueError):
        return None
    if sealed is None or sealed.kind != KIND_CHANGES:
        return None
    changes = sealed.document.get("changes")
    if not isinstance(changes, list):
        return None
    return [change for change in changes if isinstance(change, dict)]


def _note_seen(state: FolderState, device_id: str, changes: list[ChangeData]) -> None:
    stamps = [change["clock"] for change in changes if isinstance(change.get("clock"), str)]
    if stamps:
        newest = max(str(stamp) for stamp in stamps)
        state.seen[device_id] = max(state.seen.get(device_id, ""), newest)


def join_from_snapshot(state: FolderState, record: RecordSide) -> tuple[int, tuple[int, ...]]:
    """Build from the folder's newest snapshot, then remember what it covers as read."""
    snapshot = newest_snapshot(state.folder, state.key)
    if snapshot is None:
        return 0, ()
    for device_id, upto in snapshot.covers.items():
        log = _log(state, device_id)
        log.upto = max(log.upto, upto)
    by_device: dict[str, list[ChangeData]] = {}
    for change in snapshot.changes:
        by_device.setdefault(str(change.get("device_id", "")), []).append(change)
    for device_id, changes in by_device.items():
        if device_id:
            _note_seen(state, device_id, changes)
    return record.apply(snapshot.changes, state)


def snapshot_if_due(
    state: FolderState, record: RecordSide, device_id: str, force: bool = False
) -> bool:
    """Write a snapshot once enough files were written or read since the last one."""
    if not force and state.since_snapshot < SNAPSHOT_AFTER_FILES:
        return False
    changes = record.everything()
    clocks = [str(change.get("clock", "")) for change in changes]
    covers = {other: log.upto for other, log in state.read.items()}
    covers[device_id] = state.next_file - 1
    try:
        write_snapshot(state.folder, state.key, device_id, max(clocks, default=""), covers, changes)
    except SharingError:
        # A snapshot only spares a joining computer the change files, which are all sent
        # already: on a folder too full for it, it stays due and the sync goes on.
        return False
    state.since_snapshot = 0
    record.keep(state)
    return True


def sync(state: FolderState, record: RecordSide, device_id: str, name: str) -> Outcome:
    """Check the folder and key, send, receive, snapshot when due; the state is kept."""
    layout.check_format(state.folder, shared=True)
    layout.check_key(state.folder, state.key, shared=True)
    if not (state.folder / layout.DEVICES / device_id).exists():
        layout.write_device(state.folder, state.key, device_id, name)
    try:
        sent = send(state, record, device_id)
    except SharingError as error:
        # This record's changes wait (a full or read-only folder), but what the others
        # recorded is still read: a dose given on another computer shows here meanwhile.
        received, conflicts = receive(state, record, device_id)
        return Outcome(0, received, conflicts, error)
    received, conflicts = receive(state, record, device_id)
    snapshot_if_due(state, record, device_id)
    return Outcome(sent, received, conflicts)
