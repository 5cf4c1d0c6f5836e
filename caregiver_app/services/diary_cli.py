"""The work behind ``caregiver-app diary ...``: files in and out, and the sentences to print."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from caregiver_app.plurals import DiaryCsv
from caregiver_app.services.diary import csv_file as diary_csv
from caregiver_app.services.diary.csv_file import DiaryFile, ParsedDiary


def parse_diary_file(path: Path) -> ParsedDiary | DiaryFile:
    """Check every row of a diary CSV file; OSError or DiaryCsvError, and nothing changed."""
    return diary_csv.read_diary_file(path)


def import_parsed(parsed: ParsedDiary | DiaryFile) -> str:
    """Import a checked file (read again as it goes in); the summary line."""
    counts = diary_csv.import_parsed(parsed)
    return QCoreApplication.translate("DiaryCsv", "{imported}, {already}").format(
        imported=DiaryCsv.tr("imported %n entries", None, counts.imported),
        already=DiaryCsv.tr("%n already there", None, counts.already_there),
    )


def export_file(path: Path, start: date | None = None, end: date | None = None) -> str:
    """Write the diary (the days from ``start`` to ``end``, inclusive) to ``path``; say how many."""
    count = diary_csv.export_csv(path, start, end)
    return DiaryCsv.tr("exported %n entries to {file}", None, count).format(file=path)
