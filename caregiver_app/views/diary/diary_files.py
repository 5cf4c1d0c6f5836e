"""File > Import diary and Export diary (.csv), for the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from caregiver_app.store.errors import InvalidValueError, RecordAccessError
from caregiver_app.store.file_errors import reason_of
from caregiver_app.views.widgets.file_actions import FileActions


class DiaryFiles(FileActions):
    """Reads and writes the diary's CSV files and says what happened."""

    def _tell(self, text: str, warning: bool = False) -> QMessageBox:
        return self.tell(self.tr("Symptom diary file"), text, warning)

    def choose_import(self) -> None:
        """Ask for a .csv file and import it."""
        path = self.ask_open_path(
            self.tr("Import diary entries"), self.tr("Spreadsheet files (*.csv);;All files (*)")
        )
        if path is not None:
            self.import_file(path)

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
                    file=path.name, reason=reason_of(error)
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
        if counts.imported:
            self.signals.records_imported.emit()
        self.signals.diary_changed.emit()
        return self._tell(
            self.tr("Imported %n entries.", None, counts.imported)
            + " "
            + self.tr("%n were already in the diary.", None, counts.already_there)
        )

    def choose_export(self) -> None:
        """Ask where to save, then export every entry."""
        path = self.ask_save_path(
            self.tr("Export diary entries"),
            "symptom-diary.csv",
            self.tr("Spreadsheet files (*.csv)"),
        )
        if path is not None:
            self.export_file(path)

    def export_file(self, path: Path) -> QMessageBox | None:
        """Write every entry to ``path``."""
        from caregiver_app.services.diary.csv_file import export_csv

        def write(target: Path) -> str:
            count = export_csv(target)
            return self.tr("Saved %n diary entries to {file}.", None, count).format(file=target)

        return self.write_file(self.tr("Symptom diary file"), path, write)
