"""The command line on a record with a password: asked for, never echoed, refused when wrong."""

from __future__ import annotations

import io

import pytest

from caregiver_app.cli.main import main
from caregiver_app.services.record.backup_reading import inspect_backup
from caregiver_app.services.record.backups import make_backup
from caregiver_app.services.record.password import change_password
from caregiver_app.store.database import database_path
from caregiver_app.store.engine import SQLITE_HEADER
from caregiver_app.store.queries import record_counts
from tests.helpers.damage import damage

PASSWORD = "kettle on the stove"


@pytest.fixture
def protected(demo_store, data_dir):
    counts = record_counts()
    change_password(demo_store, data_dir, PASSWORD).database.close()
    return counts


def _stdin(monkeypatch, *lines):
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{line}\n" for line in lines)))


def test_without_a_way_to_ask_the_command_says_how(protected, monkeypatch, capsys):
    _stdin(monkeypatch)  # not a terminal, and no --password-stdin
    assert main(["info"]) == 2
    assert "--password-stdin" in capsys.readouterr().err


def test_a_wrong_password_is_exit_2_and_the_right_one_works(protected, monkeypatch, capsys):
    _stdin(monkeypatch, "not it")
    assert main(["--password-stdin", "info"]) == 2
    assert "not the password of this care record" in capsys.readouterr().err
    _stdin(monkeypatch, PASSWORD)
    assert main(["--password-stdin", "info"]) == 0
    out = capsys.readouterr().out
    assert f"Diary entries: {protected.diary_entries}" in out
    assert "Password: yes (encrypted)" in out


def test_backup_restore_and_check_of_an_encrypted_record(
    protected, data_dir, tmp_path, monkeypatch, capsys
):
    target = tmp_path / "usb.sqlite"
    _stdin(monkeypatch, PASSWORD)
    assert main(["--password-stdin", "backup", "-o", str(target)]) == 0
    assert target.read_bytes()[:16] != SQLITE_HEADER
    assert inspect_backup(target, PASSWORD).counts == protected
    _stdin(monkeypatch, PASSWORD)
    assert main(["--password-stdin", "check"]) == 0
    assert "no damage" in capsys.readouterr().out
    _stdin(monkeypatch, PASSWORD)
    assert main(["--password-stdin", "restore", str(target)]) == 0
    assert "Restored the backup" in capsys.readouterr().out
    damage(database_path(data_dir), "page")
    _stdin(monkeypatch, PASSWORD)
    assert main(["--password-stdin", "check"]) == 3  # the right password: damage, not refusal
    assert "damaged" in capsys.readouterr().err


def test_restoring_a_backup_made_under_another_password_asks_for_it(
    protected, data_dir, monkeypatch, capsys, tmp_path
):
    from caregiver_app.store.opening import open_store

    database = open_store(data_dir, PASSWORD)
    copy = make_backup(database, data_dir)
    kept = copy.replace(tmp_path / "older.sqlite")
    database = change_password(database, data_dir, "a newer password").database
    database.close()
    _stdin(monkeypatch, "a newer password", "wrong")
    assert main(["--password-stdin", "restore", str(kept)]) == 2
    assert "does not open it" in capsys.readouterr().err
    _stdin(monkeypatch, "a newer password", PASSWORD)
    assert main(["--password-stdin", "restore", str(kept)]) == 0
    _stdin(monkeypatch, "a newer password")
    assert main(["--password-stdin", "info"]) == 0  # the record kept its own password
