"""Keep the interface translations in step: ``python -m caregiver_app.translations``.

Runs ``pyside6-lupdate`` over every source and Designer file to refresh
``resources/translations/caregiver_app_<lang>.ts`` (Qt Linguist files, edited by
translators), then ``pyside6-lrelease`` to build the ``.qm`` files the app loads.

English is the language of the source text, so its file holds only the messages with
a count (``%n``), each with its singular and plural form: without it Qt prints the
source text as it is, "1 entries" included.
"""

from __future__ import annotations

import sys
from pathlib import Path

from caregiver_app.resources import resources_dir, ui_dir

LANGUAGES = ("en", "es", "zh_CN")
SOURCE_LANGUAGE = "en"  # its file holds the plural forms only (lupdate -pluralonly)
PACKAGE = Path(__file__).resolve().parent


def ts_path(language: str) -> Path:
    """The Linguist file of one language."""
    return resources_dir() / "translations" / f"caregiver_app_{language}.ts"


def qm_path(language: str) -> Path:
    """The compiled file the app loads."""
    return ts_path(language).with_suffix(".qm")


def sources() -> list[Path]:
    """Every file whose strings are translated (generated forms come from ui/)."""
    python = [p for p in sorted(PACKAGE.rglob("*.py")) if "forms" not in p.parts]
    return python + sorted(ui_dir().glob("*.ui"))


def _tool(name: str) -> str:
    import shutil  # the tools only: the app imports this module for qm_path at start-up

    return shutil.which(name) or str(Path(sys.executable).with_name(name))


def update() -> None:
    """Refresh the .ts files from the code, dropping strings that no longer exist."""
    import subprocess

    for language in LANGUAGES:
        command = [_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none"]
        if language == SOURCE_LANGUAGE:
            command.append("-pluralonly")
        command += [str(path) for path in sources()]
        command += ["-target-language", language, "-ts", str(ts_path(language))]
        subprocess.run(command, check=True)


def release() -> None:
    """Build the .qm files from the .ts files."""
    import subprocess

    for language in LANGUAGES:
        subprocess.run(
            [_tool("pyside6-lrelease"), str(ts_path(language)), "-qm", str(qm_path(language))],
            check=True,
        )


def main(argv: list[str]) -> int:
    """``update``, ``release``, or both (the default)."""
    steps = argv or ["update", "release"]
    for step in steps:
        {"update": update, "release": release}[step]()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
