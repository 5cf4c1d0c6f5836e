"""A blank data folder never means "the usual one", and a file is never taken for a folder."""

from __future__ import annotations

import os

import pytest

from tests.helpers.record_snapshot import files_in, one_line, run_cli


def _environment(value: str | None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("CAREGIVER_APP_DATA_DIR", None)
    if value is not None:
        env["CAREGIVER_APP_DATA_DIR"] = value
    return env


@pytest.mark.parametrize("blank", ["", " ", "\t  "])
@pytest.mark.parametrize("command", [("info",), ("diary", "export", "{out}"), ("check",)])
def test_a_blank_data_dir_option_is_refused(tmp_path, blank, command):
    home = tmp_path / "home"  # where the usual folder would be (HOME and XDG_DATA_HOME)
    args = [part.format(out=tmp_path / "out.csv") for part in command]
    result = run_cli("--data-dir", blank, *args, env=_environment(None))
    assert result.returncode == 2
    assert one_line(result).startswith("--data-dir is empty; give the folder")
    assert result.stdout == ""
    assert files_in(home) == [] and not (tmp_path / "out.csv").exists()


@pytest.mark.parametrize("blank", ["", "   "])
def test_a_blank_environment_variable_is_refused(tmp_path, blank):
    result = run_cli("info", env=_environment(blank))
    assert result.returncode == 2
    assert one_line(result).startswith("CAREGIVER_APP_DATA_DIR is set but empty")
    assert files_in(tmp_path / "home") == []


def test_the_option_still_wins_over_a_blank_variable(tmp_path):
    folder = tmp_path / "chosen"
    result = run_cli("--data-dir", folder, "info", env=_environment(""))
    assert result.returncode == 0, result.stderr
    assert str(folder) in result.stdout
    assert files_in(folder) == ["care-record.sqlite"] and files_in(tmp_path / "home") == []


def test_demo_with_a_blank_data_dir_is_a_usage_error(tmp_path):
    result = run_cli("--demo", "--data-dir", "", "info", env=_environment(None))
    assert result.returncode == 2
    assert one_line(result).startswith("--demo and --data-dir cannot be used together")


@pytest.mark.parametrize("how", ["option", "variable"])
def test_a_data_folder_that_is_a_file_says_so(tmp_path, how):
    not_a_folder = tmp_path / "care-notes.txt"
    not_a_folder.write_text("my notes\n", encoding="utf-8")
    if how == "option":
        result = run_cli("--data-dir", not_a_folder, "info", env=_environment(None))
        source = "--data-dir"
    else:
        result = run_cli("info", env=_environment(str(not_a_folder)))
        source = "CAREGIVER_APP_DATA_DIR"
    assert result.returncode == 2
    assert one_line(result) == (
        f"{not_a_folder} ({source}) is a file, not a folder; give the folder that holds "
        "the care record"
    )
    assert not_a_folder.read_text(encoding="utf-8") == "my notes\n"
    assert files_in(tmp_path) == ["care-notes.txt"]
