"""A new care record on a disk with no room: said as such (not "must be updated"), and no
empty start of a record is left behind for the next start to find."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from tests.helpers.record_faults import cli, one_line, tmpfs_or_skip


@pytest.fixture
def full_disk(tmp_path):
    """A small tmpfs with every byte taken but a few pages."""
    for disk in tmpfs_or_skip(tmp_path / "disk", "1m"):
        descriptor = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            while True:
                try:
                    os.write(descriptor, bytes(4096))
                except OSError as error:
                    assert error.errno == errno.ENOSPC
                    break
        finally:
            os.close(descriptor)
        os.truncate(disk / "filler", os.path.getsize(disk / "filler") - 3 * 4096)
        yield disk


@pytest.mark.parametrize("words", [["info"], ["diary", "export", "OUT"]])
def test_no_room_for_a_new_record_is_said_and_leaves_nothing(full_disk, tmp_path, words):
    data_dir = full_disk / "care-data"
    out = tmp_path / "diary.csv"

    result = cli(data_dir, *[str(out) if word == "OUT" else word for word in words])

    assert result.returncode == 2, result.stderr
    assert one_line(result.stderr) == (
        f"caregiver-app: There is no room on the disk to make a care record in {data_dir}; "
        "nothing was saved. Free some space on that disk, or choose another folder, and "
        "try again.\n"
    )
    assert sorted(path.name for path in data_dir.iterdir()) == []
    assert not out.exists()
    os.unlink(full_disk / "filler")  # with room, the next start makes the record whole
    assert cli(data_dir, "info").returncode == 0
    assert sorted(path.name for path in Path(data_dir).iterdir()) == ["care-record.sqlite"]
