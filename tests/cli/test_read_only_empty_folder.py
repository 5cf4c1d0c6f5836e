"""A data folder on a read-only disk with no care record in it: not told "the care record
in it can be read" (there is none), but that none can be made there and what to do."""

from __future__ import annotations

import pytest

from tests.helpers.record_faults import cli, one_line, remount_read_only, tmpfs_or_skip


@pytest.fixture
def locked_stick(tmp_path):
    for stick in tmpfs_or_skip(tmp_path / "stick", "1m"):
        remount_read_only(stick)
        yield stick


@pytest.mark.parametrize("words", [["info"], ["diary", "export", "OUT"]])
def test_a_read_only_folder_without_a_record_is_said_so(locked_stick, tmp_path, words):
    out = tmp_path / "diary.csv"

    result = cli(locked_stick, *[str(out) if word == "OUT" else word for word in words])

    assert result.returncode == 2, result.stderr
    assert one_line(result.stderr) == (
        f"caregiver-app: The folder {locked_stick} is read-only (a locked USB stick or a "
        "read-only disk, say) and holds no care record, so none can be made there. Choose a "
        "folder you may write to, or the one that holds the care record.\n"
    )
    assert list(locked_stick.iterdir()) == [] and not out.exists()
