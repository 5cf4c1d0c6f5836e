"""``caregiver-app share join`` of a family folder on a drive that can only be read (a real
read-only filesystem): one sentence saying what is wrong and what to do, exit code 2, and
the record and the folder exactly as they were; once the folder can be written, the join
goes through."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from caregiver_app.store.queries import ProfileData, load_profile, save_profile
from tests.helpers.record_faults import remount_read_only, tmpfs_or_skip
from tests.helpers.record_snapshot import files_in, one_line, record_rows, run_cli
from tests.services.sharing.records import PASSPHRASE, Computer, opened


def read_only_sentence(folder: Path) -> str:
    """What a join of ``folder`` on a read-only drive says."""
    return (
        f"The family folder {folder} can be read but not written from this computer (the "
        "drive can only be read, not written). Joining needs both, as each computer keeps "
        "its own changes in the folder for the others to read. Ask whoever set up the "
        "folder to let this computer write to it (for a USB stick, turn off its write "
        "protection), then join again; nothing was changed."
    )


@pytest.fixture
def stick(tmp_path: Path):
    """A small tmpfs holding the family folder, made read-only by the test."""
    yield from tmpfs_or_skip(tmp_path / "stick", "8m")


def test_joining_a_read_only_folder_is_refused_and_changes_nothing(tmp_path: Path, stick):
    folder = stick / "family"
    folder.mkdir()
    Computer("Laura's laptop", tmp_path / "laura", folder).start()
    tom = tmp_path / "tom"
    with opened(tom):
        save_profile(ProfileData(patient_name="Rosa", caregiver_name="Tom"))
    remount_read_only(stick)
    rows, files = record_rows(tom), files_in(folder)

    result = run_cli(
        "--password-stdin", "share", "join", folder, "--name", "Tom's laptop",
        data_dir=tom, stdin=PASSPHRASE + "\n",
    )  # fmt: skip

    # Before, the record was built from the folder and left half-joined: sharing, with
    # "cannot be written ... sync again" on every sync.
    assert result.returncode == 2, result.stderr
    assert one_line(result) == read_only_sentence(folder)
    assert record_rows(tom) == rows
    assert files_in(folder) == files
    status = run_cli("share", "status", data_dir=tom)
    assert status.stdout == "This care record is not shared with a family folder.\n"

    subprocess.run(["mount", "-o", "remount,rw", str(stick)], check=True)
    result = run_cli(
        "--password-stdin", "share", "join", folder, "--name", "Tom's laptop",
        data_dir=tom, stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    with opened(tom):  # Laura's record has no profile: the one typed here is the family's
        assert load_profile() == ProfileData(patient_name="Rosa", caregiver_name="Tom")


def test_a_folder_that_became_read_only_says_to_turn_off_write_protection(tmp_path: Path, stick):
    folder = stick / "family"
    folder.mkdir()
    laura = Computer("Laura's laptop", tmp_path / "laura", folder)
    laura.start()
    laura.ask("Can the evening dose move to 9 pm?")
    remount_read_only(stick)

    result = run_cli("share", "sync", data_dir=laura.data_dir)

    # Before, it ended "check the folder and sync again", without saying what to check.
    assert result.returncode == 2, result.stderr
    assert one_line(result).startswith(f"The family folder {folder} cannot be written (")
    assert one_line(result).endswith(
        "Your changes wait here; make sure this computer may write to the folder (for a "
        "USB stick, turn off its write protection), then sync again."
    )
