"""The work behind ``caregiver-app summary``: check everything first, then write the PDF whole.

Bad dates, an unknown section or an output folder that cannot be written raise
:class:`SummaryUsageError` before the record is opened, so nothing is written.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from reportlab.lib.pagesizes import A4, LETTER

from caregiver_app.services.atomic_file import atomic_write_bytes
from caregiver_app.services.visit_summary.data import SECTIONS, SummaryRequest
from caregiver_app.services.visit_summary.text import load_concerns, summary_bytes
from caregiver_app.services.who_to_call.text import paper_for_locale
from caregiver_app.store.day_range import FIRST_DAY, LAST_DAY


class SummaryUsageError(ValueError):
    """A mistake in the command line: one sentence, exit code 2, nothing written."""


def parse_sections(text: str | None) -> tuple[str, ...]:
    """``"symptoms,doses"`` as section names in the summary's order; None means every one."""
    if text is None:
        return SECTIONS
    wanted = [part.strip().casefold() for part in text.split(",") if part.strip()]
    unknown = [name for name in wanted if name not in SECTIONS]
    if unknown or not wanted:
        raise SummaryUsageError(
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
            raise SummaryUsageError(
                QCoreApplication.translate(
                    "SummaryCommand",
                    "{option} {day} is outside the days a care record holds; give a day "
                    "from {first} to {last}",
                ).format(option=option, day=day.isoformat(), first=FIRST_DAY, last=LAST_DAY)
            )
    if start > end:
        raise SummaryUsageError(
            QCoreApplication.translate("SummaryCommand", "--from must not be after --to")
        )
    if start > today:
        raise SummaryUsageError(
            QCoreApplication.translate("SummaryCommand", "--from {day} is in the future").format(
                day=start.isoformat()
            )
        )


def check_output(path: Path) -> None:
    """``path`` can be written: its folder exists and is writable, and it is not a folder."""
    if path.is_dir():
        raise SummaryUsageError(
            QCoreApplication.translate(
                "SummaryCommand", "{file} is a folder; give a file name"
            ).format(file=path)
        )
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise SummaryUsageError(
            QCoreApplication.translate(
                "SummaryCommand", "the folder {folder} does not exist"
            ).format(folder=folder)
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise SummaryUsageError(
            QCoreApplication.translate(
                "SummaryCommand", "cannot write in the folder {folder}"
            ).format(folder=folder)
        )


def page_size_for(paper: str | None) -> tuple[float, float]:
    """Letter or A4 as asked, else what the system's locale uses."""
    if paper == "letter":
        return LETTER
    if paper == "a4":
        return A4
    return paper_for_locale(QLocale.system().name())


def summary_file(
    path: Path,
    start: date,
    end: date,
    sections: tuple[str, ...],
    paper: str | None = None,
    team_notes_only: bool = False,
) -> str:
    """Write the summary (the store is open) to ``path`` all at once; say where."""
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
