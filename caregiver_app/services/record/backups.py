"""Backups of the care record: making them, restoring one, and knowing when to make one.

Copies go to ``backups/`` in the data folder as ``care-record-2026-03-14-153012.sqlite``.
Every copy is made with SQLite's backup API, checked with ``integrity_check`` and
renamed into place (see ``store/sqlite_files.copy_database``). Of the copies, the
newest of each of the last 7 days, 4 weeks and 6 months are kept, like borg's
``prune --keep-daily 7 --keep-weekly 4 --keep-monthly 6``; copies kept before a
restore are kept longer, so a restore by mistake can always be undone.
"""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import NamedTuple

from peewee import SqliteDatabase
from PySide6.QtCore import QCoreApplication

from caregiver_app.plurals import record_contents
from caregiver_app.services.record.backup_folder import (
    STAMP_FORMAT,
    backup_name,
    backups_folder,
    list_backups,
    parse_backup_name,
    prune_backups,
)
from caregiver_app.services.record.backup_reading import (
    BackupSummary,
    NotABackupError,
    inspect_backup,
    refuse_backup,
    refuse_the_record_itself,
)
from caregiver_app.services.record.files import OwnFileError, refuse_own_file
from caregiver_app.services.record.integrity import move_damaged_aside
from caregiver_app.services.record.put_back import (
    put_back,
)
from caregiver_app.store import engine
from caregiver_app.store.database import (
    busy_error,
    database_path,
    ensure_private_folder,
)
from caregiver_app.store.errors import CopyFailedCheckError, DamagedDatabaseError
from caregiver_app.store.file_errors import about_file
from caregiver_app.store.home_clock import home_now
from caregiver_app.store.migrations import CURRENT_VERSION, migrate
from caregiver_app.store.opening import open_store
from caregiver_app.store.queries import RecordCounts
from caregiver_app.store.sharing import RecordToItself, is_busy
from caregiver_app.store.sqlite_files import (
    content_fingerprint,
    copy_database,
    copy_pages_into,
    export_copy,
    has_sqlite_header,
    held_beside_record,
    open_read_only,
)


class RestoreResult(NamedTuple):
    """What a restore did: the backup used, where the record as it was is kept, and the
    database now open (a new one if the old record was damaged and moved aside)."""

    restored: BackupSummary
    kept_as: Path | None
    database: SqliteDatabase
    moved_aside: tuple[Path, ...] = ()


# ---------------------------------------------------------------- making copies


# The clock can go back: an hour when daylight saving time ends, several when the computer
# is taken west, or when a laptop still on the time of the country it was bought in is set
# right (Madrid to New York is six hours; no move is longer than from UTC+14 to UTC-12). A
# copy made then takes the time of the newest copy, at most this far ahead (further, the
# clock was wrong then), so it still sorts as the newest (the rotation keeps the newest copy
# of a day; recovery restores the newest copy).
_CLOCK_WENT_BACK = timedelta(hours=26)


def _unique_destination(folder: Path, when: datetime, before_restore: bool) -> Path:
    """A new name that sorts after every copy made before it (rotation keeps order)."""
    newest = max(
        (
            parsed.made_at
            for path in folder.glob("care-record-*.sqlite")
            if (parsed := parse_backup_name(path)) is not None
        ),
        default=None,
    )
    if newest is not None and when < newest <= when + _CLOCK_WENT_BACK:
        when = newest
    same_second = [
        parsed.sequence
        for path in folder.glob(f"care-record-{when.strftime(STAMP_FORMAT)}*.sqlite")
        if (parsed := parse_backup_name(path)) is not None
    ]
    return folder / backup_name(when, before_restore, max(same_second, default=0) + 1)


# SQLite's primary result codes that mean the file itself is damaged.
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
_SQLITE_FULL = 13


def _copy(database: SqliteDatabase, destination: Path) -> Path:
    """Copy through the backup API; damage and a full or unwritable disk are told apart."""
    try:
        return copy_database(database.connection(), destination, engine.password_of(database))
    except CopyFailedCheckError as error:
        raise _damaged(error.problems) from error
    except engine.Error as error:
        code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
        if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
            raise _damaged([str(error)]) from error
        # A full disk, a read-only folder, a stick pulled out: the place, not the record.
        # (The backup API's errors carry no result code: the disk itself is asked.)
        full = code == _SQLITE_FULL or engine.no_room_beside(destination)
        raise OSError(_why_not_written(destination, full), str(error), str(destination)) from error
    except OSError as error:
        raise about_file(error, destination) from error


def _why_not_written(destination: Path, full: bool) -> int:
    """The reason SQLite did not say, as the system's error number: the advice the family
    is given follows it (a folder given as the name is not a drive to check)."""
    if full:
        return errno.ENOSPC
    if destination.is_dir():
        return errno.EISDIR
    if not destination.parent.is_dir():
        return errno.ENOENT
    return errno.EIO


def _damaged(problems: list[str]) -> DamagedDatabaseError:
    return DamagedDatabaseError(
        QCoreApplication.translate(
            "Backups",
            "The care record is damaged, so no backup was made ({problem}). Your "
            "earlier backups are untouched; restore the newest one.",
        ).format(problem=problems[0]),
        None,
        problems,
    )


def make_backup(
    database: SqliteDatabase,
    data_dir: Path,
    now: datetime | None = None,
    before_restore: bool = False,
    spare: Path | None = None,
) -> Path:
    """Copy the open record into ``backups/``, then drop copies no longer needed (never
    ``spare``, the backup about to be restored)."""
    when = now or home_now()
    folder = ensure_private_folder(backups_folder(data_dir))
    made = _copy(database, _unique_destination(folder, when, before_restore))
    prune_backups(data_dir, spare)
    return made


def save_backup_to(database: SqliteDatabase, data_dir: Path, destination: Path) -> Path:
    """Copy the open record to a file the user chose (a USB stick, another folder)."""
    destination = Path(destination)
    try:
        refuse_own_file(data_dir, destination)
    except OwnFileError as error:
        raise NotABackupError(str(error)) from error
    return _copy(database, destination)


# ---------------------------------------------------------------- restoring


def restore_backup(
    database: SqliteDatabase,
    data_dir: Path,
    source: Path,
    keep_current: bool = True,
    now: datetime | None = None,
    source_password: str | None = None,
) -> RestoreResult:
    """Replace the open record with the backup ``source``; keep the record as it was first.

    The backup is checked before anything is touched; a file that is not a
    good backup raises :class:`NotABackupError` and changes nothing. The copy
    goes into the live database in one transaction, then an older backup is
    brought up to the current schema. A record too damaged to be copied is
    never written over: it is closed and renamed with its side files, and the
    backup goes into a fresh file (``RestoreResult.database``). An encrypted
    backup is opened with ``source_password``; what it holds goes into the
    record under the record's own password (or none).
    """
    refuse_the_record_itself(data_dir, source)
    summary = inspect_backup(source, source_password)
    kept = None
    moved: list[Path] = []
    # The record to itself first: what another program saves is either in the copy
    # kept below, or written after the restore, never lost in between.
    hold = _to_itself(database, data_dir)
    password = engine.password_of(database)
    try:
        if keep_current:
            try:
                kept = make_backup(
                    database, data_dir, now=now, before_restore=True, spare=summary.path
                )
            except DamagedDatabaseError:
                hold.release()
                database.close()
                moved = move_damaged_aside(data_dir, now)
                database = open_store(data_dir, password)
                hold = _to_itself(database, data_dir)
        key = source_password if summary.encrypted else None
        with _up_to_date(summary, key, database) as (source, source_key):
            try:
                copy_pages_into(source, database, source_key)
            except engine.Error as error:
                # The copy runs as one transaction: on failure the record is as it was.
                raise refuse_backup(summary.path, str(error)) from error
        migrate(database, database_path(data_dir))
    except Exception as error:
        if not moved:
            raise
        # The damaged record was moved aside for a backup that did not come (a full disk,
        # the stick pulled out): it goes back where it was, not an empty record instead.
        hold.release()
        back = put_back(database, data_dir, moved, password, error)
        if back is error:
            raise  # the record is as it was: the failure is said as it came
        raise back from error
    finally:
        hold.release()
    return RestoreResult(summary, kept, database, tuple(moved))


@contextlib.contextmanager
def _up_to_date(
    summary: BackupSummary, key: str | None, database: SqliteDatabase
) -> Iterator[tuple[Path, str | None]]:
    """The backup to copy into the record, and its password: a backup from an older
    version is first brought up to date in a private copy beside the record, so a full
    disk or a failed step on the way leaves the record as it was, never the old rows
    at their old version."""
    if summary.version >= CURRENT_VERSION:
        yield summary.path, key
        return
    live_password = engine.password_of(database)
    with held_beside_record(database, ".restore-upgrade-") as upgraded:
        export_copy(summary.path, key, upgraded, live_password)
        copy = engine.CareDatabase(str(upgraded), password=live_password, autoconnect=False)
        copy.connect()
        try:
            copy.execute_sql("PRAGMA foreign_keys = 1")
            migrate(copy, upgraded, keep_copy=False)  # the backup itself is the old copy
        finally:
            copy.close()
        yield upgraded, live_password


def _to_itself(database: SqliteDatabase, data_dir: Path) -> RecordToItself:
    """Wait until no other program has the record open, then keep it; else say it is busy."""
    try:
        return RecordToItself(database)
    except engine.Error as error:
        if is_busy(error):
            raise busy_error(database_path(data_dir)) from error
        raise


# ---------------------------------------------------------------- knowing when to copy


def record_fingerprint(database: SqliteDatabase) -> tuple[str, int]:
    """A digest of the open record's contents, and its number of rows."""
    return content_fingerprint(database.connection())


def newest_backup_fingerprint(data_dir: Path, password: str | None = None) -> str | None:
    """The digest of the newest copy in ``backups/``; None if there is none it can read."""
    for backup in list_backups(data_dir)[:1]:
        try:
            plain = has_sqlite_header(backup.path)
            if not plain and not password:
                return None
            connection = open_read_only(backup.path, None if plain else password)
        except (engine.Error, OSError):
            return None
        try:
            return content_fingerprint(connection)[0]
        except (engine.Error, ValueError):
            return None
        finally:
            connection.close()
    return None


def describe_counts(counts: RecordCounts) -> str:
    """``12 entries, 9 contacts, 4 appointments; latest entry 2026-03-14``."""
    latest = (
        counts.latest_entry.date().isoformat()
        if counts.latest_entry
        else QCoreApplication.translate("Backups", "none")
    )
    return QCoreApplication.translate(
        "Backups", "{entries}, {contacts}, {appointments}; latest entry {latest}"
    ).format(
        **record_contents(counts.diary_entries, counts.contacts, counts.appointments),
        latest=latest,
    )
