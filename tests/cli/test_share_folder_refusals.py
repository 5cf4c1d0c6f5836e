"""``share start|join`` given a FOLDER that is a file or is not there: said first, before
any password or passphrase is asked, in a sentence about starting (not syncing again)."""

from __future__ import annotations

import io

import pytest

from caregiver_app.cli.main import main
from tests.helpers.record_snapshot import make_demo_record, record_rows


@pytest.fixture
def laura(tmp_path):
    folder = tmp_path / "laura"
    make_demo_record(folder)
    return folder


@pytest.mark.parametrize("action", ["start", "join"])
@pytest.mark.parametrize("stdin", ["", "blue heron at dawn\n"], ids=["no passphrase", "passphrase"])
def test_a_family_folder_that_is_a_file_is_said(
    laura, tmp_path, monkeypatch, capsys, action, stdin
):
    notes = tmp_path / "family.txt"
    notes.write_text("not a folder\n", encoding="utf-8")
    before = record_rows(laura)
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))

    code = main(["--data-dir", str(laura), "--password-stdin", "share", action, str(notes),
                 "--name", "Laura's laptop"])  # fmt: skip

    assert code == 2
    assert capsys.readouterr().err == (
        f"caregiver-app: {notes} is a file, not a folder; give the family folder\n"
    )
    assert notes.read_text(encoding="utf-8") == "not a folder\n"
    assert record_rows(laura) == before


@pytest.mark.parametrize("action", ["start", "join"])
def test_a_family_folder_that_is_not_there_is_said(laura, tmp_path, monkeypatch, capsys, action):
    missing = tmp_path / "Dropbox" / "Family"
    before = record_rows(laura)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))

    code = main(["--data-dir", str(laura), "--password-stdin", "share", action, str(missing),
                 "--name", "Laura's laptop"])  # fmt: skip

    assert code == 2
    assert capsys.readouterr().err == (
        f"caregiver-app: the folder {missing} does not exist; connect the drive it is on, "
        "or make it (empty, to start sharing), and try again\n"
    )
    assert not (tmp_path / "Dropbox").exists()
    assert record_rows(laura) == before
