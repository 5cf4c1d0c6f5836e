"""What the File menu's imports and exports share: asking where, refusing the record's own
files, and the sentence for a file that could not be written (store/file_errors.py), whose
advice fits the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from caregiver_app.services.record.files import OwnFileError, refuse_own_file
from caregiver_app.store.file_errors import not_saved
from caregiver_app.views.signals import AppSignals
from caregiver_app.views.widgets.file_messages import documents_folder, file_message
from caregiver_app.views.widgets.save_path import ask_save_path


class FileActions(QObject):
    """The window's file commands of one kind, and the message that says what happened."""

    def __init__(self, parent: QWidget, signals: AppSignals, data_dir: Path) -> None:
        super().__init__(parent)
        self.window = parent
        self.data_dir = Path(data_dir)
        self.signals = signals
        self.message: QMessageBox | None = None

    def tell(self, title: str, text: str, warning: bool = False, details: str = "") -> QMessageBox:
        """Show ``text`` in a window-modal message titled ``title``, and keep it."""
        self.message = file_message(self.window, title, text, warning, details)
        return self.message

    def ask_save_path(self, title: str, name: str, file_filter: str) -> Path | None:
        """Ask where to save, offering ``name`` in the Documents folder; None if cancelled."""
        return ask_save_path(self.window, title, Path(documents_folder()) / name, file_filter)

    def ask_open_path(self, title: str, file_filter: str) -> Path | None:
        """Ask for a file to read, from the Documents folder; None if cancelled."""
        path, _filter = QFileDialog.getOpenFileName(
            self.window, title, documents_folder(), file_filter
        )
        return Path(path) if path else None

    def write_file(
        self, title: str, path: Path, write: Callable[[Path], str]
    ) -> QMessageBox | None:
        """Write a file the user chose (never one of the record's own) with ``write``.

        ``write`` returns the line for the status bar. A refusal or a failure is told in a
        message, which is returned; None means the file was written.
        """
        try:
            refuse_own_file(self.data_dir, path)
        except OwnFileError as error:
            return self.tell(title, str(error), warning=True)
        try:
            done = write(path)
        except OSError as error:
            return self.tell(title, not_saved(path.name, error), warning=True)
        self.signals.status_reported.emit(done)
        return None
