"""``caregiver-app meds export|chart``: the medicine log as CSV or FHIR, the weekly chart PDF.

Every mistake (a day that is not a date, --from after --to, the record's own file as the
output, a folder that cannot be written) is refused before the record is opened, and a
file that cannot be written whole is not written at all.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from caregiver_app.cli.common import (
    Commands,
    add_actions,
    add_command,
    add_paper,
    page_size_for,
    pdf_ready,
    write_from_record,
)
from caregiver_app.cli.days import (
    add_period,
    iso_date,
    refuse_day_outside_record,
    refuse_reversed_period,
)
from caregiver_app.cli.output_file import check_output
from caregiver_app.store.home_clock import home_now, home_today


class MedsCommand(QObject):
    """What ``meds`` says it did (a class, so that lupdate files its counts as plurals)."""


def add_parser(commands: Commands) -> None:
    """Add ``meds export`` (CSV or FHIR) and ``meds chart`` (PDF) to the command line."""
    meds = add_command(
        commands,
        "meds",
        QCoreApplication.translate(
            "Cli", "export the medicine log, or make the weekly medicine chart"
        ),
        QCoreApplication.translate(
            "Cli",
            "Export the log of scheduled and as-needed doses (CSV, or FHIR R4 JSON for "
            "clinical systems), or make the weekly medicine chart to print (PDF).",
        ),
        run_meds,
    )
    actions = add_actions(meds, "meds_command")
    exporting = add_command(
        actions,
        "export",
        QCoreApplication.translate("Cli", "save the medicine log as a CSV or FHIR file"),
        QCoreApplication.translate(
            "Cli",
            "Save the medicine log, oldest first: one row per scheduled dose that came due "
            "(given, given late, skipped, refused, or not_logged when nobody answered) and "
            "one per as-needed dose. Without --from, from the first dose logged.",
        ),
        file_help=QCoreApplication.translate(
            "Cli", "the .csv (or, with --fhir, .json) file to write"
        ),
    )
    add_period(
        exporting,
        QCoreApplication.translate("Cli", "only doses on or after this day (2026-11-29)"),
        QCoreApplication.translate("Cli", "only doses on or before this day (2026-11-29)"),
    )
    exporting.add_argument(
        "--fhir",
        action="store_true",
        help=QCoreApplication.translate(
            "Cli", "write a FHIR R4 Bundle of MedicationAdministration resources (JSON)"
        ),
    )
    charting = add_command(
        actions,
        "chart",
        QCoreApplication.translate("Cli", "make the weekly medicine chart (PDF)"),
        QCoreApplication.translate(
            "Cli",
            "Make the weekly medicine chart: each medicine at each dose time for the seven "
            "days from Monday, with a box to initial, the as-needed limits, allergies and "
            "the number to call first. With --week, the chart of that week filled in from "
            "the log; without it, a blank chart of this week.",
        ),
        file_help=QCoreApplication.translate("Cli", "the .pdf file to write"),
    )
    charting.add_argument(
        "--week",
        metavar="DATE",
        type=iso_date,
        help=QCoreApplication.translate(
            "Cli", "a day of the week to fill in from the log (2026-11-29)"
        ),
    )
    charting.add_argument(
        "--blank",
        action="store_true",
        help=QCoreApplication.translate(
            "Cli", "leave the boxes empty, to fill in by hand, even with --week"
        ),
    )
    add_paper(charting)


def _check_day(option: str, day: date | None) -> None:
    refuse_day_outside_record(
        option,
        day,
        QCoreApplication.translate(
            "MedsCommand",
            "{option} {day} is outside the days a care record holds; give a day "
            "from {first} to {last}",
        ),
    )


def run_meds(args: argparse.Namespace, data_dir: Path) -> int:
    """Check everything, then write the log export or the chart."""
    path = Path(args.file)
    check_output(path)  # a folder, or a folder that does not exist or cannot be written
    if args.meds_command == "export":
        _check_day("--from", args.start)
        _check_day("--to", args.end)
        refuse_reversed_period(args)
        return write_from_record(
            args, data_dir, path, lambda: export_file(path, args.start, args.end, args.fhir)
        )
    _check_day("--week", args.week)
    day = args.week or home_today()
    filled = args.week is not None and not args.blank
    return write_from_record(
        args,
        data_dir,
        path,
        # The paper is read with the record open: without --paper, the one kept there.
        lambda: chart_file(path, day, filled, page_size_for(args.paper)),
        pdf_ready("caregiver_app.services.medication.chart"),
    )


def export_file(path: Path, start: date | None, end: date | None, fhir: bool) -> str:
    """Write the log (the store is open) to ``path``; say how many doses and where."""
    if fhir:
        from caregiver_app.services.medication.export_fhir import export_log_fhir

        count = export_log_fhir(path, start, end, home_now())
    else:
        from caregiver_app.services.medication.export_csv import export_log_csv

        count = export_log_csv(path, start, end, home_now())
    return MedsCommand.tr("exported %n doses to {file}", None, count).format(file=path)


def chart_file(path: Path, day: date, filled: bool, page_size: tuple[float, float]) -> str:
    """Write the chart of the week ``day`` falls in (the store is open); say where."""
    # ReportLab loads only when a chart is made.
    from caregiver_app.services.medication.chart import write_chart

    write_chart(path, day, filled, page_size)
    return QCoreApplication.translate("MedsCommand", "saved the medicine chart to {file}").format(
        file=path
    )
