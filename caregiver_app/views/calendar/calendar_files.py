"""File > Import calendar and Export calendar (.ics), for the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from caregiver_app.services.record.files import OwnFileError, refuse_own_file
from caregiver_app.store.errors import InvalidValueError, RecordAccessError
from caregiver_app.views.signals import AppSignals
from caregiver_app.views.widgets.file_messages import documents_folder, file_message


class CalendarFiles(QObject):
    """Reads and writes .ics files and tells the user what happened."""

    def __init__(self, parent: QWidget, signals: AppSignals, data_dir: Path) -> None:
        super().__init__(parent)
        self.window = parent
        self.data_dir = Path(data_dir)
        self.signals = signals
        self.message: QMessageBox | None = None

    def _tell(self, text: str, warning: bool = False, details: str = "") -> QMessageBox:
        box = file_message(self.window, self.tr("Calendar file"), text, warning, details)
        box.setObjectName("calendarFileMessage")
        self.message = box
        return box

    def choose_import(self) -> None:
        """Ask for an .ics file and import it."""
        path, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import calendar"),
            documents_folder(),
            self.tr("Calendar files (*.ics *.ical *.ifb);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> QMessageBox:
        """Import every readable event of ``path``; say what was imported, updated and skipped."""
        # The iCalendar code loads when a file is chosen, not at start-up (docs/benchmarks.md).
        from caregiver_app.services.calendar import ics_files
        from caregiver_app.services.calendar.ics_import import NotICalendarError, read_ics

        try:
            data = path.read_bytes()
        except OSError as error:
            return self._tell(
                self.tr("{file} could not be opened ({reason}). Nothing was imported.").format(
                    file=path.name, reason=error.strerror or error
                ),
                warning=True,
            )
        try:
            parsed = read_ics(data)
        except NotICalendarError as error:
            return self._tell(str(error), warning=True)
        try:
            summary, problems = ics_files.import_parsed(parsed)
        except (InvalidValueError, RecordAccessError) as error:
            return self._tell(
                self.tr(
                    "The appointments could not be saved ({reason}). Nothing was imported."
                ).format(reason=error),
                warning=True,
            )
        self.signals.appointments_changed.emit()
        text = summary[:1].upper() + summary[1:] + "."
        if problems:
            text += " " + self.tr("Show Details to see what was skipped or assumed.")
        self.signals.status_reported.emit(text)
        return self._tell(text, details="\n".join(problems))

    def choose_export(self) -> None:
        """Ask where to save, then export every appointment."""
        path, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export calendar"),
            str(Path(documents_folder()) / "care-appointments.ics"),
            self.tr("Calendar files (*.ics)"),
        )
        if path:
            self.export_file(Path(path))

    def export_file(self, path: Path) -> QMessageBox | None:
        """Write every appointment to ``path`` as iCalendar."""
        from caregiver_app.services.calendar import ics_files

        try:
            refuse_own_file(self.data_dir, path)
        except OwnFileError as error:
            return self._tell(str(error), warning=True)
        try:
            line = ics_files.export_file(path)
        except OSError as error:
            return self._tell(
                self.tr(
                    "{file} could not be saved ({reason}). Choose another folder, or free "
                    "some disk space, and try again."
                ).format(file=path.name, reason=error.strerror or error),
                warning=True,
            )
        self.signals.status_reported.emit(line[:1].upper() + line[1:] + ".")
        return None
