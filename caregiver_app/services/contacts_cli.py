"""The work behind ``caregiver-app contacts ...``: plain text in, files and sentences out."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from caregiver_app.plurals import ContactsCommand
from caregiver_app.services.atomic_file import atomic_write_bytes
from caregiver_app.services.contacts.search import contact_matches
from caregiver_app.services.contacts.vcard import ParsedVCards, read_vcards, write_vcards
from caregiver_app.store.contacts import ContactRecord, import_contacts, list_contacts
from caregiver_app.store.queries import load_profile


def parse_contact_file(data: bytes) -> ParsedVCards:
    """Read a .vcf file's bytes; raises NotAVCardError for anything that is not one."""
    return read_vcards(data)


def import_parsed(parsed: ParsedVCards) -> tuple[str, list[str]]:
    """Import the readable cards; the summary line, and one line per skipped card."""
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
    return [record for record in records if contact_matches(record, text or "")]


def export_file(path: Path, match: str | None = None) -> str:
    """Write the (matching) contacts to ``path`` as vCard 3.0; say how many."""
    records = matching(list_contacts(), match)
    atomic_write_bytes(path, write_vcards(records).encode("utf-8"))
    return ContactsCommand.tr("exported %n contacts to {file}", None, len(records)).format(
        file=path
    )


def sheet_file(path: Path, paper: str | None = None) -> str:
    """Write the "Who to call" sheet to ``path``; say where."""
    # ReportLab loads for the sheet only: an import of thousands of cards need not wait for it.
    from reportlab.lib.pagesizes import A4, LETTER

    from caregiver_app.services.who_to_call.text import build_sheet, paper_for_locale

    if paper == "letter":
        page_size = LETTER
    elif paper == "a4":
        page_size = A4
    else:
        page_size = paper_for_locale(QLocale.system().name())
    build_sheet(path, list_contacts(), load_profile().patient_name, date.today(), page_size)
    return QCoreApplication.translate(
        "ContactsCommand", "saved the Who to call sheet to {file}"
    ).format(file=path)
