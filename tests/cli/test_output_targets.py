"""The file a command writes, named wrongly or oddly: a folder, or a pipe in a folder that
cannot be written (``/dev/stdout`` for anyone but the administrator)."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import stat

import pytest

from caregiver_app.cli.main import main
from tests.helpers.pipes import read_in_thread
from tests.helpers.record_faults import remount_read_only, tmpfs_or_skip

WRITERS = [
    ["diary", "export", "TARGET"],
    ["calendar", "export", "TARGET"],
    ["contacts", "export", "TARGET"],
    ["contacts", "sheet", "TARGET"],
    ["meds", "export", "TARGET"],
    ["meds", "chart", "TARGET"],
    ["summary", "--from", "2026-11-01", "--to", "2026-11-29", "-o", "TARGET"],
    ["backup", "-o", "TARGET"],
]


@pytest.mark.parametrize("words", WRITERS, ids=lambda words: " ".join(words[:2]))
def test_a_folder_as_the_file_to_write_says_to_name_a_file(
    demo_store, data_dir, tmp_path, monkeypatch, capsys, words
):
    demo_store.close()
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr("sys.stdin", io.StringIO(""))

    assert main([str(usb) if word == "TARGET" else word for word in words]) == 2

    err = capsys.readouterr().err
    assert err == f"caregiver-app: {usb} is a folder; give a file name\n"
    assert list(usb.iterdir()) == []


@pytest.mark.parametrize("words", WRITERS, ids=lambda words: " ".join(words[:2]))
@pytest.mark.parametrize("how", ["--demo", "--data-dir"])
def test_the_demo_or_another_folder_never_writes_over_the_family_s_real_record(
    demo_store, data_dir, tmp_path, monkeypatch, capsys, words, how
):
    # "--demo backup -o" the real record wrote the demo over it, and "--demo diary
    # export" a CSV: the family's record was gone, with "Backed up the care record to ...".
    demo_store.close()
    real = data_dir / "care-record.sqlite"
    before = real.read_bytes()
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    other = tmp_path / "trying out"
    shutil.copytree(data_dir, other)
    where = ["--demo"] if how == "--demo" else ["--data-dir", str(other)]

    assert main([*where, *(str(real) if word == "TARGET" else word for word in words)]) == 2

    assert "one of the files Care Companion keeps" in capsys.readouterr().err
    assert real.read_bytes() == before


@pytest.fixture
def read_only_pipe(tmp_path):
    """A named pipe on a read-only disk, as ``/dev/stdout`` is in a folder the user
    may not write in."""
    folder = tmp_path / "stick"
    for mounted in tmpfs_or_skip(folder, "1m"):
        fifo = mounted / "pipe"
        os.mkfifo(fifo)
        remount_read_only(mounted)
        yield fifo
        with contextlib.suppress(OSError):  # a reader still waiting (the test failed) ends
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))


@pytest.mark.parametrize(
    ("words", "start"),
    [
        (["meds", "export"], b"kind,medicine,"),
        (["meds", "chart"], b"%PDF"),
        (["summary", "--from", "2026-11-01", "--to", "2026-11-29", "-o"], b"%PDF"),
    ],
    ids=["meds export", "meds chart", "summary"],
)
def test_a_pipe_in_a_folder_that_cannot_be_written_is_written_into(
    data_dir, read_only_pipe, words, start
):
    thread, received = read_in_thread(read_only_pipe)

    assert main(["--demo", *words, str(read_only_pipe)]) == 0
    thread.join(timeout=60)

    assert received["data"].startswith(start)
    assert stat.S_ISFIFO(os.lstat(read_only_pipe).st_mode)
