"""``caregiver-app diary export|import``: the symptom diary as a CSV file."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from caregiver_app.cli.common import (
    EXIT_OK,
    CommandParser,
    UsageError,
    cannot_read,
    iso_date,
    open_record,
    record_for_import,
    refuse_folder,
    refuse_own_file,
    refuse_reversed_period,
)
from caregiver_app.plurals import DiaryCsv
from caregiver_app.services.diary import csv_file
from caregiver_app.services.diary.csv_file import DiaryFile, ParsedDiary


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Add ``diary export`` and ``diary import`` (CSV) to the command line."""
    diary = commands.add_parser(
        "diary",
        help=QCoreApplication.translate("Cli", "export or import the symptom diary as a CSV file"),
        description=QCoreApplication.translate(
            "Cli",
            "Export or import the symptom diary as a CSV file (UTF-8, one row per entry) "
            "that spreadsheets open.",
        ),
    )
    diary.set_defaults(handler=run_diary)
    diary_commands = diary.add_subparsers(
        dest="diary_command", metavar="ACTION", parser_class=CommandParser, required=True
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
        type=iso_date,
        help=QCoreApplication.translate("Cli", "only entries on or after this day (2026-11-29)"),
    )
    exporting.add_argument(
        "--to",
        dest="end",
        metavar="DATE",
        type=iso_date,
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


def run_diary(args: argparse.Namespace, data_dir: Path) -> int:
    """Import a diary CSV file (checked whole first), or export the diary as one."""
    from caregiver_app.services.diary.csv_file import DiaryCsvError

    path = Path(args.file)
    if args.diary_command == "import":
        refuse_folder(path)
        try:  # the whole file is read and checked before the record is opened
            parsed = csv_file.read_diary_file(path)
        except OSError as error:
            raise cannot_read(path, error) from error
        except DiaryCsvError as error:
            raise UsageError(str(error)) from error
        with record_for_import(args, data_dir):
            try:  # read again as it goes in: a file changed since is refused, nothing imported
                print(import_parsed(parsed))
            except OSError as error:
                raise cannot_read(path, error) from error
            except DiaryCsvError as error:
                raise UsageError(str(error)) from error
        return EXIT_OK
    refuse_reversed_period(args)
    refuse_own_file(data_dir, path)
    with open_record(args, data_dir):
        print(export_file(path, args.start, args.end))
    return EXIT_OK


def import_parsed(parsed: ParsedDiary | DiaryFile) -> str:
    """Import a checked file (read again as it goes in); the summary line."""
    counts = csv_file.import_parsed(parsed)
    return QCoreApplication.translate("DiaryCsv", "{imported}, {already}").format(
        imported=DiaryCsv.tr("imported %n entries", None, counts.imported),
        already=DiaryCsv.tr("%n already there", None, counts.already_there),
    )


def export_file(path: Path, start: date | None = None, end: date | None = None) -> str:
    """Write the diary (the days from ``start`` to ``end``, inclusive) to ``path``; say how many."""
    count = csv_file.export_csv(path, start, end)
    return DiaryCsv.tr("exported %n entries to {file}", None, count).format(file=path)
