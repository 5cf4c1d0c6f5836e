"""Start-up of the windowed app, step by step."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from caregiver_app import APP_NAME
from caregiver_app.paths import settings_path
from caregiver_app.resources import resource_path
from caregiver_app.store import StoreError, open_store
from caregiver_app.store.database import database_proxy
from caregiver_app.views.main_window import MainWindow
from caregiver_app.views.recovery_dialog import ensure_record_is_sound
from caregiver_app.views.text_size import TextScale

log = logging.getLogger(__name__)


def application() -> QApplication:
    """The one QApplication, created on first use."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationDisplayName(APP_NAME)
    return app


def open_settings(data_dir: Path) -> QSettings:
    """Window settings kept beside the record, so a demo or test folder never touches yours."""
    return QSettings(str(settings_path(data_dir)), QSettings.Format.IniFormat)


def build_window(data_dir: Path, demo: bool = False) -> MainWindow:
    """Open the store and make the main window (not yet shown). Raises StoreError."""
    app = application()
    settings = open_settings(data_dir)
    text_scale = TextScale(app)
    text_scale.apply(settings.value("view/textPercent", 100, type=int))
    window = MainWindow(data_dir, settings, text_scale, demo=demo)
    window.setWindowIcon(QIcon(str(resource_path("icons", "care-companion.svg"))))
    return window


def _show_unexpected_error(exc_type, exc_value, exc_traceback) -> None:
    """Bugs are logged with their traceback and reported in a friendly dialog."""
    details = "".join(traceback.format_exception(exc_type, exc_value, exc_traceback))
    log.error("Unexpected error\n%s", details)
    print(details, file=sys.stderr)
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, "")
    box.setText(
        QApplication.translate(
            "App",
            "Something went wrong inside Care Companion. What you saved before this is "
            "safe. Please close and reopen the app; if it happens again, report it with "
            "the details below.",
        )
    )
    box.setDetailedText(details)
    box.exec()


def run_gui(data_dir: Path, demo: bool = False) -> int:
    """Open the record in ``data_dir`` and run the window until it closes."""
    app = application()
    app.setWindowIcon(QIcon(str(resource_path("icons", "care-companion.svg"))))
    # quick_check first: a damaged record is moved aside, never opened for writing.
    if not ensure_record_is_sound(data_dir):
        return 3
    try:
        database = open_store(data_dir)
    except StoreError as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        return 2
    sys.excepthook = _show_unexpected_error
    try:
        window = build_window(data_dir, demo=demo)
        window.show()
        QTimer.singleShot(0, window.start_first_run_if_needed)
        return app.exec()
    finally:
        sys.excepthook = sys.__excepthook__
        database.close()
        if database_proxy.obj is not None and database_proxy.obj is not database:
            database_proxy.obj.close()  # a restore over a damaged record opened a new file
