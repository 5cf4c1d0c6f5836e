"""File > Import diary and Export diary (.csv), for the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from caregiver_app.services.record.files import OwnFileError, refuse_own_file
from caregiver_app.store.errors import InvalidValueError, RecordAccessError
from caregiver_app.views.signals import AppSignals
from caregiver_app.views.widgets.file_messages import documents_folder, file_message


class DiaryFiles(QObject):
    """Reads and writes the diary's CSV files and says what happened."""

    def __init__(self, parent: QWidget, signals: AppSignals, data_dir: Path) -> None:
        super().__init__(parent)
        self.window = parent
        self.data_dir = Path(data_dir)
        self.signals = signals
        self.message: QMessageBox | None = None

    def _tell(self, text: str, warning: bool = False) -> QMessageBox:
        self.message = file_message(self.window, self.tr("Symptom diary file"), text, warning)
        return self.message

    def choose_import(self) -> None:
        """Ask for a .csv file and import it."""
        path, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import diary entries"),
            documents_folder(),
            self.tr("Spreadsheet files (*.csv);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> QMessageBox:
        """Import every entry of ``path``, or none if any row is wrong."""
        # The CSV code loads when a file is chosen, not at start-up (docs/benchmarks.md).
        from caregiver_app.services.diary.csv_file import import_parsed, read_diary_file
        from caregiver_app.services.diary.csv_format import DiaryCsvError

        try:  # every row is checked first; the file is read again as its entries go in
            counts = import_parsed(read_diary_file(path))
        except DiaryCsvError as error:
            return self._tell(str(error), warning=True)
        except OSError as error:
            return self._tell(
                self.tr("{file} could not be opened ({reason}). Nothing was imported.").format(
                    file=path.name, reason=error.strerror or error
                ),
                warning=True,
            )
        except (InvalidValueError, RecordAccessError) as error:
            return self._tell(
                self.tr("The entries could not be saved ({reason}). Nothing was imported.").format(
                    reason=error
                ),
                warning=True,
            )
        self.signals.diary_changed.emit()
        return self._tell(
            self.tr("Imported %n entries.", None, counts.imported)
            + " "
            + self.tr("%n were already in the diary.", None, counts.already_there)
        )

    def choose_export(self) -> None:
        """Ask where to save, then export every entry."""
        path, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export diary entries"),
            str(Path(documents_folder()) / "symptom-diary.csv"),
            self.tr("Spreadsheet files (*.csv)"),
        )
        if path:
            self.export_file(Path(path))

    def export_file(self, path: Path) -> QMessageBox | None:
        """Write every entry to ``path``."""
        from caregiver_app.services.diary.csv_file import export_csv

        try:
            refuse_own_file(self.data_dir, path)
        except OwnFileError as error:
            return self._tell(str(error), warning=True)
        try:
            count = export_csv(path)
        except OSError as error:
            return self._tell(
                self.tr(
                    "{file} could not be saved ({reason}). Choose another folder, or free "
                    "some disk space, and try again."
                ).format(file=path.name, reason=error.strerror or error),
                warning=True,
            )
        self.signals.status_reported.emit(
            self.tr("Saved %n diary entries to {file}.", None, count).format(file=path)
        )
        return None
