"""Locate the shipped ``resources/`` and ``ui/`` folders, installed or from a checkout."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def _folder(name: str) -> Path:
    """Return the folder ``name`` shipped with the app.

    A wheel carries it inside the package (hatchling force-include); an
    editable install or a checkout has it at the top of the repository.
    """
    packaged = Path(str(resources.files("caregiver_app") / name))
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / name


def resources_dir() -> Path:
    """The folder holding icons, fonts and education content."""
    return _folder("resources")


def ui_dir() -> Path:
    """The folder holding the Qt Designer files."""
    return _folder("ui")


def resource_path(*parts: str) -> Path:
    """Path of one shipped resource file, for example ``resource_path("icons", "app.svg")``."""
    return resources_dir().joinpath(*parts)
