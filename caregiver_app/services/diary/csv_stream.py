"""Where a diary CSV file's rows come from: bytes in memory, or a file read as it streams.

A file on disk is read twice and never held whole: once to check every row (before
the record is even opened), and again, row by row, while the entries are imported in
one transaction. Its entries are checked again on the second reading, so a file
changed in between is refused then, with nothing imported. Memory stays bounded
whatever the file's size. A pipe cannot be read twice: it is read whole, as before.
"""

from __future__ import annotations

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
    not_utf8_problem,
    nul_problem,
    placed_refusal,
    records,
    without_nul,
)
from caregiver_app.services.text_encoding import (
    UndecodableTextError,
    encoding_of,
    undecodable_sentence,
)
from caregiver_app.store.diary.entries import EntryRecord
from caregiver_app.store.home_clock import home_now

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
    data = bytes(data)
    try:
        codec = encoding_of(data[at : at + _CHUNK] for at in range(0, len(data), _CHUNK))
    except UndecodableTextError as error:
        if error.damaged_at is None:
            raise DiaryCsvError(str(error)) from None
        before = data[: error.damaged_at].decode("utf-8-sig", errors="replace")
        raise placed_refusal(io.StringIO(before + "?", newline=""), not_utf8_problem()) from None
    text = data.decode(codec)
    try:
        lines = without_nul(io.StringIO(text, newline=""))
        rows = entries_of(records(lines), now or home_now())
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
    handle: BinaryIO,
    limit: int,
    over: Callable[[], Exception] | None = None,
    codec: str = "utf-8-sig",
) -> io.TextIOWrapper:
    """The text of ``handle`` (from where it stands) as lines, split as ``csv`` expects."""
    raw = io.BufferedReader(_Bounded(handle, limit, over), _CHUNK)
    return io.TextIOWrapper(raw, encoding=codec, newline="")


def _file_codec(handle: BinaryIO) -> str:
    """The file's encoding by the importers' one rule (the whole file read once, a chunk at
    a time); a damaged UTF-8 file is refused at the row and column where it breaks."""
    try:
        return encoding_of(iter(lambda: handle.read(_CHUNK), b""))
    except UndecodableTextError as error:
        if error.damaged_at is None:
            raise DiaryCsvError(str(error)) from None
        handle.seek(0)
        before = _with_mark(_lines(handle, error.damaged_at))
        raise placed_refusal(before, not_utf8_problem()) from None


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
        codec = _file_codec(handle)
        handle.seek(0)
        text = without_nul(_lines(handle, MAX_FILE_BYTES, too_large, codec))
        try:
            rows = entries_of(records(text), now)
            trackers(rows.trackers)
            yield from rows.entries
        except UnicodeDecodeError:  # changed since it was read through: not text any more
            raise DiaryCsvError(undecodable_sentence()) from None
        except NulFoundError as found:
            handle.seek(0)
            before = before_nul(_lines(handle, MAX_FILE_BYTES, codec=codec), found)
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
    now = home_now()
    path = Path(path)
    with open(path, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            return read_csv(handle.read(MAX_FILE_BYTES + 1), now)  # it cannot be read twice
    trackers: list[str] = []
    for _entry in _file_entries(path, now, trackers.extend):
        pass
    return DiaryFile(path, trackers, now)
