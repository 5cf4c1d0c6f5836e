"""File > Import calendar and Export calendar (.ics), for the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from caregiver_app.store.errors import InvalidValueError, RecordAccessError
from caregiver_app.store.file_errors import reason_of
from caregiver_app.views.widgets.file_actions import FileActions


class CalendarFiles(FileActions):
    """Reads and writes .ics files and tells the user what happened."""

    def _tell(self, text: str, warning: bool = False, details: str = "") -> QMessageBox:
        box = self.tell(self.tr("Calendar file"), text, warning, details)
        box.setObjectName("calendarFileMessage")
        return box

    def choose_import(self) -> None:
        """Ask for an .ics file and import it."""
        path = self.ask_open_path(
            self.tr("Import calendar"),
            self.tr("Calendar files (*.ics *.ical *.ifb);;All files (*)"),
        )
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> QMessageBox:
        """Import every readable event of ``path``; say what was imported, updated and skipped."""
        # The iCalendar code loads when a file is chosen, not at start-up (docs/benchmarks.md).
        from caregiver_app.services.calendar import ics_files
        from caregiver_app.services.calendar.ics_import import NotICalendarError, read_ics_file

        try:
            parsed = read_ics_file(path)
        except OSError as error:
            return self._tell(
                self.tr("{file} could not be opened ({reason}). Nothing was imported.").format(
                    file=path.name, reason=reason_of(error)
                ),
                warning=True,
            )
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
        self.signals.records_imported.emit()
        self.signals.appointments_changed.emit()
        text = summary[:1].upper() + summary[1:] + "."
        if problems:
            text += " " + self.tr("Show Details to see what was skipped or assumed.")
        self.signals.status_reported.emit(text)
        return self._tell(text, details="\n".join(problems))

    def choose_export(self) -> None:
        """Ask where to save, then export every appointment."""
        path = self.ask_save_path(
            self.tr("Export calendar"), "care-appointments.ics", self.tr("Calendar files (*.ics)")
        )
        if path is not None:
            self.export_file(path)

    def export_file(self, path: Path) -> QMessageBox | None:
        """Write every appointment to ``path`` as iCalendar."""
        from caregiver_app.services.calendar import ics_files

        def write(target: Path) -> str:
            line = ics_files.export_file(target)
            return line[:1].upper() + line[1:] + "."

        box = self.write_file(self.tr("Calendar file"), path, write)
        if box is not None:
            box.setObjectName("calendarFileMessage")
        return box
