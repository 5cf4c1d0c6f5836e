"""``restore`` given a pipe (``restore <(...)``, a named pipe) instead of a backup file:
said as such, not "there is no such file", and nothing changes."""

from __future__ import annotations

import os

import pytest

from tests.helpers.record_faults import cli, make_record, one_line, rows

pytestmark = pytest.mark.skipif(os.name != "posix", reason="named pipes")


def test_a_named_pipe_to_restore_is_said_to_be_a_pipe(tmp_path):
    data_dir = tmp_path / "record"
    make_record(data_dir)
    before = rows(data_dir)
    fifo = tmp_path / "backup.sqlite"
    os.mkfifo(fifo)

    result = cli(data_dir, "restore", str(fifo))

    assert result.returncode == 2, result.stderr
    assert one_line(result.stderr) == (
        "caregiver-app: backup.sqlite cannot be restored: it is a device or a pipe, not a "
        "file. Nothing was changed.\n"
    )
    assert rows(data_dir) == before
    assert sorted(path.name for path in data_dir.iterdir()) == ["care-record.sqlite"]
