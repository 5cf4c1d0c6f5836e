"""A diary CSV file's rows as entries: each row's cells read, checked and made an entry.

The columns and the reader of each column's cells are in
:mod:`caregiver_app.services.diary.csv_read`. How a row becomes an entry is worked out
once a file (:class:`_RowReader`), as an import reads a hundred thousand rows twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from itertools import compress
from operator import is_, itemgetter
from typing import Any

from PySide6.QtCore import QCoreApplication

from caregiver_app.esas import SCORE_FIELDS
from caregiver_app.plurals import DiaryCsv
from caregiver_app.services.diary.csv_format import VITAL_PREFIX, VITALS, DiaryCsvError, DiaryRows
from caregiver_app.services.diary.csv_read import (
    CellError,
    Column,
    cell_reader,
    columns_of,
    known_cells,
)
from caregiver_app.services.diary.csv_text import refusal as _refusal
from caregiver_app.store.diary.entries import EntryRecord, validate_entry
from caregiver_app.store.errors import InvalidValueError

_UNKNOWN = object()  # a cell's value before it is read
_ABSENT = (None, "")  # what a field without a column reads: None, or "" for text


def _field_label(field: str) -> str:
    """The file's column for a field named by the store's InvalidValueError."""
    if field == "other_problem_score":
        return "other_score"
    return VITAL_PREFIX + field if field in VITALS else field


class _RowReader:
    """How each row of one file becomes an entry: its columns' readers and places."""

    def __init__(self, columns: list[Column], now: datetime) -> None:
        self.columns, self.now = columns, now
        self.readers = [cell_reader(column, now) for column in columns]
        self.known = [known_cells(column) for column in columns]
        self.unknown = [_UNKNOWN] * len(columns)  # what a cell not known as it stands gives
        self.indices = range(len(columns))
        places = {
            column.key: index
            for index, column in enumerate(columns)
            if column.kind == "base" or column.kind == "vital"
        }
        # A field without a column reads what is put after the cells: None, or "" for text.
        absent, no_text = len(columns), len(columns) + 1
        self.recorded_at = places["recorded_at"]  # every file has it (columns_of)
        self.completed_by, self.other_problem, self.note = (
            places.get(key, no_text) for key in ("completed_by", "other_problem", "note")
        )
        self.other_score = places.get("other_score", absent)
        self.for_team = places.get("for_team", absent)
        self.scores = itemgetter(*(places.get(name, absent) for name in SCORE_FIELDS))
        self.vitals = itemgetter(*(places.get(name, absent) for name in VITALS))
        self.trackers = [
            (column.key, index) for index, column in enumerate(columns) if column.kind == "tracker"
        ]

    def _values(self, row: int, cells: list[str]) -> list[Any]:
        """Each cell's value, in column order (datetime, str, int, float or None).

        A cell its column knows as it stands is looked up; every other cell is stripped
        and read, in column order, so the first that cannot be read is the one named.
        """
        values = list(map(dict.get, self.known, cells, self.unknown))
        for index in compress(self.indices, map(is_, values, self.unknown)):
            try:
                values[index] = self.readers[index](cells[index].strip())
            except CellError as problem:
                raise _refusal(row, self.columns[index].label, str(problem)) from None
        return values

    def entry(self, row: int, cells: list[str]) -> EntryRecord:
        """The row's entry, checked; DiaryCsvError names the row and column of a problem."""
        values = self._values(row, cells)
        values += _ABSENT
        record = EntryRecord(
            recorded_at=values[self.recorded_at],
            completed_by=values[self.completed_by],
            scores=dict(zip(SCORE_FIELDS, self.scores(values), strict=True)),
            other_problem=values[self.other_problem],
            other_problem_score=values[self.other_score],
            note=values[self.note],
            for_team=values[self.for_team] or False,  # no column: none marked
            # an empty tracker cell never hides a score or note
            trackers={
                key: value for key, index in self.trackers if (value := values[index]) is not None
            },
            **dict(zip(VITALS, self.vitals(values), strict=True)),
        )
        if record.other_problem_score is not None and not record.other_problem:
            raise _refusal(
                row,
                "other_score",
                QCoreApplication.translate(
                    "DiaryCsv",
                    "there is a score but no other_problem; name the other problem, "
                    "or leave its score empty.",
                ),
            )
        try:  # the store's own rules, should they ever ask more than the checks above
            validate_entry(record, self.now)
        except InvalidValueError as error:
            raise _refusal(row, _field_label(error.field), str(error)) from None
        return record


def _count_refusal(row: int, cells: list[str], columns: list[Column]) -> DiaryCsvError:
    counts = {
        # PySide6 types tr() as a method; lupdate needs this class call for plurals.
        "values": DiaryCsv.tr("%n values", None, len(cells)),  # type: ignore[arg-type]
        "columns": DiaryCsv.tr("%n columns", None, len(columns)),  # type: ignore[arg-type]
    }
    if len(cells) < len(columns):
        problem = QCoreApplication.translate(
            "DiaryCsv",
            "this value is missing: the row has {values} but the first row names "
            "{columns} (a value holding a comma or a line break must be in double quotes).",
        )
        return _refusal(row, columns[len(cells)].label, problem.format(**counts))
    problem = QCoreApplication.translate(
        "DiaryCsv",
        "there is no such column: the row has {values} but the first row names "
        "{columns} (a value holding a comma or a line break must be in double quotes).",
    )
    return _refusal(row, str(len(columns) + 1), problem.format(**counts))


def entries_of(rows: Iterator[tuple[int, list[str]]], now: datetime) -> DiaryRows:
    """The header of ``rows`` read, and its entries as they are asked for.

    ``rows`` are (row number, cells), as ``csv_text.records`` gives them.

    Each entry is checked when it is read; DiaryCsvError names the first problem.
    """
    # Blank lines are skipped, but counted.
    first = next(((row, cells) for row, cells in rows if "".join(cells).strip()), None)
    if first is None:
        return DiaryRows([], iter(()))
    columns = columns_of(first[1], first[0])
    reader = _RowReader(columns, now)

    def body() -> Iterator[EntryRecord]:
        for row, cells in rows:
            if not "".join(cells).strip():  # a blank line, or a row of empty cells
                continue
            if len(cells) != len(columns):
                raise _count_refusal(row, cells, columns)
            yield reader.entry(row, cells)

    return DiaryRows([column.key for column in columns if column.kind == "tracker"], body())
