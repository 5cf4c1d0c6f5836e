"""The ``caregiver-app`` command: opens the window, or runs a headless command.

Headless commands never import QtWidgets or QtGui, so they run in a terminal
or a scheduled job with no display. Exit codes: 0 success; 2 bad input or
usage (one line on stderr, nothing written); 1 anything unexpected.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import traceback
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from caregiver_app import APP_ID, __version__

EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_BAD_INPUT = 2


def _tr(text: str) -> str:
    return QCoreApplication.translate("Cli", text)


class UsageError(Exception):
    """Bad arguments or input: reported in one line with exit code 2."""


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one clear line on stderr and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(
            _tr("{message} (try '{prog} --help')").format(message=message, prog=self.prog)
        )


def build_parser() -> argparse.ArgumentParser:
    """The full command line, sub-commands included."""
    parser = _Parser(
        prog=APP_ID,
        description=_tr(
            "Care Companion keeps a family's palliative care record: the care team, "
            "a symptom diary, appointments and questions. With no command it opens "
            "the window."
        ),
    )
    parser.add_argument("--version", action="version", version=f"{APP_ID} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=_tr(
            "use the care record in DIR instead of the usual folder "
            "(also set by the CAREGIVER_APP_DATA_DIR environment variable)"
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=_tr(
            "open a fictional demo record in a throwaway folder; your own record is never touched"
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.add_parser(
        "info",
        help=_tr("show where the care record is kept and what it holds"),
        description=_tr("Show where the care record is kept and what it holds."),
    )
    contacts = commands.add_parser(
        "contacts",
        help=_tr("import, export or print the care team contacts"),
        description=_tr("Import, export or print the care team contacts."),
    )
    contact_commands = contacts.add_subparsers(
        dest="contacts_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    importing = contact_commands.add_parser(
        "import",
        help=_tr("add the contacts of a .vcf file, merging people already listed"),
        description=_tr(
            "Add the contacts of a vCard (.vcf) file from Outlook, Apple or Google "
            "Contacts. A person already listed (same name and a shared phone or email) "
            "is merged, not duplicated. Cards that cannot be read are skipped and listed."
        ),
    )
    importing.add_argument("file", metavar="FILE", help=_tr("the .vcf file to read"))
    exporting = contact_commands.add_parser(
        "export",
        help=_tr("save the contacts as a vCard 3.0 (.vcf) file"),
        description=_tr("Save the contacts as a vCard 3.0 file that address books import."),
    )
    exporting.add_argument("file", metavar="FILE", help=_tr("the .vcf file to write"))
    exporting.add_argument(
        "--match",
        metavar="TEXT",
        help=_tr("only contacts whose name, role, clinic or phone matches TEXT"),
    )
    sheet = contact_commands.add_parser(
        "sheet",
        help=_tr("make the one-page 'Who to call' sheet (PDF)"),
        description=_tr("Make the one-page 'Who to call' sheet as a PDF, ready to print."),
    )
    sheet.add_argument("file", metavar="FILE", help=_tr("the .pdf file to write"))
    sheet.add_argument(
        "--paper",
        choices=("letter", "a4"),
        help=_tr("paper size (default: from the system's locale)"),
    )
    return parser


def _command_contacts(args: argparse.Namespace, data_dir: Path) -> int:
    from caregiver_app.services import contacts_cli
    from caregiver_app.store import open_store

    path = Path(args.file)
    if args.contacts_command == "import":
        try:
            data = path.read_bytes()  # read before touching the record: a bad file changes nothing
        except OSError as error:
            raise UsageError(
                _tr("{file} cannot be read ({reason})").format(
                    file=path, reason=error.strerror or error
                )
            ) from error
        parsed = contacts_cli.parse_contact_file(data)  # raises NotAVCardError
        database = open_store(data_dir)
        try:
            lines, problems = contacts_cli.import_parsed(parsed)
        finally:
            database.close()
        for line in problems:
            print(line, file=sys.stderr)
        print(lines)
        return EXIT_OK
    database = open_store(data_dir)
    try:
        if args.contacts_command == "export":
            print(contacts_cli.export_file(path, args.match))
        else:
            print(contacts_cli.sheet_file(path, args.paper))
    finally:
        database.close()
    return EXIT_OK


def _command_info(data_dir: Path) -> int:
    from caregiver_app.store import open_store
    from caregiver_app.store.database import database_path
    from caregiver_app.store.migrations import schema_version
    from caregiver_app.store.queries import load_profile, record_counts

    database = open_store(data_dir)
    try:
        counts = record_counts()
        profile = load_profile()
        version = schema_version(database)
    finally:
        database.close()
    latest = counts.latest_entry.strftime("%Y-%m-%d %H:%M") if counts.latest_entry else "-"
    lines = [
        _tr("Care record: {path}").format(path=database_path(data_dir)),
        _tr("Record version: {version}").format(version=version),
        _tr("Person cared for: {name}").format(name=profile.patient_name or "-"),
        _tr("Contacts: {count}").format(count=counts.contacts),
        _tr("Diary entries: {count} (latest {latest})").format(
            count=counts.diary_entries, latest=latest
        ),
        _tr("Appointments: {count}").format(count=counts.appointments),
    ]
    print("\n".join(lines))
    return EXIT_OK


def _prepare_demo_dir() -> Path:
    """Make a throwaway folder holding the demo record."""
    from caregiver_app.services.demo_record import create_demo_record
    from caregiver_app.store import open_store

    folder = Path(tempfile.mkdtemp(prefix="care-companion-demo-"))
    database = open_store(folder)
    try:
        create_demo_record()
    finally:
        database.close()
    return folder


def run(argv: Sequence[str]) -> int:
    """Parse ``argv`` and carry out the command; exceptions propagate to :func:`main`."""
    from caregiver_app.paths import resolve_data_dir, set_application_identity

    args = build_parser().parse_args(list(argv))
    set_application_identity()
    demo_dir: Path | None = None
    try:
        if args.demo:
            if args.data_dir:
                raise UsageError(_tr("--demo and --data-dir cannot be used together"))
            demo_dir = _prepare_demo_dir()
            data_dir = demo_dir
        else:
            data_dir = resolve_data_dir(args.data_dir)
        if args.command == "info":
            return _command_info(data_dir)
        if args.command == "contacts":
            return _command_contacts(args, data_dir)
        from caregiver_app.views.app import run_gui

        return run_gui(data_dir, demo=demo_dir is not None)
    finally:
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``caregiver-app``."""
    from caregiver_app.services.vcard import NotAVCardError
    from caregiver_app.store import StoreError

    # Everything the app creates (record, side files, exports) is private to the user.
    if os.name == "posix":
        os.umask(0o077)
    try:
        return run(sys.argv[1:] if argv is None else argv)
    except UsageError as error:
        print(f"{APP_ID}: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (StoreError, NotAVCardError) as error:
        print(f"{APP_ID}: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as error:
        print(
            f"{APP_ID}: "
            + _tr("{reason}: {path}. Check the folder exists and you may write to it.").format(
                reason=error.strerror or error, path=error.filename or ""
            ),
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return EXIT_UNEXPECTED
    except Exception as error:  # noqa: BLE001 - the last line of defence
        print(
            f"{APP_ID}: "
            + _tr("unexpected error: {error}. Please report it with the details below.").format(
                error=error
            ),
            file=sys.stderr,
        )
        traceback.print_exc()
        return EXIT_UNEXPECTED
