"""File > Print medicine chart and Export medicine log: the menu's two commands."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication

from caregiver_app.views.action_spec import ActionSpec

if TYPE_CHECKING:
    from caregiver_app.views.medication.medicine_files import MedicineFiles


class MedicineWindow(Protocol):
    """The window, whose ``medicine_files`` is made with its module when first used."""

    medicine_files: MedicineFiles


def medicine_file_specs(window: MedicineWindow) -> list[ActionSpec]:
    """The File menu's two medicine commands, on the window's ``medicine_files`` (made with
    its module when first used)."""
    return [
        ActionSpec(
            "printMedicineChart",
            QCoreApplication.translate("MainWindow", "Print &medicine chart..."),
            QCoreApplication.translate(
                "MainWindow",
                "A week's chart of the medicines by the clock, with boxes to initial: blank, "
                "or filled in from the log.",
            ),
            lambda: window.medicine_files.choose_chart(),
        ),
        ActionSpec(
            "exportMedicineLog",
            QCoreApplication.translate("MainWindow", "Export medicine lo&g..."),
            QCoreApplication.translate(
                "MainWindow",
                "Save the doses given, skipped or not logged, as a spreadsheet or for a "
                "clinical system (FHIR).",
            ),
            lambda: window.medicine_files.choose_export(),
        ),
    ]
