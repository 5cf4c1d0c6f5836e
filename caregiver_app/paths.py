"""Where the care record lives. QtCore only: headless commands use this too."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from caregiver_app import APP_ID, ORGANISATION_NAME, __version__

DATA_DIR_ENV = "CAREGIVER_APP_DATA_DIR"
SETTINGS_FILENAME = "window-settings.ini"


def set_application_identity() -> None:
    """Give Qt the organisation and application names once, before any path is asked for."""
    QCoreApplication.setOrganizationName(ORGANISATION_NAME)
    QCoreApplication.setApplicationName(APP_ID)
    QCoreApplication.setApplicationVersion(__version__)


def default_data_dir() -> Path:
    """Qt's per-user application data folder for this app."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if not location:
        location = str(Path.home() / f".{APP_ID}")
    return Path(location)


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` wins, then ``CAREGIVER_APP_DATA_DIR``, then Qt's default."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    from_env = os.environ.get(DATA_DIR_ENV, "").strip()
    if from_env:
        return Path(from_env).expanduser().resolve()
    return default_data_dir()


def settings_path(data_dir: Path) -> Path:
    """The window settings (size, last tab, text size) live beside the record they belong to."""
    return Path(data_dir) / SETTINGS_FILENAME
