"""The session on a real record: the status it reports, a full disk, refusals before writing."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from caregiver_app.services.sharing import crypto, folder_sync, session
from caregiver_app.services.sharing.errors import SharingError
from caregiver_app.services.sharing.state import load_state
from caregiver_app.store.settings import get_setting
from tests.helpers.record_snapshot import files_in
from tests.services.sharing.records import PASSPHRASE, Computer, laura_and_tom, opened


@pytest.fixture(autouse=True)
def _quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto, "SCRYPT_N", 2**10)


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Computer, Computer]:
    laura, tom, _folder = laura_and_tom(tmp_path)
    return laura, tom


def test_the_status_names_each_computer_and_when_it_was_in_step(pair) -> None:
    laura, tom = pair
    report = laura.sync()
    status = report.status
    assert status.folder == laura.folder
    assert (status.device_name, status.folder_available, status.read_only_reason) == (
        "Laura's laptop",
        True,
        "",
    )
    first, second = status.devices
    assert (first.name, first.is_this_computer) == ("Laura's laptop", True)
    assert (second.name, second.is_this_computer) == ("Tom's laptop", False)
    assert status.last_sync_at is not None
    tom.ask("Who do we call at night?")
    tom.sync()
    report = laura.sync()
    assert report.received == 1
    (tom_seen,) = [d for d in report.status.devices if not d.is_this_computer]
    assert tom_seen.in_step_as_of is not None
    assert abs((tom_seen.in_step_as_of - report.status.last_sync_at).total_seconds()) < 600
    with opened(laura.data_dir):
        assert session.sharing_status() == report.status


def test_a_full_disk_keeps_the_changes_waiting_in_the_outbox(
    pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    laura, tom = pair
    laura.ask("Can we move the Friday visit?")
    before = files_in(laura.folder)
    with opened(laura.data_dir):
        sent_before = load_state().sent

        def full(*args: object) -> int:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        monkeypatch.setattr(os, "write", full)
        with pytest.raises(SharingError) as refused:
            session.sync_now()
        monkeypatch.undo()
        assert str(refused.value) == (
            f"The disk holding the family folder {laura.folder} is full. Nothing was "
            "half-written and your changes wait here; free some space and sync again."
        )
        assert load_state().sent == sent_before
    assert files_in(laura.folder) == before
    assert laura.sync().sent == 1
    tom.sync()
    assert set(tom.questions()) == set(laura.questions())


def test_refusals_write_nothing(pair, tmp_path: Path) -> None:
    laura, _ = pair
    other = tmp_path / "other"
    other.mkdir()
    with opened(laura.data_dir):
        with pytest.raises(SharingError) as refused:
            session.start_sharing(other, "Laura's laptop", PASSPHRASE)
        assert str(refused.value) == (
            f"This care record already shares through {laura.folder}. Stop sharing first "
            "to use another folder."
        )
    fresh = Computer("  ", tmp_path / "fresh", laura.folder)
    with opened(fresh.data_dir):
        with pytest.raises(SharingError) as refused:
            session.join_sharing(laura.folder, "  ", PASSPHRASE)
        assert str(refused.value) == (
            "Give this computer a name the family will recognize, such as Laura's laptop."
        )
        with pytest.raises(SharingError) as refused:
            session.join_sharing(laura.folder, "Ana's desktop", "")
        assert str(refused.value) == "Type the family passphrase; it cannot be empty."
        assert session.sharing_status() is None
    assert files_in(other) == []


def test_a_folder_that_is_not_a_family_folder_cannot_be_joined(tmp_path: Path) -> None:
    folder = tmp_path / "holiday photos"
    folder.mkdir()
    with opened(tmp_path / "record"):
        with pytest.raises(SharingError) as refused:
            session.join_sharing(folder, "Tom's laptop", PASSPHRASE)
        assert str(refused.value) == (
            f"{folder} is not a family folder yet. Start sharing from the computer that "
            "holds the record, then join once the folder has reached this computer."
        )
        assert session.sharing_status() is None


def test_sharing_stopped_by_another_program_during_a_sync_stays_stopped(
    pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    laura, tom = pair
    tom.ask("Who do we call at night?")
    tom.sync()
    reading = folder_sync.receive

    def stopped_meanwhile(*args: object) -> tuple[int, tuple[int, ...]]:
        session.stop_sharing()  # the command line's `share stop`, between two transactions
        return reading(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(folder_sync, "receive", stopped_meanwhile)
    with opened(laura.data_dir):
        session.sync_now()  # the sync under way finishes
        monkeypatch.undo()
        # The family key stays forgotten, and the record can start or join again.
        assert get_setting("sharing.folder_state") == ""
        assert session.sharing_status() is None
        elsewhere = tom.folder.parent / "elsewhere"
        elsewhere.mkdir()
        session.start_sharing(elsewhere, "Laura's laptop", PASSPHRASE)
