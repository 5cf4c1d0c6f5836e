"""The launcher, icons, AppStream metainfo and screenshots a Linux desktop shows."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QImage

from caregiver_app import __version__
from tests.helpers.paths import PROJECT_ROOT

APP_ID = "org.carecompanion.CareCompanion"
DESKTOP = PROJECT_ROOT / "resources" / "desktop"
LAUNCHER = DESKTOP / f"{APP_ID}.desktop"
METAINFO = DESKTOP / f"{APP_ID}.metainfo.xml"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _validator(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt packages desktop-file-utils and appstream)")
    return path


def test_the_launcher_passes_desktop_file_validate():
    result = subprocess.run(
        [_validator("desktop-file-validate"), str(LAUNCHER)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def test_the_metainfo_passes_appstreamcli_validate():
    result = subprocess.run(
        [_validator("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_launcher_and_metainfo_name_the_same_program_and_icon():
    text = LAUNCHER.read_text(encoding="utf-8")
    assert re.search(r"^Exec=caregiver-app$", text, re.MULTILINE)
    assert re.search(rf"^Icon={APP_ID}$", text, re.MULTILINE)
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == LAUNCHER.name
    assert root.findtext("provides/binary") == "caregiver-app"


def test_the_newest_release_is_this_version_with_notes_in_the_changelog():
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases[0].get("version") == __version__
    assert releases[0].find("description") is not None
    changelog = (PROJECT_ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## {__version__} - {releases[0].get('date')}" in changelog


@pytest.mark.parametrize("size", ICON_SIZES)
def test_the_icon_is_drawn_at_each_standard_size(size):
    image = QImage(str(DESKTOP / "icons" / f"{size}x{size}" / f"{APP_ID}.png"))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()


def test_the_scalable_icon_is_the_apps_own():
    scalable = DESKTOP / "icons" / "scalable" / f"{APP_ID}.svg"
    app_icon = PROJECT_ROOT / "resources" / "icons" / "care-companion.svg"
    assert scalable.read_bytes() == app_icon.read_bytes()


@pytest.mark.parametrize("name", ["diary.png", "care-team.png"])
def test_screenshots_are_small_pngs_of_the_window(name):
    path = DESKTOP / "screenshots" / name
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert path.stat().st_size < 300_000
    image = QImage(str(path))
    assert image.width() >= 1000 and image.height() >= 600
