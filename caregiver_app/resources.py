"""Locate the shipped ``resources/`` and ``ui/`` folders, installed or from a checkout."""

from __future__ import annotations

from pathlib import Path


def _folder(name: str) -> Path:
    """Return the folder ``name`` shipped with the app.

    A wheel carries it inside the package (hatchling force-include); an
    editable install or a checkout has it at the top of the repository.
    (The package's own folder is what ``importlib.resources.files`` gives for a
    package on disk; that module is not imported at start-up.)
    """
    package = Path(__file__).resolve().parent
    packaged = package / name
    if packaged.is_dir():
        return packaged
    return package.parent / name


def resources_dir() -> Path:
    """The folder holding icons, fonts and education content."""
    return _folder("resources")


def ui_dir() -> Path:
    """The folder holding the Qt Designer files."""
    return _folder("ui")


def resource_path(*parts: str) -> Path:
    """Path of one shipped resource file, for example ``resource_path("icons", "app.svg")``."""
    return resources_dir().joinpath(*parts)
