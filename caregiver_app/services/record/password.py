"""Password protection of the care record: unlocking it, and setting, changing or removing
the password.

With a password the record file is encrypted by SQLCipher (see ``store/engine.py``);
without the password it is unreadable, and nobody, this app included, can get it back.

Beside the record sits ``care-record.sqlite.password-check`` (see ``password_check.py``),
which tells a wrong password from a damaged file. A record copied without it (to a new
laptop), or replaced by another encrypted file, still opens; the check file is written
again the first time it does.

Setting, changing and removing the password all work the same way: the record is
rewritten under the new password into a temporary file beside it, checked
(``integrity_check``, and row for row against the record), and only then renamed
over the record. The copies in ``backups/`` and the copies kept before a schema
upgrade are rewritten the same way, so no unprotected copy is left behind: after the
record when a password is set or changed, before it when the password is removed (so
that no copy is left needing a password the record no longer has). A change cut off
half way (a power cut) is tidied at the next unlock: the rewritten copy it left is
deleted, the check file that belongs to the record is kept, and copies without a
password beside a record with one are encrypted again (a removal cut off is undone,
and the record still asks for its password).
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path
from typing import NamedTuple

from peewee import SqliteDatabase
from PySide6.QtCore import QCoreApplication

from caregiver_app.services.record.password_check import (
    check_path,
    password_matches_check,
    read_check,
    remove_password_check,
    settle_new_check,
    was_previous_password,
    write_new_check,
    write_password_check,
)
from caregiver_app.store import engine
from caregiver_app.store.database import (
    DATABASE_FILENAME,
    SIDE_FILE_SUFFIXES,
    database_path,
    read_schema_version,
)
from caregiver_app.store.errors import CopyFailedCheckError, StoreError, WrongPasswordError
from caregiver_app.store.opening import open_store
from caregiver_app.store.part_files import own_parts_of, remove_stale_parts
from caregiver_app.store.sqlite_files import export_copy

MIN_LENGTH = 8
# A change renames its copy over the record moments after writing it; an older copy was
# left by a change that was interrupted (a power cut, the app killed).
_INTERRUPTED_AFTER_SECONDS = 60


class PasswordChangeError(StoreError):
    """The password could not be changed; the record is as it was."""


# ---------------------------------------------------------------- is there a password?


def is_protected(data_dir: Path) -> bool:
    """True when the record in ``data_dir`` is, or looks, encrypted: a password is asked
    for before anything else is done with it.

    A file with no SQLite header that is not shaped like an encrypted one is
    damaged, unless a password was set for it (the check file is there): then it
    is an encrypted record that was damaged, and its backups need the password.
    """
    path = database_path(data_dir)
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return False
        if engine.file_header(path) == engine.SQLITE_HEADER:
            return False
        return engine.looks_encrypted(path) or check_path(data_dir).is_file()
    except OSError:
        return False


def password_problem(password: str, repeated: str) -> str | None:
    """What is wrong with a new password, in one sentence; None when it will do."""
    if len(password) < MIN_LENGTH:
        return QCoreApplication.translate(
            "RecordPassword",
            "Use at least {count} characters; a short sentence is easy to remember.",
        ).format(count=MIN_LENGTH)
    if "\x00" in password:
        return QCoreApplication.translate(
            "RecordPassword", "The password cannot contain that character."
        )
    if password != repeated:
        return QCoreApplication.translate(
            "RecordPassword", "The two passwords are not the same; type them again."
        )
    return None


# ---------------------------------------------------------------- unlocking


def not_this_password() -> WrongPasswordError:
    """The refusal of a password that is not the record's (at start and on the lock)."""
    return WrongPasswordError(
        QCoreApplication.translate(
            "RecordPassword",
            "That is not the password of this care record. Check that Caps Lock is "
            "off and try again.",
        )
    )


def unlock(data_dir: Path, password: str) -> str:
    """Check ``password`` against the record; return it (normalised) if it is the right one.

    Raises :class:`WrongPasswordError` with a sentence for the user otherwise.
    A password that matches the check file is the right one even if the record
    will not open with it: the record is then damaged, and the start-up check
    that follows finds it and offers a backup.
    """
    password = engine.normalise_password(password)
    path = database_path(data_dir)
    settle_new_check(data_dir)  # a change cut off between the record and its check file
    try:
        read_schema_version(path, password)
    except WrongPasswordError:
        known = password_matches_check(data_dir, password)
        if known:
            return password  # right password, damaged file: the check that follows says so
        if known is False and was_previous_password(data_dir, password):
            raise WrongPasswordError(
                QCoreApplication.translate(
                    "RecordPassword",
                    "That was the password of this care record before it was changed. "
                    "Type the new password.",
                )
            ) from None
        if known is None:
            raise WrongPasswordError(
                QCoreApplication.translate(
                    "RecordPassword",
                    "That password does not open the care record. Check that Caps Lock is "
                    "off and try again. If you are sure it is right, the file may be "
                    "damaged: restore a backup (caregiver-app restore FILE).",
                )
            ) from None
        raise not_this_password() from None
    except StoreError as error:
        # SQLite got past the key (a wrong one fails as "not a database") and then
        # found the file broken: the password is right, and the check that follows
        # moves the damaged file aside and offers a backup. So too when the check
        # file vouches for the password.
        if isinstance(error.__cause__, engine.Error) or password_matches_check(data_dir, password):
            return password
        raise
    if read_check(data_dir) is None:
        # Copied here without its check file, or the record was replaced since.
        with contextlib.suppress(OSError):
            write_password_check(data_dir, password)
    remove_interrupted_change(data_dir)
    protect_plain_copies(data_dir, password)
    return password


# ---------------------------------------------------------------- changing the password


class PasswordChange(NamedTuple):
    """What a change did: the record's database, open again under the new password, and
    the copies rewritten or left as they were (made under an earlier password)."""

    database: SqliteDatabase
    copies_rewritten: int
    copies_left: list[Path]


def _copies_to_rewrite(data_dir: Path) -> list[Path]:
    """The backups and the copies kept before a schema upgrade."""
    # Here, not at the top: every command asks whether the record has a password, and
    # only a change of password reads the backups folder.
    from caregiver_app.services.record.backup_folder import list_backups

    found = [backup.path for backup in list_backups(data_dir)]
    found += sorted(Path(data_dir).glob(f"{DATABASE_FILENAME}.v*-before-upgrade-*.bak"))
    return found


def _staged_copy(data_dir: Path) -> Path:
    """Where a change writes the record under the new password before renaming it."""
    path = database_path(data_dir)
    return path.with_name(f".{path.name}.new-password.part")


def remove_interrupted_change(data_dir: Path) -> None:
    """Delete the copy an interrupted change left beside the record, with its temporary
    files: the whole record, without a password when the password was being removed."""
    staged = _staged_copy(data_dir)
    # The copy being written is locked while it is (a change in another program is left).
    remove_stale_parts(staged.parent, own_parts_of(staged))
    # The whole copy waits unlocked for its rename over the record: a minute is ample.
    limit = time.time() - _INTERRUPTED_AFTER_SECONDS
    with contextlib.suppress(OSError):  # gone already, or a read-only folder
        if staged.stat().st_mtime < limit:
            staged.unlink()


def protect_plain_copies(data_dir: Path, password: str) -> None:
    """Encrypt under ``password`` the copies still without a password beside the encrypted
    record: those a change of password was interrupted before it reached."""
    for copy in _copies_to_rewrite(data_dir):
        # One that cannot be rewritten (damaged, a read-only folder) stays as it is.
        with contextlib.suppress(CopyFailedCheckError, engine.Error, OSError):
            if engine.file_header(copy) == engine.SQLITE_HEADER:
                export_copy(copy, None, copy, password)


def _not_rewritten(error: Exception) -> PasswordChangeError:
    return PasswordChangeError(
        QCoreApplication.translate(
            "RecordPassword",
            "The password was not changed: the record could not be rewritten ({reason}). "
            "Nothing was changed; check that the disk has free space and try again.",
        ).format(reason=error)
    )


def _rewrite_copies(
    data_dir: Path, old_password: str | None, new_password: str | None
) -> tuple[int, list[Path]]:
    """Rewrite the copies under ``new_password``: how many were, and those left as they were."""
    rewritten, left = 0, []
    for copy in _copies_to_rewrite(data_dir):
        try:
            # A copy still without a password (kept from before one was set) is read as such.
            was = None if engine.file_header(copy) == engine.SQLITE_HEADER else old_password
            export_copy(copy, was, copy, new_password)
            rewritten += 1
        except (CopyFailedCheckError, engine.Error, OSError):
            left.append(copy)
    return rewritten, left


def change_password(
    database: SqliteDatabase, data_dir: Path, new_password: str | None
) -> PasswordChange:
    """Encrypt the record under ``new_password`` (None: no password), with its copies.

    ``database`` is the open record; it is closed, and the returned
    :class:`PasswordChange` holds the record open again. If anything goes wrong
    before the record file is replaced, :class:`PasswordChangeError` is raised,
    the record is as it was and ``database`` is still open.
    """
    data_dir = Path(data_dir)
    old_password = engine.password_of(database)
    new_password = engine.normalise_password(new_password) if new_password else None
    copies: tuple[int, list[Path]] = (0, [])
    if new_password is None and old_password:
        # Removing it: the copies first. Cut off now, the record still has its password,
        # and the next unlock with it encrypts these again: no copy ever needs a password
        # the record no longer has.
        copies = _rewrite_copies(data_dir, old_password, None)
    try:
        _replace_record(database, data_dir, old_password, new_password)
    except PasswordChangeError:
        settle_new_check(data_dir)  # the record was not replaced: its check file stays
        if new_password is None and old_password:
            protect_plain_copies(data_dir, old_password)  # the record kept its password
        raise
    reopened = open_store(data_dir, new_password)
    if new_password is not None:
        copies = _rewrite_copies(data_dir, old_password, new_password)
    return PasswordChange(reopened, copies[0], copies[1])


def _replace_record(
    database: SqliteDatabase, data_dir: Path, old_password: str | None, new_password: str | None
) -> None:
    """Rewrite the record under ``new_password`` beside itself, then rename it over the
    record; ``database`` is left closed. PasswordChangeError (and ``database`` open
    again) when the record is still as it was."""
    path = database_path(data_dir)
    staged = _staged_copy(data_dir)
    remove_interrupted_change(data_dir)
    try:
        export_copy(path, old_password, staged, new_password)
    except (CopyFailedCheckError, engine.Error, OSError) as error:
        with contextlib.suppress(OSError):
            staged.unlink()
        raise _not_rewritten(error) from error
    if new_password:
        # Beside the old check file until the record is replaced (settle_new_check).
        with contextlib.suppress(OSError):
            write_new_check(data_dir, new_password, staged, old_password)
    database.close()
    leftover = [Path(f"{path}{suffix}") for suffix in SIDE_FILE_SUFFIXES]
    if Path(f"{path}-wal").exists() and Path(f"{path}-wal").stat().st_size > 0:
        # Another program still has the record open: its changes are not in the copy.
        with contextlib.suppress(OSError):
            staged.unlink()
        database.connect()
        raise PasswordChangeError(
            QCoreApplication.translate(
                "RecordPassword",
                "The password was not changed: the care record is open in another "
                "program. Close it and try again.",
            )
        ) from None
    for side in leftover:
        with contextlib.suppress(FileNotFoundError):
            side.unlink()
    try:
        os.replace(staged, path)
    except OSError as error:  # Windows: another program holds the file open
        with contextlib.suppress(OSError):
            staged.unlink()
        database.connect()
        raise _not_rewritten(error) from error
    # The record has its new password now: a check file that cannot be written (a full
    # disk) must not stop the change half way. The next unlock writes it again, and an
    # old one no longer matches the record's salt.
    with contextlib.suppress(OSError):
        if new_password:
            settle_new_check(data_dir)
            if read_check(data_dir) is None:
                write_password_check(data_dir, new_password)
        else:
            remove_password_check(data_dir)
