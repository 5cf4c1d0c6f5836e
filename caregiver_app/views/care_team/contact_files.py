"""File > Import contacts, Export contacts and the "Who to call" sheet, for the window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QMessageBox, QWidget

from caregiver_app.services.atomic_file import atomic_write_bytes
from caregiver_app.store.contact_import import import_contacts
from caregiver_app.store.contacts import list_contacts
from caregiver_app.store.errors import InvalidValueError, RecordAccessError
from caregiver_app.store.file_errors import reason_of
from caregiver_app.store.home_clock import home_today
from caregiver_app.store.queries import load_profile
from caregiver_app.views.signals import AppSignals
from caregiver_app.views.widgets.file_actions import FileActions


class ContactFiles(FileActions):
    """Reads and writes contact files and the sheet, and tells the user what happened."""

    def __init__(
        self,
        parent: QWidget,
        signals: AppSignals,
        open_url: Callable[[QUrl], object],
        selected_ids: Callable[[], list[int]],
        data_dir: Path,
    ) -> None:
        super().__init__(parent, signals, data_dir)
        self.open_url = open_url
        self.selected_ids = selected_ids

    # ------------------------------------------------------------ import

    def choose_import(self) -> None:
        """Ask for a .vcf file and import it."""
        path = self.ask_open_path(
            self.tr("Import contacts"), self.tr("Contact files (*.vcf *.vcard);;All files (*)")
        )
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> QMessageBox:
        """Import every readable card of ``path``; say what was imported, merged and skipped."""
        from caregiver_app.services.contacts.vcard import (  # loaded when first used
            NotAVCardError,
            read_vcard_file,
        )

        title = self.tr("Import contacts")
        try:
            parsed = read_vcard_file(path)
        except OSError as error:
            return self.tell(
                title,
                self.tr("{file} could not be opened ({reason}). Nothing was imported.").format(
                    file=path.name, reason=reason_of(error)
                ),
                warning=True,
            )
        except NotAVCardError as error:
            return self.tell(title, str(error), warning=True)
        try:
            counts = import_contacts(parsed.contacts)
        except (InvalidValueError, RecordAccessError) as error:
            return self.tell(
                title,
                self.tr("The contacts could not be saved ({reason}). Nothing was imported.").format(
                    reason=error
                ),
                warning=True,
            )
        self.signals.contacts_changed.emit()
        summary = self.tr("{imported}, {merged}, {skipped}.").format(
            imported=self.tr("Imported %n contacts", None, counts.imported),
            merged=self.tr("merged %n into people already listed", None, counts.merged),
            skipped=self.tr("skipped %n cards", None, len(parsed.skipped)),
        )
        details = "\n".join(
            self.tr("Card {position} ({name}): {reason}").format(
                position=card.position, name=card.name or self.tr("no name"), reason=card.reason
            )
            for card in parsed.skipped
        )
        if parsed.skipped:
            summary += " " + self.tr("Show Details to see which cards could not be read.")
        self.signals.status_reported.emit(summary)
        return self.tell(title, summary, details=details)

    # ------------------------------------------------------------ export

    def choose_export(self, selected_only: bool = False) -> None:
        """Ask where to save, then export all or the selected contacts."""
        path = self.ask_save_path(
            self.tr("Export contacts"),
            "care-team.vcf",
            self.tr("Contact files (*.vcf)"),
        )
        if path is not None:
            self.export_file(path, self.selected_ids() if selected_only else None)

    def export_file(self, path: Path, ids: list[int] | None = None) -> QMessageBox | None:
        """Write the contacts (all, or those in ``ids``) to ``path`` as vCard 3.0."""
        from caregiver_app.services.contacts.vcard_write import (
            write_vcards,  # loaded when first used
        )

        def write(target: Path) -> str:
            records = list_contacts()
            if ids is not None:
                records = [record for record in records if record.id in ids]
            atomic_write_bytes(target, write_vcards(records).encode("utf-8"))
            return self.tr("Saved %n contacts to {file}.", None, len(records)).format(file=target)

        return self.write_file(self.tr("Export contacts"), path, write)

    # ------------------------------------------------------------ sheet

    def choose_sheet(self) -> None:
        """Ask where to save the "Who to call" sheet, make it, and open it for printing."""
        path = self.ask_save_path(
            self.tr("Who to call sheet"), "who-to-call.pdf", self.tr("PDF files (*.pdf)")
        )
        if path is not None:
            self.sheet_file(path)

    def sheet_file(self, path: Path) -> QMessageBox | None:
        """Write the sheet to ``path`` and open it in the system's PDF viewer."""
        # ReportLab is imported when a PDF is made, not at start-up (docs/benchmarks.md).
        from caregiver_app.services.pdf.paper import page_size
        from caregiver_app.services.who_to_call.text import build_sheet

        def write(target: Path) -> str:
            build_sheet(
                target,
                list_contacts(),
                load_profile().patient_name,
                home_today(),
                page_size(),
            )
            return self.tr("Saved the Who to call sheet to {file}.").format(file=target)

        box = self.write_file(self.tr("Who to call sheet"), path, write)
        if box is None:
            self.open_url(QUrl.fromLocalFile(str(path)))
        return box
