"""A record that shares, restored from a backup made before its last changes went out:
the changes it had already written to the family folder come back, so every computer
holds the same record again."""

from __future__ import annotations

from pathlib import Path

import pytest

from caregiver_app.services.sharing import crypto
from tests.helpers.record_snapshot import run_cli
from tests.services.sharing.records import laura_and_tom, shared_dump


@pytest.fixture(autouse=True)
def _quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto, "SCRYPT_N", 2**10)


def test_a_restored_record_takes_back_what_it_had_sent(tmp_path: Path) -> None:
    laura, tom, _folder = laura_and_tom(tmp_path)
    backup = tmp_path / "before.sqlite"
    made = run_cli("backup", "-o", backup, data_dir=laura.data_dir)
    assert made.returncode == 0, made.stderr
    laura.ask("Who do we call at night?")  # after the backup: sent, and Tom has it
    laura.sync()
    tom.sync()
    restored = run_cli("restore", backup, data_dir=laura.data_dir)
    assert restored.returncode == 0, restored.stderr
    laura.ask("Can the visit move to Friday?")

    laura.sync()
    tom.sync()

    expected = {
        "Is the new patch stronger?",
        "Who do we call at night?",
        "Can the visit move to Friday?",
    }
    assert set(laura.questions()) == expected
    assert set(tom.questions()) == expected
    assert shared_dump(laura.data_dir) == shared_dump(tom.data_dir)
