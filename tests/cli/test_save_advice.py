"""A file a command cannot write says why and the fix for that reason, on one line.

"the folder nope does not exist" named the problem but not the fix, and every other
failure said "Check the folder exists and you may write to it", even for a read-only
drive. Now a missing folder asks for one that exists, a read-only drive for a folder one
may write to, a full drive for space; the file there before is kept byte for byte.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.helpers.record_faults import (
    FILE_COMMANDS,
    cli,
    copy_folder,
    fill_disk,
    listing,
    make_record,
    one_line,
    tmpfs_or_skip,
)

ADVICE = {
    "a full drive": "Free some space on that disk",
    "a read-only drive": "Choose a folder you may write to, such as Documents",
    "a missing folder": "Choose a folder that exists",
}
COMMANDS = FILE_COMMANDS
OLD = b"the family's own file, kept as it was\n"


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("advice") / "care-data"
    make_record(folder)
    return folder


@pytest.fixture
def drive(tmp_path):
    """A 200 KiB drive of its own, taken away after the test."""
    yield from tmpfs_or_skip(tmp_path / "drive", "200k")


@pytest.mark.parametrize("place", list(ADVICE))
@pytest.mark.parametrize("command", list(COMMANDS))
def test_the_advice_fits_the_reason(template, drive, tmp_path, command, place):
    data_dir = copy_folder(template, tmp_path / "care-data")
    target = drive / "saved.file"
    if place == "a missing folder":
        target = drive / "not-made" / "saved.file"
    else:
        target.write_bytes(OLD)
        if place == "a full drive":
            fill_disk(drive)
        else:
            subprocess.run(["mount", "-o", "remount,ro", str(drive)], check=True)
    before = listing(drive)

    result = cli(data_dir, *(part.format(target=target) for part in COMMANDS[command]))

    assert result.returncode == 2, result.stderr
    line = one_line(result.stderr)
    assert ADVICE[place] in line and str(target.parent.name) in line, line
    assert [advice for advice in ADVICE.values() if advice in line] == [ADVICE[place]]
    assert "Check the folder exists" not in line
    assert listing(drive) == before
    assert not (drive / "not-made").exists()
