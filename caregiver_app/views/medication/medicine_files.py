"""File > Print medicine chart and Export medicine log, for the window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from caregiver_app.store.home_clock import home_now, home_today
from caregiver_app.views.signals import AppSignals
from caregiver_app.views.widgets.file_actions import FileActions

if TYPE_CHECKING:
    from caregiver_app.views.medication.medicine_file_dialogs import (
        ChartChoice,
        ChartDialog,
        LogChoice,
        LogDialog,
    )


class MedicineFiles(FileActions):
    """Makes the weekly chart and the log's files, and says what happened."""

    def __init__(
        self,
        parent: QWidget,
        signals: AppSignals,
        data_dir: Path,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent, signals, data_dir)
        self.open_url = open_url
        self.dialog: QDialog | None = None

    # ------------------------------------------------------------ chart

    def choose_chart(self) -> ChartDialog:
        """Ask which week, then where to save the chart; make it and open it to print."""
        # Loaded when chosen: the menus are built at start-up, the dialogs rarely opened.
        from caregiver_app.views.medication.medicine_file_dialogs import ChartDialog

        dialog = ChartDialog(self.window, home_today())
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._chart_chosen(dialog.choice))
        dialog.open()
        return dialog

    def _chart_chosen(self, choice: ChartChoice | None) -> None:
        if choice is None:
            return
        path = self.ask_save_path(
            self.tr("Print medicine chart"),
            f"medicine-chart-{choice.day.isoformat()}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if path is not None:
            self.chart_file(path, choice)

    def chart_file(self, path: Path, choice: ChartChoice) -> QMessageBox | None:
        """Write the chart to ``path`` and open it in the system's PDF viewer."""
        # ReportLab is imported when a PDF is made, not at start-up (docs/benchmarks.md).
        from caregiver_app.services.medication.chart import write_chart
        from caregiver_app.services.pdf.paper import page_size

        def write(target: Path) -> str:
            write_chart(target, choice.day, choice.filled, page_size())
            return self.tr("Saved the medicine chart to {file}.").format(file=target)

        box = self.write_file(self.tr("Medicine chart"), path, write)
        if box is None:
            self.open_url(QUrl.fromLocalFile(str(path)))
        return box

    # ------------------------------------------------------------ log

    def choose_export(self) -> LogDialog:
        """Ask which days and which format, then where to save the log."""
        from caregiver_app.views.medication.medicine_file_dialogs import LogDialog

        dialog = LogDialog(self.window, home_today())
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._log_chosen(dialog.choice))
        dialog.open()
        return dialog

    def _log_chosen(self, choice: LogChoice | None) -> None:
        if choice is None:
            return
        if choice.fhir:
            name, kind = "medicine-log.json", self.tr("FHIR files (*.json)")
        else:
            name, kind = "medicine-log.csv", self.tr("Spreadsheet files (*.csv)")
        path = self.ask_save_path(self.tr("Export medicine log"), name, kind)
        if path is not None:
            self.log_file(path, choice)

    def log_file(self, path: Path, choice: LogChoice) -> QMessageBox | None:
        """Write the log for the chosen days to ``path``; the status bar says how many."""
        from caregiver_app.services.medication.export_csv import export_log_csv
        from caregiver_app.services.medication.export_fhir import export_log_fhir

        def write(target: Path) -> str:
            export = export_log_fhir if choice.fhir else export_log_csv
            count = export(target, choice.start, choice.end, home_now())
            return self.tr("Saved %n doses of the medicine log to {file}.", None, count).format(
                file=target
            )

        return self.write_file(self.tr("Medicine log"), path, write)
