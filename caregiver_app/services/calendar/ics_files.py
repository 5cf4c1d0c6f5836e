"""Importing a read .ics file and exporting one, with the sentences that say what was done.

The work behind File > Import/Export calendar and ``caregiver-app calendar``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from caregiver_app.plurals import CalendarCommand
from caregiver_app.services.atomic_file import atomic_write_bytes
from caregiver_app.services.calendar.ics_import import ParsedCalendar
from caregiver_app.store.calendar.imports import AppointmentImportCounts, import_appointments


def problem_lines(parsed: ParsedCalendar) -> list[str]:
    """One line per skipped event (position, summary, reason), then one per assumption made."""
    lines = [
        QCoreApplication.translate(
            "CalendarCommand", "skipped event {position} ({summary}): {reason}"
        ).format(
            position=item.position,
            summary=item.summary or QCoreApplication.translate("CalendarCommand", "no title"),
            reason=item.reason,
        )
        for item in parsed.skipped
    ]
    return lines + list(parsed.notes)


def summary_line(counts: AppointmentImportCounts, skipped: int) -> str:
    """The line the import command prints."""
    return QCoreApplication.translate("CalendarCommand", "{imported}, {updated}, {skipped}").format(
        # PySide6 types tr() as a method; lupdate needs this class call for plurals.
        imported=CalendarCommand.tr("imported %n appointments", None, counts.imported),  # type: ignore[arg-type]
        updated=CalendarCommand.tr("updated %n", None, counts.updated),  # type: ignore[arg-type]
        skipped=CalendarCommand.tr("skipped %n events", None, skipped),  # type: ignore[arg-type]
    )


def import_parsed(parsed: ParsedCalendar) -> tuple[str, list[str]]:
    """Import the readable events; the summary line, and the lines about what was skipped."""
    counts = import_appointments(parsed.appointments)
    return summary_line(counts, len(parsed.skipped)), problem_lines(parsed)


def export_file(path: Path, start: date | None = None, end: date | None = None) -> str:
    """Write the appointments (those with a visit from ``start`` to ``end``) to ``path``."""
    from caregiver_app.services.calendar.ics_export import appointments_for_export, calendar_bytes

    records = appointments_for_export(start, end)
    atomic_write_bytes(path, calendar_bytes(records))
    # PySide6 types tr() as a method; lupdate needs this class call for plurals.
    return CalendarCommand.tr("exported %n appointments to {file}", None, len(records)).format(  # type: ignore[arg-type]
        file=path
    )
