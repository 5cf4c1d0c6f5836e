"""The backups folder: the copies' names, listing them, and keeping a sensible number."""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable, Hashable, Iterable
from datetime import datetime, timedelta
from pathlib import Path
from typing import NamedTuple

from caregiver_app.store.part_files import SUFFIX, remove_stale_parts

BACKUP_FOLDER = "backups"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 6
KEEP_BEFORE_RESTORE = 3
KEEP_BEFORE_RESTORE_FOR = timedelta(days=1)  # and every one made in the day before the newest
_NAME = re.compile(
    r"^care-record-(?P<stamp>\d{4}-\d{2}-\d{2}-\d{6})(?:-(?P<n>\d+))?"
    r"(?P<before>-before-restore)?\.sqlite$"
)
STAMP_FORMAT = "%Y-%m-%d-%H%M%S"
# A family's record is a few megabytes; a file this large is something else.


class BackupFile(NamedTuple):
    """A copy in the backups folder, known by its name."""

    path: Path
    made_at: datetime
    before_restore: bool = False
    sequence: int = 1  # the second copy made within one second is "-2"

    @property
    def order(self) -> tuple[datetime, int]:
        """Sort key: oldest first."""
        return (self.made_at, self.sequence)


def backups_folder(data_dir: Path) -> Path:
    """``backups/`` in the data folder."""
    return Path(data_dir) / BACKUP_FOLDER


def backup_name(when: datetime, before_restore: bool = False, counter: int = 1) -> str:
    """The file name of a copy made at ``when``."""
    extra = f"-{counter}" if counter > 1 else ""
    kind = "-before-restore" if before_restore else ""
    return f"care-record-{when.strftime(STAMP_FORMAT)}{extra}{kind}.sqlite"


def parse_backup_name(path: Path) -> BackupFile | None:
    """The copy ``path`` names, or None for any other file (which is never touched)."""
    match = _NAME.match(Path(path).name)
    if match is None:
        return None
    try:
        made_at = datetime.strptime(match["stamp"], STAMP_FORMAT)
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


# ---------------------------------------------------------------- keeping a sensible number


def _is_same_file(path: Path, other: Path | None) -> bool:
    if other is None:
        return False
    try:
        return os.path.samefile(path, other)
    except (OSError, ValueError):
        return False


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
    """Which copies the rotation keeps: 7 daily, 4 weekly, 6 monthly, and of the copies kept
    before a restore the newest 3 and every one made in the last day."""
    newest_first = sorted(backups, key=lambda backup: backup.order, reverse=True)
    # Copies kept before a restore have their own quota: they must not push the
    # day's ordinary copy out (that copy may be the one the user wanted back).
    regular = [backup for backup in newest_first if not backup.before_restore]
    keep = _newest_per(regular, lambda when: when.date(), KEEP_DAILY)
    keep |= _newest_per(regular, lambda when: when.isocalendar()[:2], KEEP_WEEKLY)
    keep |= _newest_per(regular, lambda when: (when.year, when.month), KEEP_MONTHLY)
    before = [backup for backup in newest_first if backup.before_restore]
    keep |= {backup.path for backup in before[:KEEP_BEFORE_RESTORE]}
    # A bad evening may bring one backup back after another, looking for the right one;
    # each restore keeps the record it replaced, and only the first of those holds what
    # was typed since the last backup. Every copy kept that day stays, however many.
    if newest_first:
        since = newest_first[0].made_at - KEEP_BEFORE_RESTORE_FOR
        keep |= {backup.path for backup in before if backup.made_at >= since}
    return keep


def prune_backups(data_dir: Path, spare: Path | None = None) -> list[Path]:
    """Delete copies the rotation does not keep; return them. Other files are left alone,
    and so is ``spare``: the copy being restored, which the rotation may not keep (one put
    into the folder by hand) but which must still be there to be read."""
    backups = list_backups(data_dir)
    keep = backups_to_keep(backups)
    removed = []
    for backup in backups:
        if backup.path not in keep and not _is_same_file(backup.path, spare):
            with contextlib.suppress(FileNotFoundError):
                backup.path.unlink()
            removed.append(backup.path)
    # Copies killed half way; one another program is writing now is locked, and left.
    remove_stale_parts(backups_folder(data_dir), f".care-record-*{SUFFIX}")
    return removed
