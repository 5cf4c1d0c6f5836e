"""The family folder on a disk that fills up or turns read-only: this record's changes
wait, the others' are still read, and the next sync after the disk is fixed sends all."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from caregiver_app.services.sharing import crypto, folder_sync, session
from caregiver_app.services.sharing.errors import SharingError
from tests.helpers.record_faults import fill_disk, remount_read_only, tmpfs_or_skip
from tests.services.sharing.records import Computer, opened


@pytest.fixture(autouse=True)
def _quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto, "SCRYPT_N", 2**10)


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    """The family folder's own small disk (the records stay on the test's disk)."""
    yield from tmpfs_or_skip(tmp_path / "family", "400k")


def _laura_and_tom(tmp_path: Path, folder: Path) -> tuple[Computer, Computer]:
    laura = Computer("Laura's laptop", tmp_path / "laura", folder)
    tom = Computer("Tom's laptop", tmp_path / "tom", folder)
    laura.ask("Is the new patch stronger?")
    laura.start()
    tom.join()
    return laura, tom


def _make_writable_again(disk: Path, how: str) -> None:
    if how == "full":
        (disk / "filler").unlink()
    else:
        subprocess.run(["mount", "-o", "remount,rw", str(disk)], check=True)


@pytest.mark.parametrize("how", ["full", "read-only"])
def test_the_others_changes_still_come_in_and_this_ones_go_out_later(
    tmp_path: Path, disk: Path, how: str
) -> None:
    laura, tom = _laura_and_tom(tmp_path, disk)
    folder = disk
    tom.ask("Was the 2 pm morphine given?")
    tom.sync()
    if how == "full":
        fill_disk(disk)
    else:
        remount_read_only(disk)
    laura.ask("Can we move the Friday visit?")
    with opened(laura.data_dir), pytest.raises(SharingError) as refused:
        session.sync_now()
    if how == "full":
        assert str(refused.value) == (
            f"The disk holding the family folder {folder} is full. Nothing was "
            "half-written and your changes wait here; free some space and sync again."
        )
    else:
        assert str(refused.value).startswith(f"The family folder {folder} cannot be written")
    report = refused.value.report
    assert report is not None and report.received == 1
    assert "Was the 2 pm morphine given?" in laura.questions()
    _make_writable_again(disk, how)
    assert laura.sync().sent == 1
    tom.sync()
    assert tom.questions() == laura.questions()
    assert tom.dump() == laura.dump()


def test_a_snapshot_the_disk_has_no_room_for_does_not_fail_the_sync(
    tmp_path: Path, disk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    laura, tom = _laura_and_tom(tmp_path, disk)
    for number in range(60):
        laura.ask(f"Question {number}: " + os.urandom(300).hex())
    laura.sync()
    fill_disk(disk, leave=12_000)  # room for a change file, not for the whole record
    monkeypatch.setattr(folder_sync, "SNAPSHOT_AFTER_FILES", 1)
    laura.ask("Who do we call at night?")
    report = laura.sync()
    assert report.sent == 1
    tom.sync()
    assert tom.questions() == laura.questions()


def test_a_join_profile_settled_on_a_full_folder_still_shows_what_came_in(
    tmp_path: Path, disk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A join stopped short leaves its typed profile to settle at the next sync; on a full
    folder that sync still says what came in, and the profile goes out with the rest later."""
    laura, tom = _laura_and_tom(tmp_path, disk)
    tom.ask("Was the 2 pm morphine given?")
    tom.sync()
    fill_disk(disk)
    laura.ask("Can we move the Friday visit?")
    settle = session.joining.settle_profile
    monkeypatch.setattr(
        session.joining, "settle_profile", lambda device_id: (True, settle(device_id)[1])
    )
    with opened(laura.data_dir), pytest.raises(SharingError) as refused:
        session.sync_now()
    report = refused.value.report
    assert report is not None and report.received == 1
    monkeypatch.undo()
    _make_writable_again(disk, "full")
    assert laura.sync().sent == 1
    tom.sync()
    assert tom.questions() == laura.questions()
