"""``caregiver-app --self-test``: one line per check, exit 0; a broken piece is named, exit 1."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CHECK_NAMES = (
    "care record without a password",
    "care record with a password",
    "main window and each tab",
    "visit summary",
    "Who to call sheet",
    "translations",
    "Chinese font",
    "fonts of the printouts",
)

# The self-test with the shipped Chinese font gone, as a bundle that lost it would be.
WITHOUT_THE_FONT = r"""
import sys
from caregiver_app.views.look import fonts
fonts.CJK = ("NoSuchFont.ttf",)
from caregiver_app.cli.main import main
raise SystemExit(main(sys.argv[1:]))
"""

# The same with the printouts' emoji font gone: it is read only when a printout first needs
# it, so no other check would notice.
WITHOUT_THE_SYMBOLS = r"""
import sys
from caregiver_app.services.pdf import text
text._FONT_FILES[text.SYMBOLS] = "NoSuchSymbols.ttf"
from caregiver_app.cli.main import main
raise SystemExit(main(sys.argv[1:]))
"""


def _command() -> list[str]:
    """The installed ``caregiver-app`` script beside this Python, as a pip install has it.

    A script written by an older install of the project may name another entry point;
    then the one pyproject.toml names is called as the script would.
    """
    script = Path(sys.executable).with_name("caregiver-app")
    if script.exists() and "caregiver_app.cli.main import main" in script.read_text():
        return [str(script)]
    entry_point = "from caregiver_app.cli.main import main; raise SystemExit(main())"
    return [sys.executable, "-c", entry_point]


def _run(command: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    env = {**os.environ, "TMPDIR": str(scratch)}
    env.pop("QT_QPA_PLATFORM", None)  # the self-test goes offscreen by itself
    data = tmp_path / "throwaway-data"
    result = subprocess.run(
        [*command, "--data-dir", str(data), "--self-test"],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        cwd=tmp_path,
    )
    # The family's record (here the --data-dir) is never opened or created, and the
    # throwaway folder is gone afterwards.
    assert not data.exists()
    assert list(scratch.iterdir()) == []
    return result


def test_self_test_passes_with_one_line_per_check(tmp_path):
    result = _run(_command(), tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines == [f"ok     {name}" for name in CHECK_NAMES]
    # Qt may warn about the machine (no XDG_RUNTIME_DIR, say); nothing failed.
    assert "self-test failed" not in result.stderr
    assert "Traceback" not in result.stderr


def test_a_failing_check_is_named_and_exits_1(tmp_path):
    result = _run([sys.executable, "-c", WITHOUT_THE_FONT], tmp_path)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == len(CHECK_NAMES)
    failed = CHECK_NAMES.index("Chinese font")
    assert [line for index, line in enumerate(lines) if index != failed] == [
        f"ok     {name}" for name in CHECK_NAMES if name != "Chinese font"
    ]
    assert lines[failed].startswith("FAILED Chinese font: ")
    assert "NoSuchFont.ttf is missing" in lines[failed]
    assert result.stderr.strip() == "caregiver-app: the self-test failed: Chinese font"


def test_a_missing_printout_font_is_named(tmp_path):
    result = _run([sys.executable, "-c", WITHOUT_THE_SYMBOLS], tmp_path)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[:-1] == [f"ok     {name}" for name in CHECK_NAMES[:-1]]
    assert lines[-1].startswith("FAILED fonts of the printouts: ")
    assert "NoSuchSymbols.ttf is missing" in lines[-1]
