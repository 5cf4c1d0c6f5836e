"""A diary CSV file's bytes as text, and its records: where a bad byte is, named by row and column.

Rows are counted as a spreadsheet shows them (the header is row 1), so a message
can point at the cell to fix.
"""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import QCoreApplication

from caregiver_app.services.diary_csv_format import MAX_FILE_BYTES, DiaryCsvError
from caregiver_app.services.text_encoding import wide_encoding


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


def split_records(text: str) -> list[list[str]]:
    """The CSV records of ``text``."""
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, MAX_FILE_BYTES + 1))  # a very long note is still a note
    rows: list[list[str]] = []
    try:
        for cells in csv.reader(io.StringIO(text, newline="")):
            rows.append(cells)
    except csv.Error as error:
        raise DiaryCsvError(
            QCoreApplication.translate(
                "DiaryCsv",
                "row {row}: this cannot be read as CSV ({reason}). Nothing was imported.",
            ).format(row=len(rows) + 1, reason=shown(str(error), 80))
        ) from None
    finally:
        csv.field_size_limit(limit)
    return rows


def _place(before: str) -> tuple[int, str]:
    """The row, and the column's name (or number), where the text ``before`` stops."""
    rows = split_records(before + "?")  # the "?" stands for what follows: it ends the record
    header = next((cells for cells in rows[:-1] if any(cell.strip() for cell in cells)), [])
    index = len(rows[-1]) - 1
    name = header[index].strip() if index < len(header) else ""
    return len(rows), name or str(index + 1)


def _not_utf8(error: UnicodeDecodeError) -> DiaryCsvError:
    """Name the row and column holding the first bytes that are not UTF-8."""
    before = bytes(error.object[: error.start]).decode("utf-8-sig", errors="replace")
    row, column = _place(before)
    return refusal(
        row,
        column,
        QCoreApplication.translate(
            "DiaryCsv",
            "this is not UTF-8 text. Save the file as \u201cCSV UTF-8\u201d from your "
            "spreadsheet and import it again.",
        ),
    )


def _nul_byte(text: str) -> DiaryCsvError:
    """Name the row and column of the first NUL byte, which no text file holds."""
    row, column = _place(text[: text.index("\x00")])
    return refusal(
        row,
        column,
        QCoreApplication.translate(
            "DiaryCsv",
            "there is a NUL byte (a zero byte) here, which a CSV text file never holds; "
            "the file may be damaged, or not a CSV file.",
        ),
    )


def decode_diary_bytes(data: bytes) -> str:
    """The file as text (UTF-8, with or without a byte order mark); else DiaryCsvError."""
    found = wide_encoding(bytes(data[:4096]))
    if found:  # the first cell is where the file starts being read wrongly
        raise refusal(
            1,
            "1",
            QCoreApplication.translate(
                "DiaryCsv",
                "this file is saved as {encoding} text, not UTF-8. Save it as "
                "\u201cCSV UTF-8\u201d from your spreadsheet and import it again.",
            ).format(encoding=found),
        )
    try:
        text = bytes(data).decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _not_utf8(error) from None
    if "\x00" in text:
        raise _nul_byte(text)
    return text
