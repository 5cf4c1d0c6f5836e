"""Build Care Companion's one-folder bundle: ``python installer/build.py``.

Runs PyInstaller on ``installer/caregiver-app.spec`` and, on Linux, packs the bundle with
``install.sh``, ``uninstall.sh`` and the desktop files into
``dist/care-companion-<version>-linux-<machine>.tar.gz``. It then says how big the
bundle is unpacked and fails (exit 1) when that is over the limit. Needs the ``bundle``
extra: ``pip install -e ".[bundle]"``.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
DESKTOP = ROOT / "resources" / "desktop"
APP_ID = "org.carecompanion.CareCompanion"
# The Linux bundle, unpacked. Sharing and phones brought cryptography (AES-GCM and scrypt,
# 12 MB), lxml (CalDAV's XML) and OpenSSL for TLS; ICU's data, slimmed to what Qt uses for
# the app's languages (installer/icu_data.py), and lxml's unused parts make room for them.
SIZE_LIMIT_MB = 150


def version() -> str:
    """The app's version, read from the package without importing it (or Qt)."""
    text = (ROOT / "caregiver_app" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise SystemExit("build: no __version__ in caregiver_app/__init__.py")
    return found.group(1)


def unpacked_size(folder: Path) -> int:
    """Bytes the folder takes unpacked: every file's size, a symbolic link as itself."""
    return sum(path.lstat().st_size for path in folder.rglob("*") if not path.is_dir())


def run_pyinstaller(dist: Path, work: Path) -> Path:
    """Build the bundle into ``dist``; return the bundle's folder."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(INSTALLER / "caregiver-app.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    return dist / "caregiver-app"


def desktop_files() -> list[tuple[Path, str]]:
    """(file, path in the archive's share/ folder) for the launcher, icons and metainfo."""
    files = [
        (DESKTOP / f"{APP_ID}.desktop", f"share/applications/{APP_ID}.desktop"),
        (DESKTOP / f"{APP_ID}.metainfo.xml", f"share/metainfo/{APP_ID}.metainfo.xml"),
        (
            DESKTOP / "icons" / "scalable" / f"{APP_ID}.svg",
            f"share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        ),
    ]
    for png in sorted((DESKTOP / "icons").glob("*/*.png")):
        size = png.parent.name
        files.append((png, f"share/icons/hicolor/{size}/apps/{png.name}"))
    return files


def make_archive(bundle: Path, dist: Path) -> Path:
    """Pack the bundle, the install scripts and the desktop files as one .tar.gz."""
    name = f"care-companion-{version()}-linux-{platform.machine()}"
    archive = dist / f"{name}.tar.gz"

    def executable(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with tarfile.open(archive, "w:gz") as tar:
        tar.add(bundle, arcname=f"{name}/caregiver-app", filter=executable)
        for script in ("install.sh", "uninstall.sh"):
            tar.add(INSTALLER / script, arcname=f"{name}/{script}", filter=executable)
        for source, inside in desktop_files():
            tar.add(source, arcname=f"{name}/{inside}", filter=executable)
        tar.add(ROOT / "CHANGELOG.md", arcname=f"{name}/CHANGELOG.md", filter=executable)
    return archive


def slim_icu(bundle: Path) -> None:
    """Replace the ICU data library Qt brought with the slimmed one (see installer/icu_data.py)."""
    sys.path.insert(0, str(INSTALLER))
    from icu_data import IcuDataError, slim_library

    for library in sorted(bundle.rglob("libicudata.so.*")):
        if library.is_symlink():
            continue  # PyInstaller's link to the library beside Qt's
        try:
            before, after = slim_library(library)
        except IcuDataError as error:
            raise SystemExit(f"build: {error}") from error
        print(f"build: {library.name} slimmed from {before / 1e6:.1f} to {after / 1e6:.1f} MB")


def main(argv: list[str] | None = None) -> int:
    """Build, pack (Linux), and check the size; the bundle's path is the last line printed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build", help="PyInstaller's working folder"
    )
    parser.add_argument("--no-archive", action="store_true", help="leave out the .tar.gz")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    bundle = run_pyinstaller(dist, work)
    if sys.platform.startswith("linux"):
        slim_icu(bundle)
    size_mb = unpacked_size(bundle) / 1_000_000
    print(f"build: {bundle} is {size_mb:.1f} MB unpacked (limit {SIZE_LIMIT_MB} MB)")
    if sys.platform.startswith("linux") and not args.no_archive:
        archive = make_archive(bundle, dist)
        print(f"build: {archive} ({archive.stat().st_size / 1_000_000:.1f} MB)")
    if sys.platform.startswith("linux") and size_mb >= SIZE_LIMIT_MB:
        print(f"build: the bundle is over {SIZE_LIMIT_MB} MB; see installer/prune.py")
        return 1
    if os.environ.get("GITHUB_OUTPUT"):
        with open(os.environ["GITHUB_OUTPUT"], "a", encoding="utf-8") as output:
            output.write(f"bundle={bundle}\n")
    shutil.rmtree(work, ignore_errors=True)
    print(bundle)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
