"""The wheel carries ui/, resources/ and the entry point; generated forms match their .ui."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from caregiver_app.views.forms.__main__ import FORMS_DIR, compile_form, generated_name
from tests.helpers.paths import PROJECT_ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out)],
        cwd=PROJECT_ROOT,
        check=True,
        capture_output=True,
        timeout=300,
    )
    (path,) = out.glob("caregiver_app-*.whl")
    return path


def test_wheel_holds_ui_resources_and_entry_point(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder in ("ui", "resources"):
        for source in (PROJECT_ROOT / folder).rglob("*"):
            if source.is_file():
                relative = source.relative_to(PROJECT_ROOT).as_posix()
                assert f"caregiver_app/{relative}" in names, relative
    (entry_points,) = [name for name in names if name.endswith("entry_points.txt")]
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "caregiver-app = caregiver_app.cli.main:main" in text


def _without_version_line(text: str) -> str:
    return "\n".join(
        line for line in text.splitlines() if "Created by: Qt User Interface" not in line
    )


@pytest.mark.parametrize(
    "ui_file", sorted((PROJECT_ROOT / "ui").glob("*.ui")), ids=lambda path: path.name
)
def test_generated_forms_are_up_to_date(ui_file, tmp_path):
    fresh = tmp_path / generated_name(ui_file)
    compile_form(ui_file, fresh)
    committed = FORMS_DIR / generated_name(ui_file)
    assert committed.exists(), f"run python -m caregiver_app.views.forms for {ui_file.name}"
    assert _without_version_line(fresh.read_text()) == _without_version_line(
        committed.read_text()
    ), f"{committed.name} is stale: run python -m caregiver_app.views.forms"
