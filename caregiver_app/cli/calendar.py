"""``caregiver-app calendar import|export``: appointments as an iCalendar (.ics) file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from caregiver_app.cli.common import (
    EXIT_OK,
    CommandParser,
    UsageError,
    iso_date,
    open_record,
    read_input,
    record_for_import,
    refuse_own_file,
    refuse_reversed_period,
)


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Add ``calendar import`` and ``calendar export`` (iCalendar, .ics) to the command line."""
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
    calendar.set_defaults(handler=run_calendar)
    calendar_commands = calendar.add_subparsers(
        dest="calendar_command", metavar="ACTION", parser_class=CommandParser, required=True
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
        type=iso_date,
        help=QCoreApplication.translate(
            "Cli", "only appointments with a visit on or after this day (2026-11-29)"
        ),
    )
    exporting.add_argument(
        "--to",
        dest="end",
        metavar="DATE",
        type=iso_date,
        help=QCoreApplication.translate(
            "Cli", "only appointments with a visit on or before this day (2026-11-29)"
        ),
    )


def run_calendar(args: argparse.Namespace, data_dir: Path) -> int:
    """Import an .ics file (read and checked first), or export the appointments as one."""
    from caregiver_app.services.calendar import ics_files
    from caregiver_app.services.calendar.ics_import import NotICalendarError, read_ics

    path = Path(args.file)
    if args.calendar_command == "import":
        data = read_input(path)  # read and check before touching the record
        try:
            parsed = read_ics(data)
        except NotICalendarError as error:
            raise UsageError(str(error)) from error
        with record_for_import(args, data_dir):
            summary, problems = ics_files.import_parsed(parsed)
        for line in problems:
            print(line, file=sys.stderr)
        print(summary)
        return EXIT_OK
    refuse_reversed_period(args)
    refuse_own_file(data_dir, path)
    with open_record(args, data_dir):
        print(ics_files.export_file(path, args.start, args.end))
    return EXIT_OK
