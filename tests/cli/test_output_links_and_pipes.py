"""An output named through a symbolic link, or a pipe, is written where it points.

Written whole, a file is renamed over its name; renamed over a link it would put a
plain file in the link's place, and over ``/dev/stdout`` it replaced the device.
"""

import os
import shlex
import stat
import subprocess
import sys

import pytest

from caregiver_app.cli.main import main
from caregiver_app.store.engine import SQLITE_HEADER
from tests.helpers.pipes import read_in_thread

pytestmark = pytest.mark.skipif(os.name != "posix", reason="links and named pipes")


def test_an_export_through_a_link_replaces_the_file_it_names(data_dir, tmp_path):
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    real = elsewhere / "diary.csv"
    real.write_text("an older export\n", encoding="utf-8")
    link = tmp_path / "diary.csv"
    link.symlink_to(real)

    assert main(["--demo", "diary", "export", str(link)]) == 0

    assert link.is_symlink() and link.resolve() == real.resolve()
    assert real.read_text(encoding="utf-8-sig").startswith("recorded_at,")
    assert [p.name for p in elsewhere.iterdir()] == ["diary.csv"]  # no temporary left


def test_a_backup_through_a_link_replaces_the_file_it_names(data_dir, tmp_path):
    real = tmp_path / "stick" / "copy.sqlite"
    real.parent.mkdir()
    link = tmp_path / "copy.sqlite"
    link.symlink_to(real)  # a link to a file not made yet

    assert main(["--demo", "backup", "-o", str(link)]) == 0

    assert link.is_symlink()
    assert real.read_bytes()[: len(SQLITE_HEADER)] == SQLITE_HEADER


def test_an_export_into_a_named_pipe_is_written_into_it(data_dir, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    thread, received = read_in_thread(fifo)

    assert main(["--demo", "calendar", "export", str(fifo)]) == 0
    thread.join(timeout=30)

    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)  # still the pipe, not a file in its place
    assert received["data"].startswith(b"BEGIN:VCALENDAR")


def test_a_backup_into_a_pipe_is_refused_and_the_pipe_kept(data_dir, tmp_path, capsys):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    assert main(["--demo", "backup", "-o", str(fifo)]) == 2

    error = capsys.readouterr().err
    assert str(fifo) in error and "a device or a pipe, not a file" in error
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_reader_that_stops_reading_gets_no_error_text(data_dir, tmp_path):
    # "| true" exits before the export is written: the write finds the pipe closed.
    command = (
        f"{shlex.quote(sys.executable)} -m caregiver_app --demo calendar export /dev/stdout | true"
    )
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.stderr == ""  # neither "Check the folder exists" nor a traceback
    assert result.returncode == 1


def test_a_broken_connection_is_still_said(data_dir, monkeypatch, capsys):
    # Only the command's own output going away ends quietly; a pipe that broke elsewhere
    # (a server's connection) is said, as any other system error.
    import caregiver_app.cli.info as info_command

    def broken(args, data_dir):
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(info_command, "run_info", broken)

    assert main(["info"]) == 2
    assert "Broken pipe" in capsys.readouterr().err
