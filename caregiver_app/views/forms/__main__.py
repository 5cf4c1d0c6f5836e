"""Regenerate every form module from its Designer file: ``python -m caregiver_app.views.forms``."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from caregiver_app.resources import ui_dir

FORMS_DIR = Path(__file__).resolve().parent


def generated_name(ui_file: Path) -> str:
    """``ui/profile_form.ui`` becomes ``ui_profile_form.py``."""
    return f"ui_{ui_file.stem}.py"


def compile_form(ui_file: Path, output: Path) -> None:
    """Run pyside6-uic on one Designer file."""
    uic = shutil.which("pyside6-uic") or str(Path(sys.executable).with_name("pyside6-uic"))
    subprocess.run([uic, str(ui_file), "-o", str(output)], check=True)


def main() -> int:
    """Compile every Designer file of ui/ into views/forms/."""
    for ui_file in sorted(ui_dir().glob("*.ui")):
        compile_form(ui_file, FORMS_DIR / generated_name(ui_file))
        print(f"{ui_file.name} -> {generated_name(ui_file)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
