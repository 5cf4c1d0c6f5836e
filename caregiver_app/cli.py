"""The ``caregiver-app`` command: opens the window, or runs a headless command.

Headless commands never import QtWidgets or QtGui, so they run in a terminal
or a scheduled job with no display. Exit codes: 0 success; 2 bad input or
usage (one line on stderr, nothing written); 1 anything unexpected; 3 the care
record is damaged (``check``, and ``backup`` of a damaged record), naming the file.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import traceback
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from caregiver_app import APP_ID, __version__

EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_BAD_INPUT = 2
EXIT_DAMAGED = 3
# How long a command waits for a record another program is writing (an import of a
# large file, say) before it gives up, changing nothing.
COMMAND_WAIT_SECONDS = 300.0


class UsageError(Exception):
    """Bad arguments or input: reported in one line with exit code 2."""


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one clear line on stderr and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(
            QCoreApplication.translate("Cli", "{message} (try '{prog} --help')").format(
                message=message, prog=self.prog
            )
        )


def build_parser() -> argparse.ArgumentParser:
    """The full command line, sub-commands included."""
    parser = _Parser(
        prog=APP_ID,
        description=QCoreApplication.translate(
            "Cli",
            "Care Companion keeps a family's palliative care record: the care team, "
            "a symptom diary, appointments and questions. With no command it opens "
            "the window.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"{APP_ID} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=QCoreApplication.translate(
            "Cli",
            "use the care record in DIR instead of the usual folder "
            "(also set by the CAREGIVER_APP_DATA_DIR environment variable)",
        ),
    )
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help=QCoreApplication.translate(
            "Cli",
            "read the care record's password from the first line of standard input "
            "(and a backup's own password, when it has another one, from the second), "
            "instead of asking for it",
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=QCoreApplication.translate(
            "Cli",
            "open a fictional demo record in a throwaway folder; your own record is never touched",
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.add_parser(
        "info",
        help=QCoreApplication.translate(
            "Cli", "show where the care record is kept and what it holds"
        ),
        description=QCoreApplication.translate(
            "Cli", "Show where the care record is kept and what it holds."
        ),
    )
    contacts = commands.add_parser(
        "contacts",
        help=QCoreApplication.translate("Cli", "import, export or print the care team contacts"),
        description=QCoreApplication.translate(
            "Cli", "Import, export or print the care team contacts."
        ),
    )
    contact_commands = contacts.add_subparsers(
        dest="contacts_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    importing = contact_commands.add_parser(
        "import",
        help=QCoreApplication.translate(
            "Cli", "add the contacts of a .vcf file, merging people already listed"
        ),
        description=QCoreApplication.translate(
            "Cli",
            "Add the contacts of a vCard (.vcf) file from Outlook, Apple or Google "
            "Contacts. A person already listed (same name and a shared phone or email) "
            "is merged, not duplicated. Cards that cannot be read are skipped and listed.",
        ),
    )
    importing.add_argument(
        "file", metavar="FILE", help=QCoreApplication.translate("Cli", "the .vcf file to read")
    )
    exporting = contact_commands.add_parser(
        "export",
        help=QCoreApplication.translate("Cli", "save the contacts as a vCard 3.0 (.vcf) file"),
        description=QCoreApplication.translate(
            "Cli", "Save the contacts as a vCard 3.0 file that address books import."
        ),
    )
    exporting.add_argument(
        "file", metavar="FILE", help=QCoreApplication.translate("Cli", "the .vcf file to write")
    )
    exporting.add_argument(
        "--match",
        metavar="TEXT",
        help=QCoreApplication.translate(
            "Cli", "only contacts whose name, role, clinic or phone matches TEXT"
        ),
    )
    sheet = contact_commands.add_parser(
        "sheet",
        help=QCoreApplication.translate("Cli", "make the one-page 'Who to call' sheet (PDF)"),
        description=QCoreApplication.translate(
            "Cli", "Make the one-page 'Who to call' sheet as a PDF, ready to print."
        ),
    )
    sheet.add_argument(
        "file", metavar="FILE", help=QCoreApplication.translate("Cli", "the .pdf file to write")
    )
    sheet.add_argument(
        "--paper",
        choices=("letter", "a4"),
        help=QCoreApplication.translate("Cli", "paper size (default: from the system's locale)"),
    )
    _add_backup_commands(commands)
    _add_diary_commands(commands)
    _add_calendar_commands(commands)
    _add_summary_command(commands)
    return parser


def _read_password(args: argparse.Namespace, prompt: str) -> str:
    """One password: the next line of standard input, or typed at a prompt that does not echo."""
    if args.password_stdin:
        line = sys.stdin.readline()
        if not line:
            raise UsageError(
                QCoreApplication.translate("Cli", "--password-stdin: no password was given")
            )
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise UsageError(
            QCoreApplication.translate(
                "Cli",
                "the care record is protected by a password: run the command in a "
                "terminal to type it, or pipe it in with --password-stdin",
            )
        )
    import getpass

    return getpass.getpass(prompt)


def record_password(args: argparse.Namespace, data_dir: Path) -> str | None:
    """The record's password, asked for once, or None when the record has none.

    A wrong password is refused here (exit code 2); the right one for a damaged
    file is let through, and the check that follows reports the damage.
    """
    cached = getattr(args, "_record_password", False)
    if cached is not False:
        return cached
    from caregiver_app.services.record.password import is_protected, unlock

    password = None
    if is_protected(data_dir):
        typed = _read_password(
            args, QCoreApplication.translate("Cli", "Password of the care record: ")
        )
        password = unlock(data_dir, typed)  # raises WrongPasswordError: exit code 2
    args._record_password = password
    return password


def _refuse_folder(path: Path) -> None:
    """A folder given where a file to read is wanted is one clear line, not "Is a directory"."""
    if path.is_dir():
        raise UsageError(
            QCoreApplication.translate(
                "Cli", "{file} is a folder, not a file; name the file inside it"
            ).format(file=path)
        )


def _read_input(path: Path) -> bytes:
    """The whole file to import, read before the record is touched; exit 2 if it cannot be."""
    _refuse_folder(path)
    try:
        return path.read_bytes()
    except OSError as error:
        raise UsageError(
            QCoreApplication.translate("Cli", "{file} cannot be read ({reason})").format(
                file=path, reason=error.strerror or error
            )
        ) from error


def refuse_own_file(data_dir: Path, path: Path) -> None:
    """Exit 2 before anything is opened when ``path`` is one of the record's own files."""
    from caregiver_app.services.record.files import OwnFileError
    from caregiver_app.services.record.files import refuse_own_file as refuse

    try:
        refuse(data_dir, path)
    except OwnFileError as error:
        raise UsageError(str(error)) from error


def _open_record(args: argparse.Namespace, data_dir: Path):
    """The record for a command that reads it, checked first (damaged: exit code 3), with
    its password when it has one; read-only where the disk or folder is."""
    from caregiver_app.services.record.access import open_for_reading

    return open_for_reading(data_dir, record_password(args, data_dir))


def _record_for_import(args: argparse.Namespace, data_dir: Path):
    """The record for an import, checked first, closed afterwards (a context manager);
    a full disk or a record busy elsewhere is said in one line, and nothing is imported."""
    from caregiver_app.services.record.access import importing

    return importing(data_dir, record_password(args, data_dir))


def _say_waiting() -> None:
    print(
        f"{APP_ID}: "
        + QCoreApplication.translate(
            "Cli",
            "the care record is in use by another program (the Care Companion window, "
            "or another command); waiting for it to be free...",
        ),
        file=sys.stderr,
        flush=True,
    )


def _add_backup_commands(commands) -> None:
    """``backup``, ``restore`` and ``check``."""
    backup = commands.add_parser(
        "backup",
        help=QCoreApplication.translate("Cli", "make a backup of the care record now"),
        description=QCoreApplication.translate(
            "Cli",
            "Copy the care record safely (SQLite's backup API, then a full check) into "
            "the backups folder beside it, or to FILE with -o (a USB stick, say).",
        ),
    )
    backup.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=QCoreApplication.translate("Cli", "write the backup to FILE instead"),
    )
    restore = commands.add_parser(
        "restore",
        help=QCoreApplication.translate(
            "Cli", "replace the care record with a backup (the record as it is is kept)"
        ),
        description=QCoreApplication.translate(
            "Cli",
            "Replace the care record with the backup FILE. The file is checked first; "
            "one that is not a good Care Companion backup is refused and nothing changes. "
            "The record as it was is kept in the backups folder first.",
        ),
    )
    restore.add_argument(
        "file", metavar="FILE", help=QCoreApplication.translate("Cli", "the backup file to restore")
    )
    commands.add_parser(
        "check",
        help=QCoreApplication.translate(
            "Cli", "check the care record for damage (exit code 3 if damaged)"
        ),
        description=QCoreApplication.translate(
            "Cli",
            "Run SQLite's full integrity check on the care record, without changing it. "
            "Exit code 3 means the record is damaged; restore a backup.",
        ),
    )


def _restore(
    args: argparse.Namespace, data_dir: Path, source: Path, password: str | None
) -> list[str]:
    """Restore ``source``, first with the record's password; a backup made under another
    asks for its own (the backup is checked before anything changes, so trying is safe)."""
    from caregiver_app.services.record import backup_commands
    from caregiver_app.services.record.backups import BackupPasswordError

    try:
        return backup_commands.restore(data_dir, source, password, password)
    except BackupPasswordError as error:
        # Random bytes look like an encrypted file, so name the file the user gave and
        # say both things it may be, rather than asking for the record's password.
        typed = None
        if args.password_stdin:
            typed = sys.stdin.readline().rstrip("\r\n") or None
        elif sys.stdin.isatty():
            import getpass

            prompt = QCoreApplication.translate("Cli", "Password of the backup {file}: ")
            typed = getpass.getpass(prompt.format(file=source.name))
        if typed is None:
            raise UsageError(
                QCoreApplication.translate(
                    "Cli",
                    "{file} is not a Care Companion backup, or it has a password: to type "
                    "the password, run the command in a terminal or pipe it in with "
                    "--password-stdin. Nothing was changed.",
                ).format(file=source)
            ) from error
        return backup_commands.restore(data_dir, source, password, typed)


def _command_backups(args: argparse.Namespace, data_dir: Path) -> int:
    from caregiver_app.services.record import backup_commands

    try:
        if args.command == "restore":
            _refuse_folder(Path(args.file))
        else:
            backup_commands.require_record(data_dir)  # before asking for a password
        output = Path(args.output) if getattr(args, "output", None) else None
        if output is not None:
            refuse_own_file(data_dir, output)
        password = record_password(args, data_dir)
        if args.command == "backup":
            print(backup_commands.backup(data_dir, output, password))
            return EXIT_OK
        if args.command == "restore":
            print("\n".join(_restore(args, data_dir, Path(args.file), password)))
            return EXIT_OK
        result = backup_commands.check(data_dir, password)
    except backup_commands.NoRecordError as error:
        raise UsageError(str(error)) from error
    if result.ok:
        print(result.summary())
        return EXIT_OK
    print(f"{APP_ID}: {result.summary()}", file=sys.stderr)
    return EXIT_DAMAGED


def _command_contacts(args: argparse.Namespace, data_dir: Path) -> int:
    from caregiver_app.services import contacts_cli
    from caregiver_app.services.contacts.vcard import NotAVCardError

    path = Path(args.file)
    if args.contacts_command == "import":
        data = _read_input(path)  # read before touching the record: a bad file changes nothing
        try:
            parsed = contacts_cli.parse_contact_file(data)
        except NotAVCardError as error:
            raise UsageError(str(error)) from error
        with _record_for_import(args, data_dir):
            lines, problems = contacts_cli.import_parsed(parsed)
        for line in problems:
            print(line, file=sys.stderr)
        print(lines)
        return EXIT_OK
    refuse_own_file(data_dir, path)
    database = _open_record(args, data_dir)
    try:
        if args.contacts_command == "export":
            print(contacts_cli.export_file(path, args.match))
        else:
            print(contacts_cli.sheet_file(path, args.paper))
    finally:
        database.close()
    return EXIT_OK


def _iso_date(text: str) -> date:
    """An argparse type: a day written as ISO 8601 (2026-11-29)."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate("Cli", "{value} is not a date like 2026-11-29").format(
                value=text
            )
        ) from None


def _add_diary_commands(commands) -> None:
    """``diary export`` and ``diary import`` (CSV)."""
    diary = commands.add_parser(
        "diary",
        help=QCoreApplication.translate("Cli", "export or import the symptom diary as a CSV file"),
        description=QCoreApplication.translate(
            "Cli",
            "Export or import the symptom diary as a CSV file (UTF-8, one row per entry) "
            "that spreadsheets open.",
        ),
    )
    diary_commands = diary.add_subparsers(
        dest="diary_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    exporting = diary_commands.add_parser(
        "export",
        help=QCoreApplication.translate("Cli", "save the diary entries as a CSV file"),
        description=QCoreApplication.translate(
            "Cli",
            "Save the diary entries, oldest first, as a CSV file: the time, who completed "
            "the entry, the ESAS-r scores, the other problem, the note, then any vital "
            "signs and custom trackers.",
        ),
    )
    exporting.add_argument(
        "file", metavar="FILE", help=QCoreApplication.translate("Cli", "the .csv file to write")
    )
    exporting.add_argument(
        "--from",
        dest="start",
        metavar="DATE",
        type=_iso_date,
        help=QCoreApplication.translate("Cli", "only entries on or after this day (2026-11-29)"),
    )
    exporting.add_argument(
        "--to",
        dest="end",
        metavar="DATE",
        type=_iso_date,
        help=QCoreApplication.translate("Cli", "only entries on or before this day (2026-11-29)"),
    )
    importing = diary_commands.add_parser(
        "import",
        help=QCoreApplication.translate("Cli", "add the entries of a diary CSV file"),
        description=QCoreApplication.translate(
            "Cli",
            "Add the entries of a diary CSV file. The whole file is checked first: a "
            "file with any problem is refused, naming the row and column, and nothing "
            "is imported. Entries already in the diary are not added twice.",
        ),
    )
    importing.add_argument(
        "file", metavar="FILE", help=QCoreApplication.translate("Cli", "the .csv file to read")
    )


def _command_diary(args: argparse.Namespace, data_dir: Path) -> int:
    from caregiver_app.services import diary_cli
    from caregiver_app.services.diary.csv_file import DiaryCsvError

    path = Path(args.file)
    if args.diary_command == "import":
        _refuse_folder(path)

        def unreadable(error: OSError) -> UsageError:
            return UsageError(
                QCoreApplication.translate("Cli", "{file} cannot be read ({reason})").format(
                    file=path, reason=error.strerror or error
                )
            )

        try:  # the whole file is read and checked before the record is opened
            parsed = diary_cli.parse_diary_file(path)
        except OSError as error:
            raise unreadable(error) from error
        except DiaryCsvError as error:
            raise UsageError(str(error)) from error
        with _record_for_import(args, data_dir):
            try:  # read again as it goes in: a file changed since is refused, nothing imported
                print(diary_cli.import_parsed(parsed))
            except OSError as error:
                raise unreadable(error) from error
            except DiaryCsvError as error:
                raise UsageError(str(error)) from error
        return EXIT_OK
    if args.start and args.end and args.start > args.end:
        raise UsageError(QCoreApplication.translate("Cli", "--from must not be after --to"))
    refuse_own_file(data_dir, path)
    database = _open_record(args, data_dir)
    try:
        print(diary_cli.export_file(path, args.start, args.end))
    finally:
        database.close()
    return EXIT_OK


def _add_calendar_commands(commands) -> None:
    """``calendar import`` and ``calendar export`` (iCalendar, .ics)."""
    calendar = commands.add_parser(
        "calendar",
        help=QCoreApplication.translate(
            "Cli", "import or export appointments as an iCalendar (.ics) file"
        ),
        description=QCoreApplication.translate(
            "Cli",
            "Import or export appointments as an iCalendar (.ics) file, the format "
            "Google Calendar, Outlook and Apple Calendar read and write.",
        ),
    )
    calendar_commands = calendar.add_subparsers(
        dest="calendar_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    importing = calendar_commands.add_parser(
        "import",
        help=QCoreApplication.translate(
            "Cli", "add the events of an .ics file; events already imported are updated"
        ),
        description=QCoreApplication.translate(
            "Cli",
            "Add the events of an .ics file from Google Calendar, Outlook or Apple "
            "Calendar. An event imported before (same UID) is updated, not duplicated. "
            "Events that cannot be read are skipped and listed.",
        ),
    )
    importing.add_argument(
        "file", metavar="FILE", help=QCoreApplication.translate("Cli", "the .ics file to read")
    )
    exporting = calendar_commands.add_parser(
        "export",
        help=QCoreApplication.translate("Cli", "save the appointments as an .ics file"),
        description=QCoreApplication.translate(
            "Cli",
            "Save the appointments, with their repeats and reminders, as an .ics file "
            "that other calendars import.",
        ),
    )
    exporting.add_argument(
        "file", metavar="FILE", help=QCoreApplication.translate("Cli", "the .ics file to write")
    )
    exporting.add_argument(
        "--from",
        dest="start",
        metavar="DATE",
        type=_iso_date,
        help=QCoreApplication.translate(
            "Cli", "only appointments with a visit on or after this day (2026-11-29)"
        ),
    )
    exporting.add_argument(
        "--to",
        dest="end",
        metavar="DATE",
        type=_iso_date,
        help=QCoreApplication.translate(
            "Cli", "only appointments with a visit on or before this day (2026-11-29)"
        ),
    )


def _command_calendar(args: argparse.Namespace, data_dir: Path) -> int:
    from caregiver_app.services import calendar_cli
    from caregiver_app.services.calendar.ics_import import NotICalendarError

    path = Path(args.file)
    if args.calendar_command == "import":
        data = _read_input(path)  # read and check before touching the record
        try:
            parsed = calendar_cli.parse_calendar_file(data)
        except NotICalendarError as error:
            raise UsageError(str(error)) from error
        with _record_for_import(args, data_dir):
            summary, problems = calendar_cli.import_parsed(parsed)
        for line in problems:
            print(line, file=sys.stderr)
        print(summary)
        return EXIT_OK
    if args.start and args.end and args.start > args.end:
        raise UsageError(QCoreApplication.translate("Cli", "--from must not be after --to"))
    refuse_own_file(data_dir, path)
    database = _open_record(args, data_dir)
    try:
        print(calendar_cli.export_file(path, args.start, args.end))
    finally:
        database.close()
    return EXIT_OK


def _add_summary_command(commands) -> None:
    """``summary``: the visit summary PDF, without opening a window."""
    summary = commands.add_parser(
        "summary",
        help=QCoreApplication.translate(
            "Cli", "make the visit summary to hand to the care team (PDF)"
        ),
        description=QCoreApplication.translate(
            "Cli",
            "Make the visit summary as a PDF: main concerns (as kept from last time), "
            "symptom scores and trends, breakthrough doses, medicines, diary notes, "
            "upcoming appointments, open questions and key contacts, for the days from "
            "--from to --to (both included).",
        ),
    )
    summary.add_argument(
        "--from", dest="start", metavar="DATE", type=_iso_date, required=True,
        help=QCoreApplication.translate("Cli", "the first day of the period (2026-11-01)"),
    )  # fmt: skip
    summary.add_argument(
        "--to", dest="end", metavar="DATE", type=_iso_date, required=True,
        help=QCoreApplication.translate("Cli", "the last day of the period (2026-11-29)"),
    )  # fmt: skip
    summary.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        required=True,
        help=QCoreApplication.translate("Cli", "the .pdf file to write"),
    )
    summary.add_argument(
        "--sections",
        metavar="LIST",
        help=QCoreApplication.translate(
            "Cli",
            "only these sections, comma-separated: concerns,symptoms,doses,medicines,"
            "notes,appointments,questions,contacts (default: all)",
        ),
    )
    summary.add_argument(
        "--paper",
        choices=("letter", "a4"),
        help=QCoreApplication.translate("Cli", "paper size (default: from the system's locale)"),
    )
    summary.add_argument(
        "--team-notes-only",
        action="store_true",
        help=QCoreApplication.translate("Cli", "print only the diary notes marked for the team"),
    )


def _command_summary(args: argparse.Namespace, data_dir: Path) -> int:
    from caregiver_app.services import summary_cli

    path = Path(args.output)
    try:  # everything is checked before the record is opened: a mistake writes nothing
        summary_cli.check_period(args.start, args.end)
        sections = summary_cli.parse_sections(args.sections)
        summary_cli.check_output(path)
    except summary_cli.SummaryUsageError as error:
        raise UsageError(str(error)) from error
    refuse_own_file(data_dir, path)
    database = _open_record(args, data_dir)
    try:
        print(
            summary_cli.summary_file(
                path, args.start, args.end, sections, args.paper, args.team_notes_only
            )
        )
    finally:
        database.close()
    return EXIT_OK


def _command_info(args: argparse.Namespace, data_dir: Path) -> int:
    from caregiver_app.store.database import database_path
    from caregiver_app.store.engine import password_of
    from caregiver_app.store.migrations import schema_version
    from caregiver_app.store.queries import load_profile, record_counts

    database = _open_record(args, data_dir)
    try:
        counts = record_counts()
        profile = load_profile()
        version = schema_version(database)
        password = password_of(database)
    finally:
        database.close()
    latest = counts.latest_entry.strftime("%Y-%m-%d %H:%M") if counts.latest_entry else "-"
    lines = [
        QCoreApplication.translate("Cli", "Care record: {path}").format(
            path=database_path(data_dir)
        ),
        QCoreApplication.translate("Cli", "Record version: {version}").format(version=version),
        QCoreApplication.translate("Cli", "Password: {state}").format(
            state=QCoreApplication.translate("Cli", "yes (encrypted)")
            if password
            else QCoreApplication.translate("Cli", "none")
        ),
        QCoreApplication.translate("Cli", "Person cared for: {name}").format(
            name=profile.patient_name or "-"
        ),
        QCoreApplication.translate("Cli", "Contacts: {count}").format(count=counts.contacts),
        QCoreApplication.translate("Cli", "Diary entries: {count} (latest {latest})").format(
            count=counts.diary_entries, latest=latest
        ),
        QCoreApplication.translate("Cli", "Appointments: {count}").format(
            count=counts.appointments
        ),
    ]
    print("\n".join(lines))
    return EXIT_OK


def _prepare_demo_dir() -> Path:
    """Make a throwaway folder holding the demo record."""
    from caregiver_app.services.record.demo import create_demo_record
    from caregiver_app.store import open_store

    folder = Path(tempfile.mkdtemp(prefix="care-companion-demo-"))
    database = open_store(folder)
    try:
        create_demo_record()
    finally:
        database.close()
    return folder


def _run_command(args: argparse.Namespace, data_dir: Path) -> int:
    """Carry out a headless command."""
    if args.command == "info":
        return _command_info(args, data_dir)
    if args.command == "contacts":
        return _command_contacts(args, data_dir)
    if args.command in ("backup", "restore", "check"):
        return _command_backups(args, data_dir)
    if args.command == "diary":
        return _command_diary(args, data_dir)
    if args.command == "calendar":
        return _command_calendar(args, data_dir)
    return _command_summary(args, data_dir)


def run(argv: Sequence[str]) -> int:
    """Parse ``argv`` and carry out the command; exceptions propagate to :func:`main`."""
    from caregiver_app.paths import DataDirError, resolve_data_dir, set_application_identity
    from caregiver_app.store import sharing

    args = build_parser().parse_args(list(argv))
    set_application_identity()
    demo_dir: Path | None = None
    data_dir: Path | None = None
    # A command waits generously for a record another program is writing, saying so.
    waiting_before = sharing.set_waiting(COMMAND_WAIT_SECONDS, _say_waiting)
    try:
        if args.demo:
            if args.data_dir is not None:
                raise UsageError(
                    QCoreApplication.translate(
                        "Cli", "--demo and --data-dir cannot be used together"
                    )
                )
            demo_dir = _prepare_demo_dir()
            data_dir = demo_dir
        else:
            try:
                data_dir = resolve_data_dir(args.data_dir)
            except DataDirError as error:
                raise UsageError(str(error)) from error
        if args.command is not None:
            from caregiver_app.cli_language import command_language

            with command_language():
                return _run_command(args, data_dir)
        sharing.set_waiting(*waiting_before)  # the window cannot wait as long
        from caregiver_app.services.record.integrity import start_quick_check
        from caregiver_app.services.record.password import is_protected

        # The record's check reads the whole file; it runs while the window's code loads.
        # A record with a password is checked once the password has been typed.
        checked = None if is_protected(data_dir) else start_quick_check(data_dir)
        from caregiver_app.views.app import run_gui

        return run_gui(data_dir, demo=demo_dir is not None, checked=checked)
    except Exception as error:
        from caregiver_app.services.record.access import explain_failure

        explained = explain_failure(error, data_dir)  # busy, read-only: one sentence
        if explained is None:
            raise
        raise explained from error
    finally:
        sharing.set_waiting(*waiting_before)
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``caregiver-app``."""
    from caregiver_app.store import StoreError
    from caregiver_app.store.sqlite_files import DamagedDatabaseError

    # Everything the app creates (record, side files, exports) is private to the user.
    if os.name == "posix":
        os.umask(0o077)
    try:
        return run(sys.argv[1:] if argv is None else argv)
    except UsageError as error:
        print(f"{APP_ID}: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except DamagedDatabaseError as error:
        print(f"{APP_ID}: {error}", file=sys.stderr)
        return EXIT_DAMAGED
    except StoreError as error:
        print(f"{APP_ID}: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as error:
        print(
            f"{APP_ID}: "
            + QCoreApplication.translate(
                "Cli", "{reason}: {path}. Check the folder exists and you may write to it."
            ).format(reason=error.strerror or error, path=error.filename or ""),
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return EXIT_UNEXPECTED
    except Exception as error:  # noqa: BLE001 - the last line of defence
        print(
            f"{APP_ID}: "
            + QCoreApplication.translate(
                "Cli", "unexpected error: {error}. Please report it with the details below."
            ).format(error=error),
            file=sys.stderr,
        )
        traceback.print_exc()
        return EXIT_UNEXPECTED
