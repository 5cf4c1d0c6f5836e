"""``caregiver-app share sync`` killed (SIGKILL) in the middle of writing a change file: the
next sync sends everything, and another computer ends with the same record."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from caregiver_app.services.sharing.folder_files import is_temporary
from tests.helpers.record_snapshot import run_cli
from tests.services.sharing.records import PASSPHRASE, Computer, shared_dump

# Runs the command with the named system call killing the process the first time it is
# made on a file in the family folder: as if the power went at that moment.
_KILLED_AT = """
import os, signal, sys
folder, call = sys.argv[1], sys.argv[2]
real = getattr(os, call)
def in_folder(target):
    if isinstance(target, int):
        target = os.readlink(f"/proc/self/fd/{target}")
    return str(target).startswith(folder)
def killing(*args, **kwargs):
    if in_folder(args[-1] if call == "replace" else args[0]):
        if call == "write":
            real(args[0], bytes(args[1])[: len(args[1]) // 2])
        os.kill(os.getpid(), signal.SIGKILL)
    return real(*args, **kwargs)
setattr(os, call, killing)
from caregiver_app.cli.main import main
sys.exit(main(sys.argv[3:]))
"""


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="names open files through /proc")
@pytest.mark.parametrize("call", ["write", "fsync", "replace"])
def test_a_sync_killed_mid_write_loses_nothing(tmp_path: Path, call: str) -> None:
    folder = tmp_path / "family"
    folder.mkdir()
    laura = Computer("Laura's laptop", tmp_path / "laura", folder)
    tom = Computer("Tom's laptop", tmp_path / "tom", folder)
    laura.ask("First question?")
    laura.start()
    laura.ask("Asked before the power cut?")
    killed = subprocess.run(
        [
            sys.executable,
            "-c",
            _KILLED_AT,
            str(folder),
            call,
            "--data-dir",
            str(laura.data_dir),
            "share",
            "sync",
        ],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ},
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    visible = [p for p in folder.rglob("*") if p.is_file() and not is_temporary(p.name)]
    assert all(p.stat().st_size > 0 for p in visible)
    again = run_cli("share", "sync", data_dir=laura.data_dir)
    assert again.returncode == 0, again.stderr
    joined = run_cli(
        "--password-stdin",
        "share",
        "join",
        folder,
        "--name",
        "Tom's laptop",
        data_dir=tom.data_dir,
        stdin=PASSPHRASE + "\n",
    )
    assert joined.returncode == 0, joined.stderr
    assert set(tom.questions()) == {"First question?", "Asked before the power cut?"}
    assert shared_dump(tom.data_dir) == shared_dump(laura.data_dir)
