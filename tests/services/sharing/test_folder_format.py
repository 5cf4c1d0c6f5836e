"""The family folder's files: sealed, whole or ignored, and what sync tools leave beside them."""

from __future__ import annotations

import errno
import json
import os
import shutil
from pathlib import Path

import pytest

from caregiver_app.services.sharing import folder_sync, layout
from caregiver_app.services.sharing.change_files import device_folder, found_in
from caregiver_app.services.sharing.errors import SharingError
from caregiver_app.services.sharing.state import FolderState
from tests.services.sharing.fake_record import FakeRecord

PASSPHRASE = "blue heron at dawn"


def _started(folder: Path) -> FolderState:
    return FolderState(folder=folder, key=layout.create_folder(folder, PASSPHRASE))


def _joined(folder: Path, passphrase: str = PASSPHRASE) -> FolderState:
    return FolderState(folder=folder, key=layout.open_folder(folder, passphrase))


def _files(folder: Path) -> set[str]:
    return {str(path.relative_to(folder)) for path in folder.rglob("*") if path.is_file()}


def test_a_change_written_on_one_computer_is_read_on_the_other(tmp_path: Path) -> None:
    laura, tom = FakeRecord("laura"), FakeRecord("tom")
    state_l, state_t = _started(tmp_path), _joined(tmp_path)
    laura.edit("diaryentry", "u1", pain=4)
    assert folder_sync.sync(state_l, laura, "laura", "Laura's laptop").sent == 1
    outcome = folder_sync.sync(state_t, tom, "tom", "Tom's laptop")
    assert (outcome.sent, outcome.received) == (0, 1)
    assert tom.dump() == laura.dump()
    # Nothing new: a second sync reads nothing again.
    assert folder_sync.sync(state_t, tom, "tom", "Tom's laptop").received == 0
    assert layout.read_devices(tmp_path, state_t.key) == {
        "laura": "Laura's laptop",
        "tom": "Tom's laptop",
    }


def test_files_are_encrypted(tmp_path: Path) -> None:
    laura = FakeRecord("laura")
    state = _started(tmp_path)
    laura.edit("diaryentry", "u1", note="Morphine 5 mg at night")
    folder_sync.sync(state, laura, "laura", "Laura's laptop")
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert b"Morphine" not in path.read_bytes()
            assert b"Laura" not in path.read_bytes()


def test_a_wrong_passphrase_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    _started(tmp_path)
    before = _files(tmp_path)
    with pytest.raises(SharingError) as refused:
        _joined(tmp_path, "blue heron at dusk")
    assert str(refused.value) == (
        "The family passphrase does not match the one this folder was started with. "
        "Check it with your family and try again; nothing was changed."
    )
    assert _files(tmp_path) == before


def test_a_newer_format_is_refused_with_its_sentence(tmp_path: Path) -> None:
    state = _started(tmp_path)
    (tmp_path / layout.FORMAT_FILE).write_text(json.dumps({"format": 2}))
    before = _files(tmp_path)
    laura = FakeRecord("laura")
    laura.edit("diaryentry", "u1", pain=4)
    for attempt in (
        lambda: _joined(tmp_path),
        lambda: folder_sync.sync(state, laura, "laura", "Laura's laptop"),
    ):
        with pytest.raises(SharingError) as refused:
            attempt()
        assert str(refused.value) == (
            "This family folder was written by a newer Care Companion. Update Care "
            "Companion on this computer to keep sharing."
        )
    assert _files(tmp_path) == before


def test_a_missing_folder_is_said_and_nothing_is_sent(tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    state = _started(folder)
    laura = FakeRecord("laura")
    laura.edit("diaryentry", "u1", pain=4)
    shutil.rmtree(folder)
    with pytest.raises(SharingError) as refused:
        folder_sync.sync(state, laura, "laura", "Laura's laptop")
    assert str(refused.value) == (
        f"The family folder {folder} cannot be found. If it is on a USB stick or a network "
        "drive, connect it and sync again; this record keeps working meanwhile."
    )
    assert state.sent == 0
    assert not folder.exists()


@pytest.mark.parametrize("failing", ["write", "fsync"])
def test_a_full_disk_leaves_no_file_and_keeps_the_changes_waiting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    state = _started(tmp_path)
    laura = FakeRecord("laura")
    laura.edit("diaryentry", "u1", pain=4)
    folder_sync.sync(state, laura, "laura", "Laura's laptop")
    laura.edit("diaryentry", "u2", pain=5)
    before = _files(tmp_path)

    def full(*args: object) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, failing, full)
    outcome = folder_sync.sync(state, laura, "laura", "Laura's laptop")
    monkeypatch.undo()
    assert outcome.sent == 0
    assert str(outcome.unsent) == (
        f"The disk holding the family folder {tmp_path} is full. Nothing was half-written "
        "and your changes wait here; free some space and sync again."
    )
    assert _files(tmp_path) == before
    assert state.sent == 1
    assert folder_sync.sync(state, laura, "laura", "Laura's laptop").sent == 1


def test_start_refuses_a_folder_that_holds_files(tmp_path: Path) -> None:
    (tmp_path / "holiday.jpg").write_bytes(b"photo")
    with pytest.raises(SharingError, match="is not empty"):
        layout.create_folder(tmp_path, PASSPHRASE)
    assert _files(tmp_path) == {"holiday.jpg"}


def test_what_sync_tools_leave_is_read_once_and_never_removed(tmp_path: Path) -> None:
    laura, tom = FakeRecord("laura"), FakeRecord("tom")
    state_l, state_t = _started(tmp_path), _joined(tmp_path)
    laura.edit("diaryentry", "u1", pain=4)
    laura.edit("diaryentry", "u2", pain=2)
    folder_sync.sync(state_l, laura, "laura", "Laura's laptop")
    laura.edit("diaryentry", "u3", pain=6)
    folder_sync.sync(state_l, laura, "laura", "Laura's laptop")
    first, second = found_in(tmp_path, "laura")
    own = device_folder(tmp_path, "laura")
    copies = [
        f"{first.name}.sync-conflict-20261206-101500-ABCDEF1",
        f"{first.name} (Tom's conflicted copy 2026-12-06)",
        f"{second.name} - Copy",
        f"{second.name} (1)",
    ]
    for copy in copies:
        shutil.copyfile(own / (first.name if first.name in copy else second.name), own / copy)
    # A half-copied file, a sync tool's temporary: not read, not removed.
    (own / "9-0123456789abcdef0123456789abcdef").write_bytes((own / second.name).read_bytes()[:40])
    (own / ".syncthing.3-abc.tmp").write_bytes(b"partial")
    folder_sync.sync(state_t, tom, "tom", "Tom's laptop")
    assert tom.dump() == laura.dump()
    listed = set(os.listdir(own))
    assert set(copies) <= listed
    log = state_t.read["laura"]
    assert set(copies) <= log.copies
    assert log.upto == 2
    assert folder_sync.sync(state_t, tom, "tom", "Tom's laptop").received == 0


def test_a_half_copied_file_is_read_once_it_is_whole(tmp_path: Path) -> None:
    laura, tom = FakeRecord("laura"), FakeRecord("tom")
    state_l, state_t = _started(tmp_path), _joined(tmp_path)
    laura.edit("diaryentry", "u1", pain=4)
    folder_sync.sync(state_l, laura, "laura", "Laura's laptop")
    (written,) = found_in(tmp_path, "laura")
    whole = written.path.read_bytes()
    written.path.write_bytes(whole[:-10])
    assert folder_sync.sync(state_t, tom, "tom", "Tom's laptop").received == 0
    written.path.write_bytes(whole)
    assert folder_sync.sync(state_t, tom, "tom", "Tom's laptop").received == 1


def test_an_altered_file_is_not_applied(tmp_path: Path) -> None:
    laura, tom = FakeRecord("laura"), FakeRecord("tom")
    state_l, state_t = _started(tmp_path), _joined(tmp_path)
    laura.edit("diaryentry", "u1", pain=4)
    folder_sync.sync(state_l, laura, "laura", "Laura's laptop")
    (written,) = found_in(tmp_path, "laura")
    # Moved under another device's folder: the sealed device and sequence still say whose.
    other = device_folder(tmp_path, "mallory")
    other.mkdir(parents=True)
    data = bytearray(written.path.read_bytes())
    data[60] ^= 1
    import hashlib

    data[-32:] = hashlib.sha256(bytes(data[:-32])).digest()
    (other / written.name).write_bytes(bytes(data))
    written.path.unlink()
    assert folder_sync.sync(state_t, tom, "tom", "Tom's laptop").received == 0
    assert tom.dump() == {}


def test_a_new_computer_joins_from_the_newest_snapshot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(folder_sync, "SNAPSHOT_AFTER_FILES", 3)
    laura = FakeRecord("laura")
    state_l = _started(tmp_path)
    for day in range(6):
        laura.edit("diaryentry", f"u{day}", pain=day)
        folder_sync.sync(state_l, laura, "laura", "Laura's laptop")
    laura.edit("diaryentry", "u0", pain=9)
    folder_sync.sync(state_l, laura, "laura", "Laura's laptop")
    assert len(list((tmp_path / layout.SNAPSHOTS).iterdir())) == 2
    tom = FakeRecord("tom")
    state_t = _joined(tmp_path)
    folder_sync.join_from_snapshot(state_t, tom)
    assert state_t.read["laura"].upto == 6
    outcome = folder_sync.sync(state_t, tom, "tom", "Tom's laptop")
    assert outcome.received == 1
    assert tom.dump() == laura.dump()


def test_a_record_restored_from_a_backup_writes_past_its_files(tmp_path: Path) -> None:
    laura, tom = FakeRecord("laura"), FakeRecord("tom")
    state_l, state_t = _started(tmp_path), _joined(tmp_path)
    laura.edit("diaryentry", "u1", pain=4)
    folder_sync.sync(state_l, laura, "laura", "Laura's laptop")
    restored = FolderState(folder=tmp_path, key=state_l.key)
    laura.edit("diaryentry", "u2", pain=5)
    folder_sync.sync(restored, laura, "laura", "Laura's laptop")
    assert [found.sequence for found in found_in(tmp_path, "laura")] == [1, 2]
    folder_sync.sync(state_t, tom, "tom", "Tom's laptop")
    assert tom.dump() == laura.dump()


def test_changes_from_a_newer_app_wait_unread_and_the_rest_is_applied(tmp_path: Path) -> None:
    laura, tom = FakeRecord("laura"), FakeRecord("tom")
    state_l, state_t = _started(tmp_path), _joined(tmp_path)
    laura.edit("from_the_future", "f1", colour="teal")
    folder_sync.sync(state_l, laura, "laura", "Laura's laptop")
    laura.edit("diaryentry", "u1", pain=4)
    folder_sync.sync(state_l, laura, "laura", "Laura's laptop")
    assert folder_sync.sync(state_t, tom, "tom", "Tom's laptop").received == 1
    assert state_t.read["laura"].upto == 0
    assert state_t.read["laura"].above == {2}
