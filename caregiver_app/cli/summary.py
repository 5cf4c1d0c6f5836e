"""``caregiver-app summary``: check everything first, then write the visit summary PDF whole.

Bad dates, an unknown section or an output folder that cannot be written are refused
before the record is opened, so nothing is written.
"""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from caregiver_app.cli.common import (
    Commands,
    UsageError,
    add_command,
    add_paper,
    add_period,
    page_size_for,
    write_from_record,
)
from caregiver_app.store.day_range import FIRST_DAY, LAST_DAY


def add_parser(commands: Commands) -> None:
    """Add ``summary``, the visit summary PDF without opening a window, to the command line."""
    summary = add_command(
        commands,
        "summary",
        QCoreApplication.translate("Cli", "make the visit summary to hand to the care team (PDF)"),
        QCoreApplication.translate(
            "Cli",
            "Make the visit summary as a PDF: main concerns (as kept from last time), "
            "symptom scores and trends, breakthrough doses, medicines, diary notes, "
            "upcoming appointments, open questions and key contacts, for the days from "
            "--from to --to (both included).",
        ),
        run_summary,
    )
    add_period(
        summary,
        QCoreApplication.translate("Cli", "the first day of the period (2026-11-01)"),
        QCoreApplication.translate("Cli", "the last day of the period (2026-11-29)"),
        required=True,
    )
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
    add_paper(summary)
    summary.add_argument(
        "--team-notes-only",
        action="store_true",
        help=QCoreApplication.translate("Cli", "print only the diary notes marked for the team"),
    )


def run_summary(args: argparse.Namespace, data_dir: Path) -> int:
    """Check the period, sections and output, then write the summary for the period."""
    path = Path(args.output)
    # everything is checked before the record is opened: a mistake writes nothing
    check_period(args.start, args.end)
    sections = parse_sections(args.sections)
    check_output(path)
    return write_from_record(
        args,
        data_dir,
        path,
        lambda: summary_file(
            path, args.start, args.end, sections, args.paper, args.team_notes_only
        ),
    )


def parse_sections(text: str | None) -> tuple[str, ...]:
    """``"symptoms,doses"`` as section names in the summary's order; None means every one."""
    from caregiver_app.services.visit_summary.request import SECTIONS

    if text is None:
        return SECTIONS
    wanted = [part.strip().casefold() for part in text.split(",") if part.strip()]
    unknown = [name for name in wanted if name not in SECTIONS]
    if unknown or not wanted:
        raise UsageError(
            QCoreApplication.translate(
                "SummaryCommand", "unknown section {names}; choose from {choices}"
            ).format(names=", ".join(unknown) or "''", choices=",".join(SECTIONS))
        )
    return tuple(name for name in SECTIONS if name in wanted)


def check_period(start: date, end: date, today: date | None = None) -> None:
    """The period must lie within the days a record holds, not be reversed, nor start in
    the future."""
    today = today or date.today()
    for option, day in (("--from", start), ("--to", end)):
        if not FIRST_DAY <= day <= LAST_DAY:
            raise UsageError(
                QCoreApplication.translate(
                    "SummaryCommand",
                    "{option} {day} is outside the days a care record holds; give a day "
                    "from {first} to {last}",
                ).format(option=option, day=day.isoformat(), first=FIRST_DAY, last=LAST_DAY)
            )
    if start > end:
        raise UsageError(
            QCoreApplication.translate("SummaryCommand", "--from must not be after --to")
        )
    if start > today:
        raise UsageError(
            QCoreApplication.translate("SummaryCommand", "--from {day} is in the future").format(
                day=start.isoformat()
            )
        )


def check_output(path: Path) -> None:
    """``path`` can be written: its folder exists and is writable, and it is not a folder."""
    if path.is_dir():
        raise UsageError(
            QCoreApplication.translate(
                "SummaryCommand", "{file} is a folder; give a file name"
            ).format(file=path)
        )
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UsageError(
            QCoreApplication.translate(
                "SummaryCommand", "the folder {folder} does not exist"
            ).format(folder=folder)
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UsageError(
            QCoreApplication.translate(
                "SummaryCommand", "cannot write in the folder {folder}"
            ).format(folder=folder)
        )


def summary_file(
    path: Path,
    start: date,
    end: date,
    sections: tuple[str, ...],
    paper: str | None = None,
    team_notes_only: bool = False,
) -> str:
    """Write the summary (the store is open) to ``path`` all at once; say where."""
    # Imported here: it brings ReportLab, and the window's start reads this module too.
    from caregiver_app.services.atomic_file import atomic_write_bytes
    from caregiver_app.services.visit_summary.request import SummaryRequest
    from caregiver_app.services.visit_summary.text import load_concerns, summary_bytes

    request = SummaryRequest(
        start=start,
        end=end,
        sections=sections,
        concerns=load_concerns(),
        team_notes_only=team_notes_only,
    )
    atomic_write_bytes(path, summary_bytes(request, page_size_for(paper)))
    return QCoreApplication.translate("SummaryCommand", "saved the visit summary to {file}").format(
        file=path
    )
