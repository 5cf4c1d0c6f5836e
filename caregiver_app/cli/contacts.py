"""``caregiver-app contacts import|export|sheet``: vCard files and the "Who to call" sheet."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from caregiver_app.cli.common import (
    Commands,
    add_actions,
    add_command,
    add_paper,
    import_file,
    page_size_for,
    write_from_record,
)
from caregiver_app.plurals import ContactsCommand
from caregiver_app.store.home_clock import home_today

if TYPE_CHECKING:
    from caregiver_app.services.contacts.vcard import ParsedVCards
    from caregiver_app.store.contacts import ContactRecord


def add_parser(commands: Commands) -> None:
    """Add ``contacts`` and its actions to the command line."""
    contacts = add_command(
        commands,
        "contacts",
        QCoreApplication.translate("Cli", "import, export or print the care team contacts"),
        QCoreApplication.translate("Cli", "Import, export or print the care team contacts."),
        run_contacts,
    )
    actions = add_actions(contacts, "contacts_command")
    add_command(
        actions,
        "import",
        QCoreApplication.translate(
            "Cli", "add the contacts of a .vcf file, merging people already listed"
        ),
        QCoreApplication.translate(
            "Cli",
            "Add the contacts of a vCard (.vcf) file from Outlook, Apple or Google "
            "Contacts. A person already listed (same name and a shared phone or email, "
            "or the same name on a card with neither) is merged, not duplicated. Cards "
            "that cannot be read are skipped and listed.",
        ),
        file_help=QCoreApplication.translate("Cli", "the .vcf file to read"),
    )
    exporting = add_command(
        actions,
        "export",
        QCoreApplication.translate("Cli", "save the contacts as a vCard 3.0 (.vcf) file"),
        QCoreApplication.translate(
            "Cli", "Save the contacts as a vCard 3.0 file that address books import."
        ),
        file_help=QCoreApplication.translate("Cli", "the .vcf file to write"),
    )
    exporting.add_argument(
        "--match",
        metavar="TEXT",
        help=QCoreApplication.translate(
            "Cli", "only contacts whose name, role, clinic or phone matches TEXT"
        ),
    )
    sheet = add_command(
        actions,
        "sheet",
        QCoreApplication.translate("Cli", "make the one-page 'Who to call' sheet (PDF)"),
        QCoreApplication.translate(
            "Cli", "Make the one-page 'Who to call' sheet as a PDF, ready to print."
        ),
        file_help=QCoreApplication.translate("Cli", "the .pdf file to write"),
    )
    add_paper(sheet)


def run_contacts(args: argparse.Namespace, data_dir: Path) -> int:
    """Import a .vcf file, export one, or make the sheet."""
    # Imported here, as in every command: the window's start reads this module too.
    from caregiver_app.services.contacts.vcard import NotAVCardError, read_vcard_file

    path = Path(args.file)
    if args.contacts_command == "import":
        return import_file(args, data_dir, path, read_vcard_file, NotAVCardError, import_parsed)
    if args.contacts_command == "export":
        return write_from_record(args, data_dir, path, lambda: export_file(path, args.match))
    return write_from_record(args, data_dir, path, lambda: sheet_file(path, args.paper))


def import_parsed(parsed: ParsedVCards) -> tuple[str, list[str]]:
    """Import the readable cards; the summary line, and one line per skipped card."""
    from caregiver_app.store.contact_import import import_contacts

    counts = import_contacts(parsed.contacts)
    problems = [
        QCoreApplication.translate(
            "ContactsCommand", "skipped card {position} ({name}): {reason}"
        ).format(
            position=card.position,
            name=card.name or QCoreApplication.translate("ContactsCommand", "no name"),
            reason=card.reason,
        )
        for card in parsed.skipped
    ]
    summary = QCoreApplication.translate(
        "ContactsCommand", "{imported}, {merged}, {skipped}"
    ).format(
        imported=ContactsCommand.tr("imported %n contacts", None, counts.imported),
        merged=ContactsCommand.tr("merged %n into people already listed", None, counts.merged),
        skipped=ContactsCommand.tr("skipped %n cards", None, len(parsed.skipped)),
    )
    return summary, problems


def matching(records: list[ContactRecord], text: str | None) -> list[ContactRecord]:
    """The records matching ``text`` as the search box would (all when empty)."""
    from caregiver_app.services.contacts.search import contact_matches

    return [record for record in records if contact_matches(record, text or "")]


def export_file(path: Path, match: str | None = None) -> str:
    """Write the (matching) contacts to ``path`` as vCard 3.0; say how many."""
    from caregiver_app.services.atomic_file import atomic_write_bytes
    from caregiver_app.services.contacts.vcard_write import write_vcards
    from caregiver_app.store.contacts import list_contacts

    records = matching(list_contacts(), match)
    atomic_write_bytes(path, write_vcards(records).encode("utf-8"))
    return ContactsCommand.tr("exported %n contacts to {file}", None, len(records)).format(
        file=path
    )


def sheet_file(path: Path, paper: str | None = None) -> str:
    """Write the "Who to call" sheet to ``path``; say where."""
    from caregiver_app.services.who_to_call.text import build_sheet
    from caregiver_app.store.contacts import list_contacts
    from caregiver_app.store.queries import load_profile

    page_size = page_size_for(paper)
    build_sheet(path, list_contacts(), load_profile().patient_name, home_today(), page_size)
    return QCoreApplication.translate(
        "ContactsCommand", "saved the Who to call sheet to {file}"
    ).format(file=path)
