"""Every error the store raises, in one place: what callers outside the store catch."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


class StoreError(Exception):
    """A problem with the care record file that the user can act on."""


class RecordAccessError(Exception):
    """Reading or writing the open record failed; the text is SQLite's reason
    ("database is locked", "database or disk is full").

    Every database call of the store raises it in place of the database library's
    own errors, so no caller outside the store sees peewee. It is not a
    :class:`StoreError`: its text is a reason to put in a sentence, not a sentence,
    and the command line works out the sentence from the SQLite error behind it
    (its ``__cause__``).
    """


class NewerDatabaseError(StoreError):
    """The file was written by a newer version of the app."""


class UnreadableDatabaseError(StoreError):
    """The file is not a care record database or cannot be read."""


class PasswordNeededError(StoreError):
    """The file is protected by a password and none was given."""


class WrongPasswordError(StoreError):
    """The password given does not open the file (the file itself may be fine)."""


class ReadOnlyRecordError(StoreError):
    """The record is on a read-only disk or in a read-only folder: it cannot be changed."""


class RowTakenError(StoreError):
    """A deleted row cannot go back as it was: another row holds its id now, or another
    computer's later change brought the row back already (the text names the table)."""


class RecordBusyError(StoreError):
    """Another program kept the record busy longer than this one would wait."""


class DamagedDatabaseError(StoreError):
    """The database file fails SQLite's own integrity check."""

    def __init__(
        self, message: str, path: Path | None = None, problems: Iterable[str] = ()
    ) -> None:
        super().__init__(message)
        self.path = path
        self.problems = tuple(problems)


class CopyFailedCheckError(Exception):
    """A fresh copy failed ``integrity_check``; it was deleted and nothing was replaced."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


class InvalidValueError(ValueError):
    """A value the record cannot hold; ``field`` names the form field to fix."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
