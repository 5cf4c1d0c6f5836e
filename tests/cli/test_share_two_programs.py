"""Two programs syncing the same record at once (the window's timer and a terminal's
``share sync``): they take turns, no sequence is written twice, nothing is lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from caregiver_app.services.sharing.change_files import found_in
from caregiver_app.services.sharing.state import load_state
from caregiver_app.store.questions import QuestionRecord, save_question
from caregiver_app.store.sync.devices import this_device
from tests.helpers.record_snapshot import run_cli
from tests.services.sharing.records import PASSPHRASE, Computer, opened, shared_dump


def test_two_syncs_of_one_record_at_once(tmp_path: Path) -> None:
    folder = tmp_path / "family"
    folder.mkdir()
    laura = Computer("Laura's laptop", tmp_path / "laura", folder)
    laura.start()
    with opened(laura.data_dir):
        for number in range(400):
            save_question(QuestionRecord(text=f"Question {number}?"))
        assert load_state() is not None
        this = this_device()
    assert this is not None
    device_id = this[0]
    command = [sys.executable, "-m", "caregiver_app", "--data-dir", str(laura.data_dir)]
    syncs = [
        subprocess.Popen([*command, "share", "sync"], stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outputs = [sync.communicate(timeout=180)[0] for sync in syncs]
    assert [sync.returncode for sync in syncs] == [0, 0]
    assert sorted(output.splitlines()[0] for output in outputs) == [
        "sent 0 changes",
        "sent 400 changes",
    ]
    sequences = [found.sequence for found in found_in(folder, device_id)]
    assert len(sequences) == len(set(sequences))
    joined = run_cli(
        "--password-stdin", "share", "join", folder, "--name", "Tom's laptop",
        data_dir=tmp_path / "tom", stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert joined.returncode == 0, joined.stderr
    assert shared_dump(tmp_path / "tom") == shared_dump(laura.data_dir)
