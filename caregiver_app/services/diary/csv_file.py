"""The symptom diary as a CSV file, for spreadsheets and for moving a record.

The format (also in README.md): UTF-8 (a byte order mark is accepted on import),
comma-separated with RFC 4180 quoting and CRLF line ends, a header row, then one
row per entry. The columns are ``COLUMNS``, then ``for_team`` when an exported entry is
marked for the team ("yes" in its rows), then ``vital:NAME`` for each vital sign and
``tracker:NAME`` for each custom tracker that the exported entries use.
``recorded_at`` is ISO 8601 local time with its UTC offset; a value without an
offset is read as local time. Empty score cells mean "not rated".

Reading is in :mod:`caregiver_app.services.diary.csv_stream` (bytes and files, read
as they stream) and :mod:`caregiver_app.services.diary.csv_read` (rows); this module
writes, and holds the entry points the window and the command line call.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, time, timedelta
from pathlib import Path

from caregiver_app.esas import SCORE_FIELDS
from caregiver_app.services.atomic_file import atomic_write_bytes
from caregiver_app.services.diary.csv_format import (
    COLUMNS,
    COMPLETED_BY_TEXT,
    FOR_TEAM,
    MAX_FILE_BYTES,
    TRACKER_PREFIX,
    VITAL_PREFIX,
    VITALS,
    DiaryCsvError,
    ParsedDiary,
)
from caregiver_app.services.diary.csv_stream import DiaryFile, read_csv, read_diary_file
from caregiver_app.services.local_time import local_iso
from caregiver_app.store.diary.bulk_import import DiaryImportCounts, import_entries
from caregiver_app.store.diary.entries import EntryRecord, entries_between, list_trackers

__all__ = [
    "COLUMNS",
    "MAX_FILE_BYTES",
    "DiaryCsvError",
    "DiaryFile",
    "DiaryImportCounts",
    "ParsedDiary",
    "export_csv",
    "import_parsed",
    "read_csv",
    "read_diary_file",
    "write_csv",
]


def _number_text(value: float | int | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return repr(value)  # the shortest text that reads back as the same number


def _score_text(value: int | None) -> str:
    return "" if value is None else str(value)


def _tracker_order(records: list[EntryRecord]) -> list[str]:
    """The trackers the entries score, in the order the family added them."""
    used = {name for record in records for name in record.trackers}
    ordered = [name for name in list_trackers(active_only=False) if name in used]
    return ordered + sorted(used.difference(ordered))


def write_csv(records: list[EntryRecord], trackers: list[str]) -> bytes:
    """The diary file for ``records``, with a ``tracker:NAME`` column for each of ``trackers``."""
    vitals = [name for name in VITALS if any(getattr(r, name) is not None for r in records)]
    marked = [FOR_TEAM] if any(record.for_team for record in records) else []
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(
        [
            *COLUMNS,
            *marked,
            *(VITAL_PREFIX + name for name in vitals),
            *(TRACKER_PREFIX + name for name in trackers),
        ]
    )
    for record in records:
        writer.writerow(
            [
                local_iso(record.recorded_at),
                COMPLETED_BY_TEXT.get(record.completed_by, record.completed_by),
                *(_score_text(record.scores.get(name)) for name in SCORE_FIELDS),
                record.other_problem,
                _score_text(record.other_problem_score),
                record.note,
                *(("yes" if record.for_team else "") for _column in marked),
                *(_number_text(getattr(record, name)) for name in vitals),
                *(_score_text(record.trackers.get(name)) for name in trackers),
            ]
        )
    return buffer.getvalue().encode("utf-8")


def _bounds(start: date | None, end: date | None) -> tuple[datetime | None, datetime | None]:
    """Days (inclusive) as the store's [start, end) datetimes; datetimes are kept as they are."""
    low = high = None
    if start is not None:
        low = start if isinstance(start, datetime) else datetime.combine(start, time.min)
    if isinstance(end, datetime):
        high = end
    elif end is not None and end < date.max:  # the last day there is has no day after it
        high = datetime.combine(end + timedelta(days=1), time.min)
    return low, high


def export_csv(path: Path, start: date | None = None, end: date | None = None) -> int:
    """Write the entries from day ``start`` to day ``end`` (inclusive; None: no limit) to ``path``.

    Returns how many entries were written. The file is written whole or not at
    all, readable by this user only.
    """
    records = entries_between(*_bounds(start, end))
    atomic_write_bytes(Path(path), write_csv(records, _tracker_order(records)))
    return len(records)


def import_parsed(parsed: ParsedDiary | DiaryFile) -> DiaryImportCounts:
    """Add the file's entries that are not already in the diary, in one transaction.

    A file on disk is read again as its entries go in; DiaryCsvError or OSError if it
    no longer reads as it did, and then nothing is imported.
    """
    return import_entries(parsed.read_entries(), parsed.trackers)
