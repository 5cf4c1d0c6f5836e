"""A diary CSV file's text and records, and where a problem in it is, by row and column.

Rows are counted as a spreadsheet shows them (the header is row 1), so a message can
point at the cell to fix. Everything here reads text as lines, as they come: a bad byte
near the end of a large file is placed without the text before it ever held whole.
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QCoreApplication

from caregiver_app.services.diary.csv_format import MAX_FILE_BYTES, DiaryCsvError


def shown(text: str, limit: int = 40) -> str:
    """``text`` fit for a one-line message: no line breaks or control characters, not too long."""
    text = " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def refusal(row: int, column: str, problem: str) -> DiaryCsvError:
    """The one line that names the row and the column of a problem."""
    return DiaryCsvError(
        QCoreApplication.translate(
            "DiaryCsv", "row {row}, column {column}: {problem} Nothing was imported."
        ).format(row=row, column=shown(column) or "?", problem=problem)
    )


def separator(header: str) -> str:
    """The file's separator, told by its first row: a tab in Excel's "Unicode text", ";"
    where Excel writes it (in the languages whose decimal mark is a comma), else ","."""
    commas, semicolons = header.count(","), header.count(";")
    if header.count("\t") > max(commas, semicolons):
        return "\t"
    return ";" if semicolons > commas else ","


_ROWS_AT_A_TIME = 100
_UNCLOSED = "unexpected end of data"  # what the csv module says of a quote never closed


def records(lines: Iterable[str]) -> Iterator[tuple[int, list[str]]]:
    """(row number, cells) of each CSV record of ``lines``, read as they are asked for
    (a hundred rows at a time).

    DiaryCsvError names the row that cannot be read as CSV.
    """
    lines = iter(lines)
    first = next(lines, "")
    # Strict: a quote never closed, or text after a closing quote, is refused; read leniently,
    # the first made the rest of the file one value, and the second dropped the quotes.
    reader = csv.reader(itertools.chain([first], lines), delimiter=separator(first), strict=True)
    row = 0
    while True:
        # A very long note is still a note. The limit is the csv module's global
        # setting: raised only while this reader reads (some rows at a time, as
        # setting it costs as much as reading a row), so nothing else sees it.
        batch: list[list[str]] = []
        failure: Exception | None = None
        limit = csv.field_size_limit(max(csv.field_size_limit(), MAX_FILE_BYTES + 1))
        try:
            for cells in itertools.islice(reader, _ROWS_AT_A_TIME):
                batch.append(cells)
        except Exception as error:  # noqa: BLE001 - raised below, after the rows before it
            failure = error
        finally:
            csv.field_size_limit(limit)
        yield from zip(itertools.count(row + 1), batch)
        row += len(batch)
        if isinstance(failure, csv.Error) and str(failure) == _UNCLOSED:
            raise DiaryCsvError(
                QCoreApplication.translate(
                    "DiaryCsv",
                    'row {row}: a value in this row opens a double quote (") that is never '
                    "closed, so the rest of the file would be read as part of it. Nothing was "
                    "imported.",
                ).format(row=row + 1)
            ) from None
        if isinstance(failure, csv.Error):
            raise DiaryCsvError(
                QCoreApplication.translate(
                    "DiaryCsv",
                    "row {row}: this cannot be read as CSV ({reason}). Nothing was imported.",
                ).format(row=row + 1, reason=shown(str(failure), 80))
            ) from None
        if failure is not None:
            raise failure  # bytes that are not text, say: the caller places them
        if len(batch) < _ROWS_AT_A_TIME:
            return


def placed_refusal(before: Iterable[str], problem: str) -> DiaryCsvError:
    """The refusal naming the row and column where the text ``before`` stops.

    ``before`` is the text before the problem, as lines, with a "?" standing for the
    problem at the end (it ends the last record).
    """
    count, header, header_row, last = 0, [], 0, []
    for count, cells in records(before):
        if not header_row and any(cell.strip() for cell in cells):
            header, header_row = cells, count
        last = cells
    if header_row == count:  # the header is a row before the one with the problem
        header = []
    index = len(last) - 1
    name = header[index].strip() if index < len(header) else ""
    return refusal(count, name or str(index + 1), problem)


def not_utf8_problem() -> str:
    """What is wrong with bytes that are not UTF-8, and what to do."""
    return QCoreApplication.translate(
        "DiaryCsv",
        "this is not UTF-8 text. Save the file as \u201cCSV UTF-8\u201d from your "
        "spreadsheet and import it again.",
    )


def nul_problem() -> str:
    """What is wrong with a NUL byte, which no text file holds."""
    return QCoreApplication.translate(
        "DiaryCsv",
        "there is a NUL byte (a zero byte) here, which a CSV text file never holds; "
        "the file may be damaged, or not a CSV file.",
    )


class NulFoundError(Exception):
    """A NUL byte in line ``index`` (counted from 0) of the text, at ``column`` in it."""

    def __init__(self, index: int, column: int) -> None:
        super().__init__(index, column)
        self.index, self.column = index, column


def without_nul(lines: Iterable[str]) -> Iterator[str]:
    """``lines`` as they are, or NulFoundError where the first NUL byte is."""
    for index, line in enumerate(lines):
        column = line.find("\x00")
        if column >= 0:
            raise NulFoundError(index, column)
        yield line


def before_nul(lines: Iterable[str], found: NulFoundError) -> Iterator[str]:
    """The text of ``lines`` before the NUL ``found``, with the "?" that stands for it."""
    for index, line in enumerate(lines):
        if index == found.index:
            yield line[: found.column] + "?"
            return
        yield line
