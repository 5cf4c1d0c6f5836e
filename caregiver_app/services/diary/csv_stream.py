"""Where a diary CSV file's rows come from: bytes in memory, or a file read as it streams.

A file on disk is read twice and never held whole: once to check every row (before
the record is even opened), and again, row by row, while the entries are imported in
one transaction. Its entries are checked again on the second reading, so a file
changed in between is refused then, with nothing imported. Memory stays bounded
whatever the file's size. A pipe cannot be read twice: it is read whole, as before.
"""

from __future__ import annotations

import codecs
import io
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from PySide6.QtCore import QCoreApplication

from caregiver_app.services.diary.csv_format import MAX_FILE_BYTES, DiaryCsvError, ParsedDiary
from caregiver_app.services.diary.csv_rows import entries_of
from caregiver_app.services.diary.csv_text import (
    NulFoundError,
    before_nul,
    check_encoding,
    not_utf8_problem,
    nul_problem,
    placed_refusal,
    records,
    without_nul,
)
from caregiver_app.store.diary.entries import EntryRecord

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

_CHUNK = 64 * 1024


def too_large() -> DiaryCsvError:
    """The refusal of a file over MAX_FILE_BYTES."""
    return DiaryCsvError(
        QCoreApplication.translate(
            "DiaryCsv",
            "This file is too large to be a diary file (over {size} MB). Nothing was imported.",
        ).format(size=MAX_FILE_BYTES // (1024 * 1024))
    )


def read_csv(data: bytes, now: datetime | None = None) -> ParsedDiary:
    """Check a whole diary file held in memory and return its entries.

    DiaryCsvError names the first problem.
    """
    if len(data) > MAX_FILE_BYTES:
        raise too_large()
    check_encoding(data)
    try:
        text = bytes(data).decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = bytes(error.object[: error.start]).decode("utf-8-sig", errors="replace")
        raise placed_refusal(io.StringIO(before + "?", newline=""), not_utf8_problem()) from None
    try:
        lines = without_nul(io.StringIO(text, newline=""))
        rows = entries_of(records(lines), now or datetime.now())
        return ParsedDiary(entries=list(rows.entries), trackers=rows.trackers)
    except NulFoundError as found:
        lines_before = before_nul(io.StringIO(text, newline=""), found)
        raise placed_refusal(lines_before, nul_problem()) from None


# ---------------------------------------------------------------- files on disk


class _Bounded(io.RawIOBase):
    """The first ``limit`` bytes of a binary file; past them, ``over()`` is raised if given."""

    def __init__(
        self, handle: BinaryIO, limit: int, over: Callable[[], Exception] | None = None
    ) -> None:
        super().__init__()
        self._handle, self._left, self._over = handle, limit, over

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        data = self._handle.read(min(memoryview(buffer).nbytes, self._left + 1))
        if len(data) > self._left:  # one byte more than allowed: the file goes on
            if self._over is not None:
                raise self._over()
            data = data[: self._left]
        self._left -= len(data)
        memoryview(buffer).cast("B")[: len(data)] = data
        return len(data)


def _lines(
    handle: BinaryIO, limit: int, over: Callable[[], Exception] | None = None
) -> io.TextIOWrapper:
    """The text of ``handle`` (from where it stands) as lines, split as ``csv`` expects."""
    raw = io.BufferedReader(_Bounded(handle, limit, over), _CHUNK)
    return io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")


def _first_bad_byte(handle: BinaryIO) -> int:
    """Where the first bytes that are not UTF-8 start in the file, counted from its start."""
    handle.seek(0)
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = 0
    while True:
        chunk = handle.read(_CHUNK)
        pending = len(decoder.getstate()[0])  # the start of a character cut by the last chunk
        try:
            decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as error:
            return offset - pending + error.start
        if not chunk:
            return offset  # not reached: the text wrapper found bad bytes
        offset += len(chunk)


def _with_mark(lines: Iterable[str]) -> Iterator[str]:
    """``lines`` with a "?" added where they end, as ``text + "?"`` would be split."""
    last = None
    for line in lines:
        if last is not None:
            yield last
        last = line
    if last is not None and not last.endswith(("\n", "\r")):
        yield last + "?"
        return
    if last is not None:
        yield last
    yield "?"


def _file_entries(
    path: Path, now: datetime, trackers: Callable[[list[str]], object]
) -> Iterator[EntryRecord]:
    """The checked entries of the file at ``path``, one at a time; its tracker columns first."""
    with open(path, "rb") as handle:
        if os.fstat(handle.fileno()).st_size > MAX_FILE_BYTES:
            raise too_large()
        check_encoding(handle.read(4096))
        handle.seek(0)
        text = without_nul(_lines(handle, MAX_FILE_BYTES, too_large))
        try:
            rows = entries_of(records(text), now)
            trackers(rows.trackers)
            yield from rows.entries
        except UnicodeDecodeError:
            end = _first_bad_byte(handle)
            handle.seek(0)
            raise placed_refusal(_with_mark(_lines(handle, end)), not_utf8_problem()) from None
        except NulFoundError as found:
            handle.seek(0)
            before = before_nul(_lines(handle, MAX_FILE_BYTES), found)
            raise placed_refusal(before, nul_problem()) from None


@dataclass(frozen=True)
class DiaryFile:
    """A diary file on disk whose every row was checked, and the names of its tracker columns."""

    path: Path
    trackers: list[str]
    checked_at: datetime

    def read_entries(self) -> Iterator[EntryRecord]:
        """The entries, read again one at a time and checked again as they are read.

        DiaryCsvError if the file no longer reads as it did; OSError if it cannot be read.
        """
        return _file_entries(self.path, self.checked_at, lambda _trackers: None)


def read_diary_file(path: Path) -> ParsedDiary | DiaryFile:
    """Check every row of the diary file at ``path``; OSError if it cannot be read.

    DiaryCsvError names the first problem. Nothing is kept but the tracker names: the
    entries are read again when they are imported. A pipe or device is read whole.
    """
    now = datetime.now()
    path = Path(path)
    with open(path, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            return read_csv(handle.read(MAX_FILE_BYTES + 1), now)  # it cannot be read twice
    trackers: list[str] = []
    for _entry in _file_entries(path, now, trackers.extend):
        pass
    return DiaryFile(path, trackers, now)
