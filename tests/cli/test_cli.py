"""The command line: help, version, exit codes, data folder choice, the demo record."""

import subprocess
import sys

import pytest

from caregiver_app import __version__
from caregiver_app.cli.main import main
from caregiver_app.store.database import database_path
from caregiver_app.store.engine import sqlite
from caregiver_app.store.migrations import CURRENT_VERSION


def run_cli(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "caregiver_app", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_version_and_help():
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"caregiver-app {__version__}"
    result = run_cli("--help")
    assert result.returncode == 0
    assert "--data-dir" in result.stdout and "info" in result.stdout
    result = run_cli("info", "--help")
    assert result.returncode == 0


def test_unknown_command_is_one_line_and_exit_2(data_dir, capsys):
    assert main(["frobnicate"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("caregiver-app: ")
    assert not data_dir.exists()


def test_info_uses_the_environment_folder_and_creates_it_privately(data_dir, capsys):
    assert main(["info"]) == 0
    out = capsys.readouterr().out
    assert str(database_path(data_dir)) in out
    assert "Diary entries: 0" in out
    assert (data_dir.stat().st_mode & 0o777) == 0o700


def test_data_dir_option_wins_over_the_environment(data_dir, tmp_path, capsys):
    other = tmp_path / "other"
    assert main(["--data-dir", str(other), "info"]) == 0
    assert str(other) in capsys.readouterr().out
    assert other.exists() and not data_dir.exists()


def test_newer_record_is_refused_with_exit_2_and_left_as_is(data_dir, capsys):
    data_dir.mkdir()
    path = database_path(data_dir)
    connection = sqlite.connect(path)
    connection.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    connection.close()
    before = path.read_bytes()
    assert main(["info"]) == 2
    err = capsys.readouterr().err
    assert "newer version" in err and err.count("\n") == 1
    assert path.read_bytes() == before


def test_unwritable_folder_is_exit_2_with_a_sentence(tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert main(["--data-dir", str(blocker / "inside"), "info"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("caregiver-app: ") and err.count("\n") == 1


def test_demo_never_touches_the_real_record(data_dir, capsys):
    assert main(["--demo", "info"]) == 0
    out = capsys.readouterr().out
    assert "Rosa Delgado" in out
    assert not data_dir.exists()
    demo_path = out.splitlines()[0].split(": ", 1)[1]
    assert not (database_path(data_dir).parent / demo_path).exists()  # thrown away


def test_a_demo_backup_is_kept_only_where_the_family_says(data_dir, tmp_path, capsys):
    # Before, it printed the path of a copy deleted as the command ended.
    assert main(["--demo", "backup"]) == 2
    assert "give -o FILE to keep a copy" in capsys.readouterr().err
    kept = tmp_path / "demo-copy.sqlite"
    assert main(["--demo", "backup", "-o", str(kept)]) == 0
    assert kept.is_file() and kept.read_bytes().startswith(b"SQLite format 3")
    assert not data_dir.exists()


def test_demo_and_data_dir_together_is_a_usage_error(tmp_path, capsys):
    assert main(["--demo", "--data-dir", str(tmp_path / "x"), "info"]) == 2
    assert "--demo" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["--data-dir"], ["info", "extra"]])
def test_usage_mistakes_exit_2(argv, capsys):
    assert main(argv) == 2
    assert capsys.readouterr().err.count("\n") == 1
