"""``caregiver-app summary``: check everything first, then write the visit summary PDF whole.

Bad dates, an unknown section or an output folder that cannot be written are refused
before the record is opened, so nothing is written.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from caregiver_app.cli.common import (
    Commands,
    UsageError,
    add_command,
    add_output,
    add_paper,
    page_size_for,
    pdf_ready,
    write_from_record,
)
from caregiver_app.cli.days import add_period, refuse_day_outside_record
from caregiver_app.cli.output_file import check_output
from caregiver_app.store.home_clock import home_today


def add_parser(commands: Commands) -> None:
    """Add ``summary``, the visit summary PDF without opening a window, to the command line."""
    summary = add_command(
        commands,
        "summary",
        QCoreApplication.translate("Cli", "make the visit summary to hand to the care team (PDF)"),
        QCoreApplication.translate(
            "Cli",
            "Make the visit summary as a PDF for the days from --from to --to (both "
            "included). Page 1: who, the period, diagnosis and allergies, the main concerns "
            "(as kept from last time), symptom scores with their change and trends, vital "
            "signs, breakthrough doses by day and by hour, medicines and their changes, and "
            "the alerts raised. Page 2: upcoming appointments, open questions, key contacts, "
            "the diary notes marked for the team or written on a day with a severe score "
            "(newest first, as many as fit) and a box for the plan. --appendix adds every "
            "note or every dose.",
        ),
        run_summary,
    )
    add_period(
        summary,
        QCoreApplication.translate("Cli", "the first day of the period (2026-11-01)"),
        QCoreApplication.translate("Cli", "the last day of the period (2026-11-29)"),
        required=True,
    )
    add_output(summary, QCoreApplication.translate("Cli", "the .pdf file to write"), required=True)
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
    summary.add_argument(
        "--appendix",
        metavar="LIST",
        help=QCoreApplication.translate(
            "Cli",
            "add appendices after the summary, comma-separated: notes (every diary note of "
            "the period), doses (every breakthrough dose)",
        ),
    )


def run_summary(args: argparse.Namespace, data_dir: Path) -> int:
    """Check the period, sections and output, then write the summary for the period."""
    path = Path(args.output)
    # everything is checked before the record is opened: a mistake writes nothing
    check_period(args.start, args.end)
    sections = parse_sections(args.sections)
    appendices = parse_appendices(args.appendix)
    check_output(path)

    def write() -> str:
        # "Today" is the family's: the record's home time zone is read when it is open.
        refuse_future_start(args.start)
        return summary_file(
            path, args.start, args.end, sections, args.paper, args.team_notes_only, appendices
        )

    return write_from_record(
        args, data_dir, path, write, pdf_ready("caregiver_app.services.visit_summary.text")
    )


def _chosen(text: str, choices: tuple[str, ...], unknown_sentence: str) -> tuple[str, ...]:
    """The names in comma-separated ``text``, in ``choices``' order; an unknown one or none
    at all is refused with ``unknown_sentence`` ({names}, {choices})."""
    wanted = [part.strip().casefold() for part in text.split(",") if part.strip()]
    unknown = [name for name in wanted if name not in choices]
    if unknown or not wanted:
        raise UsageError(
            unknown_sentence.format(names=", ".join(unknown) or "''", choices=",".join(choices))
        )
    return tuple(name for name in choices if name in wanted)


def parse_sections(text: str | None) -> tuple[str, ...]:
    """``"symptoms,doses"`` as section names in the summary's order; None means every one."""
    from caregiver_app.services.visit_summary.request import SECTIONS

    if text is None:
        return SECTIONS
    return _chosen(
        text,
        SECTIONS,
        QCoreApplication.translate(
            "SummaryCommand", "unknown section {names}; choose from {choices}"
        ),
    )


def parse_appendices(text: str | None) -> tuple[str, ...]:
    """``"notes,doses"`` as appendix names in the summary's order; None means none."""
    from caregiver_app.services.visit_summary.request import APPENDICES

    if text is None:
        return ()
    return _chosen(
        text,
        APPENDICES,
        QCoreApplication.translate(
            "SummaryCommand", "unknown appendix {names}; choose from {choices}"
        ),
    )


def check_period(start: date, end: date) -> None:
    """The period must lie within the days a record holds and not be reversed (said before
    the record is opened; :func:`refuse_future_start` once it is)."""
    for option, day in (("--from", start), ("--to", end)):
        refuse_day_outside_record(
            option,
            day,
            QCoreApplication.translate(
                "SummaryCommand",
                "{option} {day} is outside the days a care record holds; give a day "
                "from {first} to {last}",
            ),
        )
    if start > end:
        raise UsageError(
            QCoreApplication.translate("SummaryCommand", "--from must not be after --to")
        )


def refuse_future_start(start: date, today: date | None = None) -> None:
    """A period must not start after today in the record's home time zone (read with the
    record open: on a laptop set to another zone, its own date may be a day off)."""
    if start > (today or home_today()):
        raise UsageError(
            QCoreApplication.translate("SummaryCommand", "--from {day} is in the future").format(
                day=start.isoformat()
            )
        )


def summary_file(
    path: Path,
    start: date,
    end: date,
    sections: tuple[str, ...],
    paper: str | None = None,
    team_notes_only: bool = False,
    appendices: tuple[str, ...] = (),
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
        appendices=appendices,
    )
    atomic_write_bytes(path, summary_bytes(request, page_size_for(paper)))
    return QCoreApplication.translate("SummaryCommand", "saved the visit summary to {file}").format(
        file=path
    )
