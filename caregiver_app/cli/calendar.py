"""``caregiver-app calendar import|export``: appointments as an iCalendar (.ics) file."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from caregiver_app.cli.common import (
    Commands,
    add_actions,
    add_command,
    import_file,
    write_from_record,
)
from caregiver_app.cli.days import add_period, refuse_reversed_period


def add_parser(commands: Commands) -> None:
    """Add ``calendar import`` and ``calendar export`` (iCalendar, .ics) to the command line."""
    calendar = add_command(
        commands,
        "calendar",
        QCoreApplication.translate(
            "Cli", "import or export appointments as an iCalendar (.ics) file"
        ),
        QCoreApplication.translate(
            "Cli",
            "Import or export appointments as an iCalendar (.ics) file, the format "
            "Google Calendar, Outlook and Apple Calendar read and write.",
        ),
        run_calendar,
    )
    actions = add_actions(calendar, "calendar_command")
    add_command(
        actions,
        "import",
        QCoreApplication.translate(
            "Cli", "add the events of an .ics file; events already imported are updated"
        ),
        QCoreApplication.translate(
            "Cli",
            "Add the events of an .ics file from Google Calendar, Outlook or Apple "
            "Calendar. An event imported before (same UID) is updated, not duplicated. "
            "Events that cannot be read are skipped and listed.",
        ),
        file_help=QCoreApplication.translate("Cli", "the .ics file to read"),
    )
    exporting = add_command(
        actions,
        "export",
        QCoreApplication.translate("Cli", "save the appointments as an .ics file"),
        QCoreApplication.translate(
            "Cli",
            "Save the appointments, with their repeats and reminders, as an .ics file "
            "that other calendars import.",
        ),
        file_help=QCoreApplication.translate("Cli", "the .ics file to write"),
    )
    add_period(
        exporting,
        QCoreApplication.translate(
            "Cli", "only appointments with a visit on or after this day (2026-11-29)"
        ),
        QCoreApplication.translate(
            "Cli", "only appointments with a visit on or before this day (2026-11-29)"
        ),
    )


def run_calendar(args: argparse.Namespace, data_dir: Path) -> int:
    """Import an .ics file (read and checked first), or export the appointments as one."""
    from caregiver_app.services.calendar import ics_files
    from caregiver_app.services.calendar.ics_import import NotICalendarError, read_ics_file

    path = Path(args.file)
    if args.calendar_command == "import":
        return import_file(
            args, data_dir, path, read_ics_file, NotICalendarError, ics_files.import_parsed
        )
    refuse_reversed_period(args)
    return write_from_record(
        args, data_dir, path, lambda: ics_files.export_file(path, args.start, args.end)
    )
