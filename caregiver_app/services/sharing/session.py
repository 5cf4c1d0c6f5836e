"""Sharing the open record through a family folder: start, join, sync, status, stop.

Everything runs in the calling thread on the open record (``database_proxy``); the window
runs it in a worker thread with its own connection when the folder is slow. Every
refusal is a :class:`SharingError` whose text is one sentence for the family.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from caregiver_app.services.sharing import errors, folder_sync, layout
from caregiver_app.services.sharing.errors import SharingError
from caregiver_app.services.sharing.record_side import StoreSide
from caregiver_app.services.sharing.reports import (
    ConflictNote,
    DeviceSeen,
    ShareStatus,
    SyncReport,
)
from caregiver_app.services.sharing.state import (
    FolderState,
    forget_state,
    load_state,
    save_state,
)
from caregiver_app.store.calendar import time_zones
from caregiver_app.store.home_clock import home_now, load_home_zone, set_home_zone_if_unset
from caregiver_app.store.sync import devices, joining
from caregiver_app.store.sync.clock import stamp_time
from caregiver_app.store.transactions import transaction

__all__ = [
    "SharingError",
    "join_sharing",
    "sharing_status",
    "start_sharing",
    "stop_sharing",
    "sync_now",
]


def _now() -> datetime:
    """The time a sync is said to have happened (naive home time; tests set their own)."""
    return home_now()


def _check_words(device_name: str, passphrase: str) -> str:
    name = " ".join(device_name.split())
    if not name:
        raise errors.empty_name()
    if not passphrase:
        raise errors.empty_passphrase()
    already = load_state()
    if already is not None:
        raise errors.already_sharing(already.folder)
    return name


def start_sharing(folder: Path, device_name: str, passphrase: str) -> SyncReport:
    """Make the empty ``folder`` this family's folder and send the whole record into it."""
    name = _check_words(device_name, passphrase)
    folder = Path(folder)
    key = layout.create_folder(folder, passphrase)
    with transaction():
        # The family's computers read one clock from now on: this one's, unless set.
        set_home_zone_if_unset(time_zones.local_zone_name())
        device_id = devices.become_device(name)
        state = FolderState(folder=folder, key=key)
        save_state(state)
    layout.write_device(folder, key, device_id, name)
    report = _sync(state, device_id, name)
    folder_sync.snapshot_if_due(state, StoreSide(), device_id, force=True)
    return report


def join_sharing(folder: Path, device_name: str, passphrase: str) -> SyncReport:
    """Build this record (empty, or holding only the profile its first start asked for)
    from the family folder, then share through it.

    A wrong passphrase, a folder that is not a family folder or cannot be written, or a
    record that already holds entries is refused before anything is written, here or in
    the folder. A profile typed here is set aside until the family's record is in, then
    settled (``store/sync/joining.py``): nothing typed is lost.
    """
    name = _check_words(device_name, passphrase)
    folder = Path(folder)
    key = layout.open_folder(folder, passphrase)
    layout.check_writable(folder)
    side = StoreSide()
    with transaction():
        if joining.holds_entries():
            raise errors.record_not_empty()
        joining.set_profile_aside()
        device_id = devices.become_device(name)
        state = FolderState(folder=folder, key=key)
        save_state(state)
    _remember_names(state, device_id)
    try:
        received, conflicts = folder_sync.join_from_snapshot(state, side)
    except folder_sync.NewerChangesError:
        # The snapshot holds what only a newer app can read: this record is left as it
        # was (empty, sharing with nobody), and the folder as it was.
        stop_sharing()
        raise errors.newer_format() from None
    # Against the snapshot's profile at once, so the record is whole again before the
    # folder is written; with no profile there, after the family's change files are read.
    conflict = joining.settle_profile(device_id, family_only=True)[1]
    if conflict is not None:
        conflicts += (conflict,)
    layout.write_device(folder, key, device_id, name)
    report = _sync(state, device_id, name)
    return SyncReport(
        report.sent,
        report.received + received,
        _notes(conflicts) + report.conflicts,
        report.status,
    )


def sync_now() -> SyncReport:
    """Send this record's new changes and read the others'; what happened."""
    state = load_state()
    this = devices.this_device()
    if state is None or this is None:
        raise errors.not_sharing()
    return _sync(state, *this)


def _sync(state: FolderState, device_id: str, name: str) -> SyncReport:
    side = StoreSide()
    outcome = folder_sync.sync(state, side, device_id, name)
    sent, conflict_ids = outcome.sent, outcome.conflict_ids
    # A join's profile set aside, once the family's record is in (again after a join
    # that was stopped short, by a full disk or the program being closed).
    written, conflict = joining.settle_profile(device_id)
    if written and outcome.unsent is None:  # else it waits with the rest for the next sync
        sent += folder_sync.send(state, side, device_id)
    if conflict is not None:
        conflict_ids += (conflict,)
    load_home_zone()  # the family's home time zone may have come in or changed
    _remember_names(state, device_id)
    if outcome.unsent is None:
        state.last_sync = _now()  # in step both ways only when this record's changes went out
    with transaction():
        save_state(state)
    report = SyncReport(sent, outcome.received, _notes(conflict_ids), _status(state, name))
    if outcome.unsent is not None:
        # Said as a refusal, with what did come in for the window to show.
        outcome.unsent.report = report
        raise outcome.unsent
    return report


def _remember_names(state: FolderState, device_id: str) -> None:
    known = devices.device_names()
    for other, other_name in layout.read_devices(state.folder, state.key).items():
        if other != device_id and known.get(other) != other_name:
            devices.remember_device(other, other_name)


def _notes(conflict_ids: tuple[int, ...]) -> tuple[ConflictNote, ...]:
    if not conflict_ids:
        return ()
    from caregiver_app.services.sharing.conflicts import unseen_conflicts

    wanted = set(conflict_ids)
    return tuple(note for note in unseen_conflicts() if note.conflict_id in wanted)


def sharing_status() -> ShareStatus | None:
    """How sharing stands, read from the record and a glance at the folder; None if not
    sharing."""
    state = load_state()
    this = devices.this_device()
    if state is None or this is None:
        return None
    return _status(state, this[1])


def _status(state: FolderState, name: str) -> ShareStatus:
    this = devices.this_device()
    this_id = this[0] if this else ""
    seen = [DeviceSeen(this_id, name, True, None)]
    for device_id, other_name in sorted(devices.device_names().items(), key=lambda i: i[1]):
        if device_id != this_id:
            seen.append(DeviceSeen(device_id, other_name, False, _seen_at(state, device_id)))
    available = state.folder.is_dir()
    reason = ""
    if available:
        try:
            layout.check_format(state.folder, shared=True)
        except SharingError as error:
            reason = str(error)
    return ShareStatus(
        state.folder, name, tuple(seen), available, reason, state.last_sync, _unreadable(state)
    )


def _unreadable(state: FolderState) -> str:
    """The sentence naming the computers whose change files have stayed unreadable here."""
    if not state.unreadable:
        return ""
    from caregiver_app.services.sharing.conflicts import computer_name

    names = devices.device_names()
    return errors.unreadable_changes(sorted(computer_name(d, names) for d in state.unreadable))


def _seen_at(state: FolderState, device_id: str) -> datetime | None:
    stamp = state.seen.get(device_id)
    if not stamp:
        return None
    try:
        return stamp_time(stamp)
    except ValueError:
        return None


def stop_sharing() -> None:
    """Stop sharing: forget the folder, the family key and the devices. The folder and
    the record's entries stay as they are (and a profile a join set aside comes back)."""
    with transaction():
        forget_state()
        devices.forget_sharing()
        joining.put_profile_back()
