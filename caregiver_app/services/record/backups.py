"""Backups of the care record: making them, keeping a sensible number, and restoring one.

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
import re
import time
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from peewee import SqliteDatabase
from PySide6.QtCore import QCoreApplication

from caregiver_app.plurals import record_contents
from caregiver_app.services.record.files import OwnFileError, refuse_own_file
from caregiver_app.services.record.integrity import move_damaged_aside
from caregiver_app.store import engine, open_store
from caregiver_app.store.database import (
    StoreError,
    busy_error,
    database_path,
    ensure_private_folder,
)
from caregiver_app.store.migrations import CURRENT_VERSION, migrate
from caregiver_app.store.models import ALL_MODELS
from caregiver_app.store.queries import RecordCounts, record_counts
from caregiver_app.store.sharing import RecordToItself, is_busy
from caregiver_app.store.sqlite_files import (
    CopyFailedCheckError,
    DamagedDatabaseError,
    content_fingerprint,
    copy_database,
    copy_into_memory,
    copy_pages_into,
    has_sqlite_header,
    integrity_problems,
    open_read_only,
    read_only_database,
    schema_version_of,
    table_names,
)

BACKUP_FOLDER = "backups"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 6
KEEP_BEFORE_RESTORE = 3
# Tables every version of the record has; a file without them is not ours.
OUR_TABLES = frozenset({"profile", "contact", "contact_phone", "diary_entry", "appointment"})
_NAME = re.compile(
    r"^care-record-(?P<stamp>\d{4}-\d{2}-\d{2}-\d{6})(?:-(?P<n>\d+))?"
    r"(?P<before>-before-restore)?\.sqlite$"
)
_STAMP = "%Y-%m-%d-%H%M%S"
# A family's record is a few megabytes; a file this large is something else.
MAX_BACKUP_BYTES = 512 * 1024 * 1024
# A temporary copy older than this was left by a crash and can go.
_STALE_PART_SECONDS = 3600


class NotABackupError(StoreError):
    """The file is not a usable backup of this app's record; nothing was changed."""


class BackupPasswordError(NotABackupError):
    """The backup is protected by a password that was not given, or not the right one."""


@dataclass(frozen=True)
class BackupFile:
    """A copy in the backups folder, known by its name."""

    path: Path
    made_at: datetime
    before_restore: bool = False
    sequence: int = 1  # the second copy made within one second is "-2"

    @property
    def order(self) -> tuple[datetime, int]:
        """Sort key: oldest first."""
        return (self.made_at, self.sequence)


@dataclass(frozen=True)
class BackupSummary:
    """What a checked backup holds."""

    path: Path
    made_at: datetime
    version: int
    counts: RecordCounts
    before_restore: bool = False
    encrypted: bool = False


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the backup used, where the record as it was is kept, and the
    database now open (a new one if the old record was damaged and moved aside)."""

    restored: BackupSummary
    kept_as: Path | None
    database: SqliteDatabase
    moved_aside: tuple[Path, ...] = ()


def backups_folder(data_dir: Path) -> Path:
    """``backups/`` in the data folder."""
    return Path(data_dir) / BACKUP_FOLDER


def backup_name(when: datetime, before_restore: bool = False, counter: int = 1) -> str:
    """The file name of a copy made at ``when``."""
    extra = f"-{counter}" if counter > 1 else ""
    kind = "-before-restore" if before_restore else ""
    return f"care-record-{when.strftime(_STAMP)}{extra}{kind}.sqlite"


def parse_backup_name(path: Path) -> BackupFile | None:
    """The copy ``path`` names, or None for any other file (which is never touched)."""
    match = _NAME.match(Path(path).name)
    if match is None:
        return None
    try:
        made_at = datetime.strptime(match["stamp"], _STAMP)
    except ValueError:
        return None
    return BackupFile(Path(path), made_at, bool(match["before"]), int(match["n"] or 1))


def list_backups(data_dir: Path) -> list[BackupFile]:
    """The copies in the backups folder, newest first."""
    folder = backups_folder(data_dir)
    if not folder.is_dir():
        return []
    found = [parse_backup_name(path) for path in folder.iterdir() if path.is_file()]
    return sorted(
        (backup for backup in found if backup is not None),
        key=lambda backup: backup.order,
        reverse=True,
    )


# ---------------------------------------------------------------- making copies


def _unique_destination(folder: Path, when: datetime, before_restore: bool) -> Path:
    """A new name that sorts after every copy made in the same second (rotation keeps order)."""
    same_second = [
        parsed.sequence
        for path in folder.glob(f"care-record-{when.strftime(_STAMP)}*.sqlite")
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
        number = errno.ENOSPC if full else errno.EIO
        raise OSError(number, str(error), str(destination)) from error
    except OSError as error:  # named for the file chosen, never the hidden temporary copy
        raise OSError(error.errno, error.strerror or str(error), str(destination)) from error


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
) -> Path:
    """Copy the open record into ``backups/``, then drop copies no longer needed."""
    when = now or datetime.now()
    folder = ensure_private_folder(backups_folder(data_dir))
    made = _copy(database, _unique_destination(folder, when, before_restore))
    prune_backups(data_dir, now=when)
    return made


def save_backup_to(database: SqliteDatabase, data_dir: Path, destination: Path) -> Path:
    """Copy the open record to a file the user chose (a USB stick, another folder)."""
    destination = Path(destination)
    try:
        refuse_own_file(data_dir, destination)
    except OwnFileError as error:
        raise NotABackupError(str(error)) from error
    return _copy(database, destination)


# ---------------------------------------------------------------- keeping a sensible number


def _newest_per(
    backups: list[BackupFile], key: Callable[[datetime], Hashable], count: int
) -> set[Path]:
    """The newest copy in each of the ``count`` most recent periods that have one."""
    kept: set[Path] = set()
    periods: set[Hashable] = set()
    for backup in backups:  # newest first
        period = key(backup.made_at)
        if period in periods:
            continue
        if len(periods) == count:
            break
        periods.add(period)
        kept.add(backup.path)
    return kept


def backups_to_keep(backups: Iterable[BackupFile]) -> set[Path]:
    """Which copies the rotation keeps: 7 daily, 4 weekly, 6 monthly, 3 before-restore."""
    newest_first = sorted(backups, key=lambda backup: backup.order, reverse=True)
    # Copies kept before a restore have their own quota: they must not push the
    # day's ordinary copy out (that copy may be the one the user wanted back).
    regular = [backup for backup in newest_first if not backup.before_restore]
    keep = _newest_per(regular, lambda when: when.date(), KEEP_DAILY)
    keep |= _newest_per(regular, lambda when: when.isocalendar()[:2], KEEP_WEEKLY)
    keep |= _newest_per(regular, lambda when: (when.year, when.month), KEEP_MONTHLY)
    before = [backup.path for backup in newest_first if backup.before_restore]
    keep |= set(before[:KEEP_BEFORE_RESTORE])
    return keep


def prune_backups(data_dir: Path, now: datetime | None = None) -> list[Path]:
    """Delete copies the rotation does not keep; return them. Other files are left alone."""
    backups = list_backups(data_dir)
    keep = backups_to_keep(backups)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            with contextlib.suppress(FileNotFoundError):
                backup.path.unlink()
            removed.append(backup.path)
    folder = backups_folder(data_dir)
    limit = (now.timestamp() if now else time.time()) - _STALE_PART_SECONDS
    for part in folder.glob(".care-record-*.part"):
        with contextlib.suppress(OSError):
            if part.stat().st_mtime < limit:
                part.unlink()
    return removed


# ---------------------------------------------------------------- reading copies


def _refuse(path: Path, reason: str, kind: type[NotABackupError] = NotABackupError):
    return kind(
        QCoreApplication.translate(
            "Backups", "{file} cannot be restored: {reason}. Nothing was changed."
        ).format(file=Path(path).name, reason=reason)
    )


def inspect_backup(path: Path, password: str | None = None) -> BackupSummary:
    """Check that ``path`` is an undamaged backup of this app's record, and say what it holds.

    Raises :class:`NotABackupError` (with a sentence for the user) otherwise,
    :class:`BackupPasswordError` for an encrypted backup that ``password`` does
    not open. The file itself is only ever opened read-only; the full check
    runs on a copy in memory.
    """
    path = Path(path)
    try:
        if path.is_dir():
            raise _refuse(
                path,
                QCoreApplication.translate(
                    "Backups", "it is a folder; choose the backup file inside it"
                ),
            )
        if not path.is_file():
            raise _refuse(path, QCoreApplication.translate("Backups", "there is no such file"))
        if path.stat().st_size > MAX_BACKUP_BYTES:
            raise _refuse(
                path,
                QCoreApplication.translate(
                    "Backups", "it is far too large to be a Care Companion backup"
                ),
            )
        encrypted = not has_sqlite_header(path)
        if encrypted and not engine.looks_encrypted(path):
            raise _refuse(
                path, QCoreApplication.translate("Backups", "it is not a Care Companion backup")
            )
    except OSError as error:
        raise _refuse(path, error.strerror or str(error)) from error
    password = password if encrypted else None
    if encrypted and not password:
        raise _locked(path, password)
    try:
        connection = copy_into_memory(path, password)
    except engine.Error as error:
        if encrypted and engine.is_not_a_database(error):
            raise _locked(path, password) from error
        raise _refuse(
            path,
            QCoreApplication.translate("Backups", "the file is damaged ({problem})").format(
                problem=error
            ),
        ) from error
    try:
        try:
            version = schema_version_of(connection)
            tables = table_names(connection)
        except (engine.Error, ValueError) as error:
            reason = QCoreApplication.translate(
                "Backups", "the file is damaged ({problem})"
            ).format(problem=error)
            raise _refuse(path, reason) from error
        if version > CURRENT_VERSION:
            raise _refuse(
                path,
                QCoreApplication.translate(
                    "Backups",
                    "it was saved by a newer version of Care Companion; install that version first",
                ),
            )
        if version < 1 or not OUR_TABLES <= tables:
            raise _refuse(
                path, QCoreApplication.translate("Backups", "it is not a Care Companion backup")
            )
        problems = integrity_problems(connection, full=True)
        if problems:
            raise _refuse(
                path,
                QCoreApplication.translate("Backups", "the file is damaged ({problem})").format(
                    problem=problems[0]
                ),
            )
    finally:
        connection.close()
    try:
        with read_only_database(path, password) as database, database.bind_ctx(ALL_MODELS):
            counts = record_counts()
    except Exception as error:  # noqa: BLE001 - any oddity inside a foreign file is a refusal
        reason = QCoreApplication.translate(
            "Backups", "its contents cannot be read ({reason})"
        ).format(reason=error)
        raise _refuse(path, reason) from error
    named = parse_backup_name(path)
    made_at = named.made_at if named else datetime.fromtimestamp(path.stat().st_mtime)
    before = named.before_restore if named else False
    return BackupSummary(path, made_at, version, counts, before, encrypted)


def _locked(path: Path, password: str | None) -> BackupPasswordError:
    if password:
        reason = QCoreApplication.translate(
            "Backups",
            "the password does not open it (it may have been made under another "
            "password, or be damaged)",
        )
    else:
        reason = QCoreApplication.translate(
            "Backups",
            "it is protected by a password (or damaged); type the password it was made with",
        )
    return _refuse(path, reason, BackupPasswordError)


def newest_good_backup(data_dir: Path, password: str | None = None) -> BackupSummary | None:
    """The newest copy in ``backups/`` that passes the full check, if any.

    Encrypted copies are opened with ``password``; one made under another
    password is passed over.
    """
    for backup in list_backups(data_dir):
        try:
            return inspect_backup(backup.path, password)
        except NotABackupError:
            continue
    return None


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
    summary = inspect_backup(source, source_password)
    kept = None
    moved: list[Path] = []
    # The record to itself first: what another program saves is either in the copy
    # kept below, or written after the restore, never lost in between.
    hold = _to_itself(database, data_dir)
    try:
        if keep_current:
            try:
                kept = make_backup(database, data_dir, now=now, before_restore=True)
            except DamagedDatabaseError:
                hold.release()
                database.close()
                moved = move_damaged_aside(data_dir, now)
                database = open_store(data_dir, engine.password_of(database))
                hold = _to_itself(database, data_dir)
        try:
            copy_pages_into(summary.path, database, source_password if summary.encrypted else None)
        except engine.Error as error:
            # The copy runs as one transaction: on failure the record is as it was.
            raise _refuse(summary.path, str(error)) from error
        migrate(database, database_path(data_dir))
    finally:
        hold.release()
    return RestoreResult(summary, kept, database, tuple(moved))


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
