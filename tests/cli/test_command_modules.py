"""Each command's module is imported when that command runs, and no other command's module.

``--help`` still lists every command with its help in the system's language, and a
command's own ``--help`` and usage mistakes work as before (exit code 2, one line).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta

import pytest

from caregiver_app.cli.main import COMMANDS
from tests.helpers.record_snapshot import make_demo_record, one_line, run_cli

MODULES = sorted({target.split(":")[0] for target in COMMANDS.values()})

# Runs main() with argv, then prints the command modules the process imported.
_SCRIPT = """
import atexit, json, sys
modules = {modules!r}
atexit.register(lambda: print(json.dumps(sorted(m for m in modules if m in sys.modules))))
from caregiver_app.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def loaded_command_modules(*argv: object) -> tuple[int, list[str], str]:
    """Run ``caregiver-app ARGV`` in a fresh process: its exit code, the command modules it
    imported, and what it said on stderr."""
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT.format(modules=MODULES), *(str(arg) for arg in argv)],
        capture_output=True,
        text=True,
        timeout=180,
    )
    return result.returncode, json.loads(result.stdout.splitlines()[-1]), result.stderr


def _spanish() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env["LC_ALL"] = "C.UTF-8"
    env["LANGUAGE"] = "es_ES"
    return env


def _listed(help_text: str) -> dict[str, str]:
    """The commands the help lists, each with the first line of its help."""
    listed = {}
    for line in help_text.splitlines():
        words = line.split(maxsplit=1)
        if line.startswith("    ") and not line.startswith("     ") and words[0] in COMMANDS:
            listed[words[0]] = words[1] if len(words) > 1 else ""
    return listed


def test_the_help_lists_every_command_with_its_help():
    result = run_cli("--help")
    assert result.returncode == 0, result.stderr
    listed = _listed(result.stdout)
    assert list(listed) == list(COMMANDS)
    assert all(listed.values()), listed
    assert listed["meds"].startswith("export the medicine log")


def test_the_help_lists_every_command_in_the_system_language():
    result = run_cli("--help", env=_spanish())
    assert result.returncode == 0, result.stderr
    listed = _listed(result.stdout)
    assert list(listed) == list(COMMANDS)
    assert listed["meds"].startswith("exportar el registro de medicación")
    assert listed["info"].startswith("mostrar dónde se guarda")


@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_command_s_help_imports_only_its_own_module(command):
    code, loaded, _err = loaded_command_modules(command, "--help")
    assert code == 0
    assert loaded == [COMMANDS[command].split(":")[0]]


def test_a_command_s_own_help_is_still_translated():
    result = run_cli("meds", "chart", "--help", env=_spanish())
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("uso: caregiver-app meds chart")
    assert "mostrar esta ayuda y salir" in result.stdout


def test_commands_that_run_import_only_their_own_module(data_dir, tmp_path):
    make_demo_record(data_dir)
    chart = tmp_path / "chart.pdf"
    code, loaded, err = loaded_command_modules(
        "--data-dir", data_dir, "meds", "chart", chart, "--paper", "a4"
    )
    assert code == 0, err
    assert loaded == ["caregiver_app.cli.meds"]
    assert chart.read_bytes().startswith(b"%PDF")
    summary = tmp_path / "summary.pdf"
    code, loaded, err = loaded_command_modules(
        "--data-dir", data_dir, "summary", "--from", date.today() - timedelta(days=30),
        "--to", date.today() - timedelta(days=1), "-o", summary,
    )  # fmt: skip
    assert code == 0, err
    assert loaded == ["caregiver_app.cli.summary"]
    code, loaded, err = loaded_command_modules("--data-dir", data_dir, "info")
    assert code == 0, err
    assert loaded == ["caregiver_app.cli.info"]


def test_no_command_module_is_imported_without_a_command():
    code, loaded, _err = loaded_command_modules("--version")
    assert code == 0
    assert loaded == []


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        (["meds", "chart"], "the following arguments are required: FILE"),
        (["meds", "chart", "x.pdf", "--paper", "a5"], "invalid choice: 'a5'"),
        (["restore"], "the following arguments are required: FILE"),
    ],
)
def test_usage_mistakes_stay_one_line_and_exit_2(tmp_path, argv, words):
    result = run_cli(*argv, data_dir=tmp_path / "care-data")
    assert result.returncode == 2
    assert words in one_line(result)
    assert not (tmp_path / "care-data").exists()
