"""A password or passphrase the command cannot get: one line naming which, exit 2, nothing kept."""

from __future__ import annotations

import io

import pytest

from caregiver_app.cli.main import main
from tests.helpers.record_snapshot import record_rows

SETUP = ["phones", "setup", "https://dav.example.org/", "--user", "family"]
START = ["share", "start", "FOLDER", "--name", "Laura's laptop"]


@pytest.mark.parametrize(
    ("words", "password_stdin", "sentence"),
    [
        (SETUP, True, "--password-stdin: no password was given"),
        (SETUP, False, "the server's password is needed: run the command in a terminal"),
        (START, True, "--password-stdin: no family passphrase was given"),
        (START, False, "the family passphrase is needed: run the command in a terminal"),
    ],
)
def test_a_missing_secret_is_one_line_and_changes_nothing(
    demo_store, data_dir, tmp_path, monkeypatch, capsys, words, password_stdin, sentence
):
    demo_store.close()
    before = record_rows(data_dir)
    folder = tmp_path / "family"
    folder.mkdir()
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal, and nothing in it
    flags = ["--password-stdin"] if password_stdin else []
    words = [str(folder) if word == "FOLDER" else word for word in words]

    assert main(["--data-dir", str(data_dir), *flags, *words]) == 2

    err = capsys.readouterr().err
    assert err.count("\n") == 1 and sentence in err, err
    assert list(folder.iterdir()) == []
    assert record_rows(data_dir) == before
