"""The window's size and place, as the user left them, or a first size centred on screen."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

DEFAULT_SIZE = (1180, 760)
GEOMETRY_KEY = "window/geometry"


def restore_geometry(window: QWidget, settings: QSettings) -> None:
    """Put the window where it was; the first time (or if that fails), centred at a default size."""
    geometry = settings.value(GEOMETRY_KEY)
    if not geometry or not window.restoreGeometry(geometry):
        window.resize(*DEFAULT_SIZE)
        screen = QApplication.primaryScreen()
        if screen is not None:
            frame = window.frameGeometry()
            frame.moveCenter(screen.availableGeometry().center())
            window.move(frame.topLeft())


def save_geometry(window: QWidget, settings: QSettings) -> None:
    """Remember the window's size and place for next time."""
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
