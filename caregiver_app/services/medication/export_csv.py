"""The medicine log as a CSV file (columns in docs/medicine-log.md), written whole or not at all."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

from caregiver_app.services.atomic_file import atomic_write_bytes
from caregiver_app.services.local_time import local_iso
from caregiver_app.services.medication.export_log import LogEntry, log_entries

# The file's columns, in order. Their names and values stay in English whatever the
# language of the app, so a spreadsheet or a script reads every family's file the same way.
COLUMNS = (
    "kind",
    "medicine",
    "strength",
    "route",
    "scheduled_time",
    "status",
    "status_reason",
    "time_given",
    "given_by",
    "dose_given",
    "as_needed_reason",
    "note",
)


def _time(moment: datetime | None) -> str:
    return "" if moment is None else local_iso(moment)


def _row(entry: LogEntry) -> list[str]:
    medicine = entry.medicine
    return [
        entry.kind,
        medicine.name,
        medicine.strength,
        medicine.route,
        _time(entry.scheduled_for),
        entry.status,
        entry.status_reason,
        _time(entry.given_at),
        entry.performer,
        entry.dose,
        entry.reason,
        entry.note,
    ]


def log_csv(entries: list[LogEntry]) -> bytes:
    """The CSV file of ``entries``: UTF-8, a heading row, one row per dose."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    writer.writerows(_row(entry) for entry in entries)
    return buffer.getvalue().encode("utf-8")


def export_log_csv(
    path: Path, start: date | None = None, end: date | None = None, now: datetime | None = None
) -> int:
    """Write the log from day ``start`` to day ``end`` to ``path``; return how many doses."""
    entries = log_entries(start, end, now)
    atomic_write_bytes(Path(path), log_csv(entries))
    return len(entries)
