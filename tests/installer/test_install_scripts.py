"""install.sh adds the unpacked program to the user's menu; uninstall.sh takes it away and
leaves the care record where it is. Run on the real .tar.gz layout, with a stand-in program
(a PyInstaller build takes minutes; .ci/run installs a real one)."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import tarfile
from pathlib import Path

import pytest

from tests.installer.loading import installer_module

build = installer_module("build")
APP_ID = build.APP_ID
STAND_IN = '#!/bin/sh\necho "stand-in caregiver-app $*"\n'


@pytest.fixture
def unpacked(tmp_path) -> Path:
    """The archive build.py makes, around a stand-in bundle, unpacked as a user would."""
    bundle = tmp_path / "dist" / "caregiver-app"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "_internal" / "base_library.zip").write_bytes(b"stand-in")
    program = bundle / "caregiver-app"
    program.write_text(STAND_IN)
    program.chmod(0o755)
    archive = build.make_archive(bundle, tmp_path / "dist")
    assert archive.name == f"care-companion-{build.version()}-linux-{os.uname().machine}.tar.gz"
    with tarfile.open(archive) as tar:
        tar.extractall(tmp_path / "Downloads", filter="tar")
    (folder,) = (tmp_path / "Downloads").iterdir()
    return folder


@pytest.fixture
def home(tmp_path) -> dict[str, str]:
    """A user's environment: an empty home with a care record already in its usual folder."""
    user_home = tmp_path / "home"
    record = user_home / ".local" / "share" / "Care Companion" / "caregiver-app"
    record.mkdir(parents=True)
    (record / "care-record.sqlite").write_bytes(b"the family's record")
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    return {**env, "HOME": str(user_home), "PATH": os.environ["PATH"]}


def _run(script: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["sh", str(script)], capture_output=True, text=True, env=env, timeout=60, cwd=script.parent
    )


def _files_under(folder: Path) -> set[str]:
    return {str(path.relative_to(folder)) for path in folder.rglob("*") if not path.is_dir()}


def test_install_puts_the_program_in_the_menu_and_uninstall_keeps_the_record(unpacked, home):
    user_home = Path(home["HOME"])
    share = user_home / ".local" / "share"
    before = _files_under(user_home)

    result = _run(unpacked / "install.sh", home)
    assert result.returncode == 0, result.stderr
    assert "open it from your applications menu" in result.stdout

    program = share / "care-companion-app" / "caregiver-app" / "caregiver-app"
    assert program.stat().st_mode & stat.S_IXUSR
    launcher = share / "applications" / f"{APP_ID}.desktop"
    assert f'Exec="{program}"' in launcher.read_text().splitlines()
    for size in ("16x16", "48x48", "256x256"):
        assert (share / "icons" / "hicolor" / size / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    command = user_home / ".local" / "bin" / "caregiver-app"
    ran = subprocess.run([str(command), "--self-test"], capture_output=True, text=True)
    assert ran.stdout == "stand-in caregiver-app --self-test\n"
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(launcher)], capture_output=True)
        assert check.returncode == 0, check.stdout

    # Installing again (an update) replaces the program and keeps the record.
    assert _run(unpacked / "install.sh", home).returncode == 0

    result = _run(share / "care-companion-app" / "uninstall.sh", home)
    assert result.returncode == 0, result.stderr
    assert "Your care record is still in its folder" in result.stdout
    record = share / "Care Companion" / "caregiver-app" / "care-record.sqlite"
    assert record.read_bytes() == b"the family's record"
    # What is left is what was there before, and the folders install.sh made.
    assert _files_under(user_home) == before
    assert not (share / "care-companion-app").exists()


def test_uninstall_without_an_install_says_so_and_removes_nothing(unpacked, home):
    before = _files_under(Path(home["HOME"]))
    result = _run(unpacked / "uninstall.sh", home)
    assert result.returncode == 2
    assert "is not installed for this account" in result.stderr
    assert _files_under(Path(home["HOME"])) == before


def test_install_refuses_a_partly_unpacked_archive(unpacked, home):
    shutil.rmtree(unpacked / "caregiver-app")
    result = _run(unpacked / "install.sh", home)
    assert result.returncode == 2
    assert "unpack the whole archive" in result.stderr
    assert not (Path(home["HOME"]) / ".local" / "share" / "care-companion-app").exists()
