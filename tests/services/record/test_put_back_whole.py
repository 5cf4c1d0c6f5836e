"""A restore over a damaged record fails, and the damaged record is put back: with its
``-wal`` and ``-shm`` files or not at all, and the sentence says where every file is."""

from __future__ import annotations

import errno
import os
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from caregiver_app.services.record import backups
from caregiver_app.services.record.backups import make_backup, restore_backup
from caregiver_app.services.record.demo import create_demo_record
from caregiver_app.services.record.integrity import move_damaged_aside
from caregiver_app.services.record.put_back import (
    RestoreLeftEmptyError,
    RestoreNotReopenedError,
)
from caregiver_app.store import engine
from caregiver_app.store.database import database_path
from caregiver_app.store.diary.entries import EntryRecord, save_entry
from caregiver_app.store.opening import open_store
from caregiver_app.store.queries import record_counts
from tests.helpers.damage import damage
from tests.helpers.record_faults import listing, notes, rows

SIDES = ("", "-wal", "-shm")


def _damaged_record_with_last_changes_in_its_wal(data_dir: Path, monkeypatch):
    """A damaged record, its last diary entry only in its -wal, and a good backup.

    Closing the record for the restore runs SQLite's last checkpoint; on a full disk that
    cannot grow the file it does not run, and the -wal goes aside with the record. The
    record's files as they were before the close stand for that.
    """
    database = open_store(data_dir)
    create_demo_record()
    backup = make_backup(database, data_dir, now=datetime(2026, 3, 1, 9))
    database.close()
    record = database_path(data_dir)
    damage(record, "rows")
    database = open_store(data_dir)
    save_entry(EntryRecord(datetime(2026, 3, 2, 8), "patient", {"pain": 6}, note="last dose"))
    unclosed = data_dir.parent / "unclosed"
    unclosed.mkdir()
    for side in SIDES:
        shutil.copy2(f"{record}{side}", unclosed / f"{record.name}{side}")
    real_move_aside = backups.move_damaged_aside

    def without_last_checkpoint(folder, now=None):
        for side in SIDES:
            shutil.copy2(unclosed / f"{record.name}{side}", f"{record}{side}")
        return real_move_aside(folder, now)

    monkeypatch.setattr(backups, "move_damaged_aside", without_last_checkpoint)

    def disk_full(*_args):  # the backup's pages do not fit
        raise engine.Error("database or disk is full")

    monkeypatch.setattr(backups, "copy_pages_into", disk_full)
    return database, backup


def _refuse(monkeypatch, *names: str) -> None:
    """``os.replace`` onto any of ``names`` fails, as a folder refusing a name would."""
    real_replace = os.replace

    def stuck(source, destination):
        if str(destination) in names:
            raise OSError(errno.EIO, os.strerror(errno.EIO), str(destination))
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", stuck)


@pytest.mark.parametrize("side", ["-wal", "-shm"])
def test_a_side_file_that_will_not_go_back_keeps_the_record_whole_where_it_is_kept(
    data_dir, monkeypatch, side
):
    # The database went back, its -wal did not: the record in place lacked its last
    # entry (a stray -wal with it sat beside no database) and the message said it was
    # back in its place; a stray -shm sat under the other name.
    database, backup = _damaged_record_with_last_changes_in_its_wal(data_dir, monkeypatch)
    record = database_path(data_dir)
    _refuse(monkeypatch, f"{record}{side}")
    with pytest.raises(RestoreLeftEmptyError) as refused:
        restore_backup(database, data_dir, backup)
    (kept,) = data_dir.glob("care-record-damaged-*.sqlite")
    assert sorted(path.name for path in data_dir.glob("care-record-damaged-*")) == sorted(
        f"{kept.name}{suffix}" for suffix in SIDES
    )
    text = str(refused.value)
    assert str(kept) in text and "new, empty record" in text and "back in its place" not in text
    assert "last dose" in notes(rows(data_dir, path=kept))
    assert record_counts().contacts == 0  # the new, empty record the message names
    open_store(data_dir).close()


def test_a_record_split_by_a_second_failure_is_named_file_by_file(data_dir, monkeypatch):
    # The -wal would not go back, and the database, already back, would not go aside
    # again: nothing is opened (the part in place lacks its last entry) or deleted.
    database, backup = _damaged_record_with_last_changes_in_its_wal(data_dir, monkeypatch)
    record = database_path(data_dir)
    real_move_aside = backups.move_damaged_aside

    def then_stuck(folder, now=None):
        moved = real_move_aside(folder, now)
        _refuse(monkeypatch, f"{record}-wal", str(moved[0]))
        return moved

    monkeypatch.setattr(backups, "move_damaged_aside", then_stuck)
    with pytest.raises(RestoreNotReopenedError) as refused:
        restore_backup(database, data_dir, backup)
    (wal,) = data_dir.glob("care-record-damaged-*.sqlite-wal")
    text = str(refused.value)
    assert str(record) in text and str(wal) in text and "not be put back whole" in text
    assert "new, empty record" not in text and "back in its place" not in text
    assert record.stat().st_size > 0


def test_moving_aside_is_all_or_nothing(data_dir, monkeypatch):
    database = open_store(data_dir)
    create_demo_record()
    database.close()
    record = database_path(data_dir)
    for side in SIDES[1:]:
        Path(f"{record}{side}").write_bytes(b"")  # left by a crash
    before = listing(data_dir)
    moved = []

    def remember(source, destination):
        moved.append(destination)
        if str(destination).endswith("-wal"):
            raise OSError(errno.EIO, os.strerror(errno.EIO), str(destination))
        real(source, destination)

    real = os.replace
    monkeypatch.setattr(os, "replace", remember)
    with pytest.raises(OSError):
        move_damaged_aside(data_dir)
    assert listing(data_dir) == before
