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


class DataDirError(ValueError):
    """The data folder asked for is blank or is a file; one sentence for the user."""


def _checked_folder(text: str, source: str, empty: str) -> Path:
    """``text`` as a folder path; a blank one or a file is refused (never the usual folder)."""
    if not text.strip():
        # A script's unset variable must not fall back to the family's real record.
        raise DataDirError(empty)
    folder = Path(text).expanduser().resolve()
    if folder.exists() and not folder.is_dir():
        raise DataDirError(
            QCoreApplication.translate(
                "Paths",
                "{folder} ({source}) is a file, not a folder; give the folder that "
                "holds the care record",
            ).format(folder=folder, source=source)
        )
    return folder


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` wins, then ``CAREGIVER_APP_DATA_DIR``, then Qt's default.

    An empty or blank value, given or set, raises :class:`DataDirError`, as does a
    path that is a file.
    """
    if explicit is not None:
        empty = QCoreApplication.translate(
            "Paths",
            "--data-dir is empty; give the folder that holds the care record, or leave "
            "the option out to use the usual folder",
        )
        return _checked_folder(os.fspath(explicit), "--data-dir", empty)
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env is not None:
        empty = QCoreApplication.translate(
            "Paths",
            "{variable} is set but empty; set it to the folder that holds the care "
            "record, or unset it to use the usual folder",
        ).format(variable=DATA_DIR_ENV)
        return _checked_folder(from_env.strip(), DATA_DIR_ENV, empty)
    return default_data_dir()


def settings_path(data_dir: Path) -> Path:
    """The window settings (size, last tab, text size) live beside the record they belong to."""
    return Path(data_dir) / SETTINGS_FILENAME
