"""Is the care record damaged? The checks, and moving a damaged record aside.

At start the app runs SQLite's ``quick_check`` (fast: it skips matching the
indexes to the tables); ``caregiver-app check`` and Help > Check my data run the
full ``integrity_check``. A damaged record is never overwritten and never
deleted: it is renamed, with its ``-wal`` and ``-shm`` files, so that someone
can still try to rescue it later.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from peewee import SqliteDatabase
from PySide6.QtCore import QCoreApplication

from caregiver_app.store.database import SIDE_FILE_SUFFIXES, database_path, record_files
from caregiver_app.store.file_errors import reason_of
from caregiver_app.store.home_clock import home_now
from caregiver_app.store.sqlite_files import (
    check_file,
    has_sqlite_header,
    integrity_problems,
    remove_side_files_left,
)

_HEADING = re.compile(r"^\*\*\* in database \w+ \*\*\*\s*")


class CheckResult(NamedTuple):
    """What a check of the record found: no problems means no damage."""

    path: Path
    problems: tuple[str, ...]
    full: bool

    @property
    def ok(self) -> bool:
        """True when SQLite found nothing wrong."""
        return not self.problems

    def summary(self) -> str:
        """One plain sentence for the user."""
        if self.ok:
            return QCoreApplication.translate(
                "Integrity", "The care record {path} passed the check: no damage was found."
            ).format(path=self.path)
        return QCoreApplication.translate(
            "Integrity",
            "The care record {path} is damaged: {problem}. Restore it from a backup "
            "(caregiver-app restore FILE, or File > Restore from backup... in the app).",
        ).format(path=self.path, problem=_one_line(self.problems[0]))


def _one_line(problem: str) -> str:
    """SQLite's first problem line without its "*** in database main ***" heading."""
    return " ".join(_HEADING.sub("", problem).split())


def check_record_file(
    data_dir: Path, full: bool = True, password: str | None = None, tidy: bool = False
) -> CheckResult:
    """Check the record file in ``data_dir`` without opening it for writing.

    A record that does not exist yet has nothing wrong with it. An encrypted
    record is opened with ``password`` (a plain one ignores it). With ``tidy``,
    the ``-wal`` and ``-shm`` files the check's read-only connection made are
    removed again (when nothing opens the record after the check).
    """
    path = database_path(data_dir)
    if not path.exists():
        return CheckResult(path, (), full)
    try:
        if has_sqlite_header(path):
            password = None
    except OSError as error:
        return CheckResult(path, (reason_of(error),), full)
    had_side_files = any(Path(f"{path}{suffix}").exists() for suffix in SIDE_FILE_SUFFIXES)
    result = CheckResult(path, tuple(check_file(path, full=full, password=password)), full)
    if tidy and not had_side_files:
        remove_side_files_left(path, password)
    return result


def start_quick_check(data_dir: Path, password: str | None = None) -> Callable[[], CheckResult]:
    """Start the start-up ``quick_check`` in a thread; the function returned waits for it.

    SQLite lets go of Python's lock while it reads the file, so on a record of years
    the check runs while the window's modules load. The caller still waits for the
    result before the record is opened for writing.
    """
    outcome: list = []

    def run() -> None:
        try:
            outcome.append(check_record_file(data_dir, full=False, password=password))
        except BaseException as error:  # noqa: BLE001 - raised again in the caller's thread
            outcome.append(error)

    thread = threading.Thread(target=run, name="quick-check", daemon=True)
    thread.start()

    def result() -> CheckResult:
        thread.join()
        if isinstance(outcome[0], BaseException):
            raise outcome[0]
        return outcome[0]

    return result


def check_open_record(database: SqliteDatabase, data_dir: Path, full: bool = True) -> CheckResult:
    """Check the record through the app's own open connection (sees unsaved-to-disk pages too)."""
    problems = integrity_problems(database.connection(), full=full)
    return CheckResult(database_path(data_dir), tuple(problems), full)


def damaged_name(path: Path, when: datetime) -> Path:
    """``care-record-damaged-2026-03-14-153012.sqlite`` beside ``path``."""
    stamp = when.strftime("%Y-%m-%d-%H%M%S")
    return path.with_name(f"{path.stem}-damaged-{stamp}{path.suffix}")


def move_damaged_aside(data_dir: Path, now: datetime | None = None) -> list[Path]:
    """Rename the record and its side files out of the way; return the new names.

    The side files keep their suffix on the new name, so SQLite still pairs
    the moved ``-wal`` with the moved database if anyone opens it to rescue it.
    Nothing is deleted, and an earlier damaged copy is never overwritten.
    """
    path = database_path(data_dir)
    when = now or home_now()
    target = damaged_name(path, when)
    counter = 1
    while any(file.exists() for file in record_files(target)):
        counter += 1
        target = target.with_name(f"{damaged_name(path, when).stem}-{counter}{path.suffix}")
    pairs = [
        (source, destination)
        for source, destination in zip(record_files(path), record_files(target), strict=True)
        if source.exists()
    ]
    move_together(pairs)
    return [destination for _source, destination in pairs]


class PartlyMovedError(OSError):
    """Moving a record's files failed half way, and moving back the ones already moved
    failed too: the record is split. ``kept`` names every one of its files where it is."""

    def __init__(self, error: OSError, kept: list[Path]) -> None:
        super().__init__(error.errno, error.strerror, error.filename)
        self.kept = kept


def move_together(pairs: list[tuple[Path, Path]]) -> None:
    """Rename each ``(source, destination)``: all of them, or none.

    A record and its ``-wal`` and ``-shm`` files are one record: a ``-wal`` left behind
    under the old name holds its last changes, and beside another file SQLite would
    pair it with the wrong database. When one rename fails, the ones done are undone
    and the error is raised; when undoing fails too, :class:`PartlyMovedError` says
    where each file is.
    """
    done: list[tuple[Path, Path]] = []
    try:
        for source, destination in pairs:  # the database first
            os.replace(source, destination)
            done.append((source, destination))
    except OSError as error:
        for source, destination in reversed(done):
            try:
                os.replace(destination, source)
            except OSError:
                kept = [
                    moved if (place, moved) in done and moved.exists() else place
                    for place, moved in pairs
                ]
                raise PartlyMovedError(error, [file for file in kept if file.exists()]) from error
        raise
