"""Reading a diary CSV file's cells: the header's columns, and how each column's cells are read.

A file is refused at its first problem, in one line naming the row and the
column. Rows are counted as a spreadsheet shows them: the header is row 1, and an
entry whose note spans several lines is still one row. The rows become entries in
:mod:`caregiver_app.services.diary.csv_rows`; where they come from (bytes in memory,
or a file read as it streams) is in :mod:`caregiver_app.services.diary.csv_stream`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication

from caregiver_app.services.diary.csv_format import (
    COLUMNS,
    COMPLETED_BY_TEXT,
    FOR_TEAM,
    FOR_TEAM_TEXT,
    TRACKER_PREFIX,
    VITAL_PREFIX,
    VITALS,
    WHOLE_NUMBER_VITALS,
)
from caregiver_app.services.diary.csv_text import refusal as _refusal
from caregiver_app.services.diary.csv_text import shown as _shown
from caregiver_app.store.diary.entries import FIRST_YEAR, VITAL_LIMITS
from caregiver_app.store.diary.saved_times import FUTURE_TOLERANCE
from caregiver_app.store.home_clock import home_wall, other_home_zone

_EXAMPLE_TIME = "2026-11-29T09:28"
_COMPLETED_BY = {text: value for value, text in COMPLETED_BY_TEXT.items()}
# Bounded lengths: int() of thousands of digits raises, and no real value is that long.
_WHOLE = re.compile(r"\d{1,3}")
_DECIMAL = re.compile(r"-?\d{1,6}(?:[.,]\d{1,6})?")
_SCORES = {str(score): score for score in range(11)}
# Years whose local times convert everywhere (before 1971, Windows cannot convert the
# hours around the epoch; near 9999 a conversion can pass the last day there is).
_PLAIN_YEARS = (1971, 9999)


Reader = Callable[[str], Any]  # a cell's text to its field's value, or CellError


class CellError(Exception):
    """What is wrong with one cell; the row and column are added by the caller."""


@dataclass(frozen=True)
class Column:
    """One column of the header: how it is named, what it holds, and its field's name."""

    label: str  # as the header names it, for messages
    kind: str  # "base", "vital", "tracker" or "blank"
    key: str  # the column's or vital's name, or the tracker's name


def _column(name: str, index: int, row: int) -> Column:
    if not name:
        return Column(str(index + 1), "blank", "")
    if name.lower() in COLUMNS or name.lower() == FOR_TEAM:
        return Column(name, "base", name.lower())
    if name[: len(VITAL_PREFIX)].lower() == VITAL_PREFIX:
        vital = name[len(VITAL_PREFIX) :].strip().lower()
        if vital in VITALS:
            return Column(name, "vital", vital)
        raise _refusal(
            row,
            name,
            QCoreApplication.translate(
                "DiaryCsv",
                "the diary records no such vital sign; the vital sign columns are {names}.",
            ).format(names=", ".join(VITAL_PREFIX + vital for vital in VITALS)),
        )
    if name[: len(TRACKER_PREFIX)].lower() == TRACKER_PREFIX:
        tracker = name[len(TRACKER_PREFIX) :].strip()
        if tracker:
            return Column(name, "tracker", tracker)
        raise _refusal(
            row,
            name,
            QCoreApplication.translate(
                "DiaryCsv", "a tracker column needs the symptom's name after tracker:."
            ),
        )
    raise _refusal(
        row,
        name,
        QCoreApplication.translate(
            "DiaryCsv",
            "this is not a column of a diary file. The columns are {columns}, "
            "then any vital:NAME and tracker:NAME.",
        ).format(columns=",".join((*COLUMNS, FOR_TEAM))),
    )


def columns_of(header: list[str], row: int) -> list[Column]:
    """The header's columns; refuses unknown, repeated or missing ones."""
    columns: list[Column] = []
    seen: set[tuple[str, str]] = set()
    for index, raw in enumerate(header):
        column = _column(raw.strip(), index, row)
        identity = (column.kind, column.key.lower())
        if column.kind != "blank":
            if identity in seen:
                raise _refusal(
                    row,
                    column.label,
                    QCoreApplication.translate(
                        "DiaryCsv", "this column appears twice in the header."
                    ),
                )
            seen.add(identity)
        columns.append(column)
    if ("base", "recorded_at") not in seen:
        raise _refusal(
            row,
            "recorded_at",
            QCoreApplication.translate(
                "DiaryCsv",
                "the first row has no such column, and every entry needs its date and time. "
                "The first row must name the columns: {columns}.",
            ).format(columns=",".join(COLUMNS)),
        )
    return columns


def _score(text: str) -> int | None:
    if not text:
        return None
    if text in _SCORES:  # the usual case, looked up rather than parsed
        return _SCORES[text]
    if _WHOLE.fullmatch(text) and int(text) <= 10:
        return int(text)
    raise CellError(
        QCoreApplication.translate("DiaryCsv", "{value} is not a score from 0 to 10.").format(
            value=_shown(text)
        )
    )


def _is_date_only(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _as_local(moment: datetime, text: str) -> datetime:
    """An aware time as naive home wall time, which is what the store keeps."""
    try:
        if other_home_zone():  # the family's home time zone, not this computer's
            return home_wall(moment)
        # The usual case, an export of this computer's: its offset is the local one at that
        # instant, so the local time is the wall time whatever the rules below would find
        # (they read the wall time's own offset, which costs twice as much). Years where
        # the rules below could fail to convert are left to them. (combine drops the
        # offset as replace(tzinfo=None) does, at a sixth of its cost.)
        if (
            _PLAIN_YEARS[0] <= moment.year < _PLAIN_YEARS[1]
            and moment.astimezone().utcoffset() == moment.utcoffset()
        ):
            return datetime.combine(moment.date(), moment.time())
        wall = moment.replace(tzinfo=None)
        if wall.astimezone().utcoffset() == moment.utcoffset():
            return wall  # as an export writes it; exact even in the hour clocks change
        return moment.astimezone().replace(tzinfo=None)
    except (OverflowError, OSError, ValueError):
        raise CellError(
            QCoreApplication.translate(
                "DiaryCsv", "{value} cannot be converted to this computer's local time."
            ).format(value=_shown(text))
        ) from None


def _moment(latest: datetime, text: str) -> datetime:
    # latest: the last time an entry may carry (now and the tolerance, worked out once),
    # given first so the reader is a partial without keywords (called the fast way)
    if not text:
        raise CellError(
            QCoreApplication.translate(
                "DiaryCsv", "it is empty; every entry needs its date and time, like {example}."
            ).format(example=_EXAMPLE_TIME)
        )
    # date.fromisoformat reads nothing longer than 10 characters ("2024-11-29",
    # "2024-W48-5"); checking only short texts saves a raised ValueError a row.
    if len(text) <= 10 and _is_date_only(text):
        raise CellError(
            QCoreApplication.translate(
                "DiaryCsv", "{value} has no time of day; write the date and time, like {example}."
            ).format(value=_shown(text), example=_EXAMPLE_TIME)
        )
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise CellError(
            QCoreApplication.translate(
                "DiaryCsv", "{value} is not a date and time like {example} (ISO 8601)."
            ).format(value=_shown(text), example=_EXAMPLE_TIME)
        ) from None
    if moment.year < FIRST_YEAR:  # the calendar's limit too; year 1 cannot be converted
        raise CellError(
            QCoreApplication.translate(
                "DiaryCsv", "{value} is before {year}; the diary keeps entries from {year} on."
            ).format(value=_shown(text), year=FIRST_YEAR)
        )
    if moment.tzinfo is not None:
        moment = _as_local(moment, text)
    if moment > latest:
        raise CellError(
            QCoreApplication.translate("DiaryCsv", "{value} is in the future.").format(
                value=_shown(text)
            )
        )
    return moment.replace(microsecond=0) if moment.microsecond else moment


def _completed_by(text: str) -> str:
    if not text:
        return ""  # not recorded: unknown stays unknown
    value = _COMPLETED_BY.get(" ".join(text.replace("_", " ").split()).lower())
    if value is None:
        raise CellError(
            QCoreApplication.translate(
                "DiaryCsv",
                "\u201c{value}\u201d is not who completes an entry: write patient, "
                "family caregiver or health professional, or leave it empty.",
            ).format(value=_shown(text))
        )
    return value


def _vital(name: str, text: str) -> float | int | None:
    if not text:
        return None
    whole = name in WHOLE_NUMBER_VITALS
    if not (_WHOLE if whole else _DECIMAL).fullmatch(text):
        problem = (
            QCoreApplication.translate("DiaryCsv", "{value} is not a whole number.")
            if whole
            else QCoreApplication.translate("DiaryCsv", "{value} is not a number.")
        )
        raise CellError(problem.format(value=_shown(text)))
    value = int(text) if whole else float(text.replace(",", "."))
    low, high = VITAL_LIMITS[name]
    if not low <= value <= high:
        raise CellError(
            QCoreApplication.translate(
                "DiaryCsv", "{value} is outside what can be recorded ({low} to {high})."
            ).format(value=_shown(text), low=low, high=high)
        )
    return value


def _for_team(text: str) -> bool:
    mark = FOR_TEAM_TEXT.get(text.lower()) if text else False
    if mark is None:
        raise CellError(
            QCoreApplication.translate(
                "DiaryCsv",
                "\u201c{value}\u201d is not a mark for the team: write yes for an entry "
                "marked for the team, or leave it empty.",
            ).format(value=_shown(text))
        )
    return mark


def _blank(text: str) -> None:
    if text:
        raise CellError(
            QCoreApplication.translate(
                "DiaryCsv", "this column has no name in the first row; name it or empty it."
            )
        )


def _as_typed(text: str) -> str:
    return text


# Cells whose value is known as they stand, with nothing to strip or check: looked up
# rather than read (each is what its column's reader gives for it). Any other cell is read.
_SCORE_CELLS: dict[str, Any] = {"": None, **_SCORES}
_EMPTY_IS_NONE: dict[str, Any] = {"": None}
_EMPTY_IS_EMPTY: dict[str, Any] = {"": ""}
_COMPLETED_BY_CELLS: dict[str, Any] = {"": "", **_COMPLETED_BY}
_FOR_TEAM_CELLS: dict[str, Any] = {"": False, "yes": True}


def _role(column: Column) -> str:
    """What a column holds, as far as reading its cells goes (one answer for both the cells
    known without reading and the reader of the others)."""
    if column.kind in ("blank", "tracker", "vital"):
        return column.kind
    if column.key in ("recorded_at", "completed_by", FOR_TEAM):
        return column.key
    if column.key in ("other_problem", "note"):
        return "text"
    return "score"


# Each role's cells known without reading them (see above).
_KNOWN_CELLS: dict[str, dict[str, Any]] = {
    "blank": _EMPTY_IS_NONE,
    "tracker": _SCORE_CELLS,
    "vital": _EMPTY_IS_NONE,
    "recorded_at": {},
    "completed_by": _COMPLETED_BY_CELLS,
    FOR_TEAM: _FOR_TEAM_CELLS,
    "text": _EMPTY_IS_EMPTY,
    "score": _SCORE_CELLS,
}


def known_cells(column: Column) -> dict[str, Any]:
    """The cells of ``column`` whose value is known without reading them, with that value."""
    return _KNOWN_CELLS[_role(column)]


def cell_reader(column: Column, now: datetime) -> Reader:
    """How a cell of ``column`` is read: text to its value, or CellError (chosen once a file)."""
    role = _role(column)
    if role == "vital":
        return partial(_vital, column.key)
    if role == "recorded_at":
        return partial(_moment, now + FUTURE_TOLERANCE)
    readers: dict[str, Reader] = {
        "blank": _blank,
        "tracker": _score,
        "completed_by": _completed_by,
        FOR_TEAM: _for_team,
        "text": _as_typed,
        "score": _score,
    }
    return readers[role]
