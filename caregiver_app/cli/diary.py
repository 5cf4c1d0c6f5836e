"""``caregiver-app diary export|import``: the symptom diary as a CSV file."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from caregiver_app.cli.common import (
    EXIT_OK,
    Commands,
    add_actions,
    add_command,
    input_refused,
    record_for_import,
    refuse_folder,
    write_from_record,
)
from caregiver_app.cli.days import add_period, refuse_reversed_period
from caregiver_app.plurals import DiaryCsv

if TYPE_CHECKING:
    from caregiver_app.services.diary.csv_file import DiaryFile, ParsedDiary


def add_parser(commands: Commands) -> None:
    """Add ``diary export`` and ``diary import`` (CSV) to the command line."""
    diary = add_command(
        commands,
        "diary",
        QCoreApplication.translate("Cli", "export or import the symptom diary as a CSV file"),
        QCoreApplication.translate(
            "Cli",
            "Export or import the symptom diary as a CSV file (UTF-8, one row per entry) "
            "that spreadsheets open.",
        ),
        run_diary,
    )
    actions = add_actions(diary, "diary_command")
    exporting = add_command(
        actions,
        "export",
        QCoreApplication.translate("Cli", "save the diary entries as a CSV file"),
        QCoreApplication.translate(
            "Cli",
            "Save the diary entries, oldest first, as a CSV file: the time, who completed "
            "the entry, the ESAS-r scores, the other problem, the note, then any vital "
            "signs and custom trackers.",
        ),
        file_help=QCoreApplication.translate("Cli", "the .csv file to write"),
    )
    add_period(
        exporting,
        QCoreApplication.translate("Cli", "only entries on or after this day (2026-11-29)"),
        QCoreApplication.translate("Cli", "only entries on or before this day (2026-11-29)"),
    )
    add_command(
        actions,
        "import",
        QCoreApplication.translate("Cli", "add the entries of a diary CSV file"),
        QCoreApplication.translate(
            "Cli",
            "Add the entries of a diary CSV file. The whole file is checked first: a "
            "file with any problem is refused, naming the row and column, and nothing "
            "is imported. Entries already in the diary are not added twice.",
        ),
        file_help=QCoreApplication.translate("Cli", "the .csv file to read"),
    )


def run_diary(args: argparse.Namespace, data_dir: Path) -> int:
    """Import a diary CSV file (checked whole first), or export the diary as one."""
    # Imported here, as in every command: the window's start reads this module too.
    from caregiver_app.services.diary import csv_file
    from caregiver_app.services.diary.csv_file import DiaryCsvError

    path = Path(args.file)
    if args.diary_command == "import":
        refuse_folder(path)
        with input_refused(path, DiaryCsvError):  # read and checked whole before the record opens
            parsed = csv_file.read_diary_file(path)
        # read again as it goes in: a file changed since is refused, nothing imported
        with record_for_import(args, data_dir), input_refused(path, DiaryCsvError):
            print(import_parsed(parsed))
        return EXIT_OK
    refuse_reversed_period(args)
    return write_from_record(args, data_dir, path, lambda: export_file(path, args.start, args.end))


def import_parsed(parsed: ParsedDiary | DiaryFile) -> str:
    """Import a checked file (read again as it goes in); the summary line."""
    from caregiver_app.services.diary import csv_file

    counts = csv_file.import_parsed(parsed)
    return QCoreApplication.translate("DiaryCsv", "{imported}, {already}").format(
        imported=DiaryCsv.tr("imported %n entries", None, counts.imported),
        already=DiaryCsv.tr("%n already there", None, counts.already_there),
    )


def export_file(path: Path, start: date | None = None, end: date | None = None) -> str:
    """Write the diary (the days from ``start`` to ``end``, inclusive) to ``path``; say how many."""
    from caregiver_app.services.diary import csv_file

    count = csv_file.export_csv(path, start, end)
    return DiaryCsv.tr("exported %n entries to {file}", None, count).format(file=path)
