"""Restoring a backup over a damaged record when the copy then fails (a full disk): the
damaged record is put back where it was, or the message says where it is kept and that
an empty record is open."""

from __future__ import annotations

import errno
import os
from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from caregiver_app.services.record import open_record
from caregiver_app.services.record.backups import make_backup
from caregiver_app.services.record.demo import create_demo_record
from caregiver_app.store.database import database_path
from caregiver_app.store.opening import open_store
from caregiver_app.store.queries import record_counts
from tests.helpers.damage import damage
from tests.helpers.record_faults import fill_disk, tmpfs_or_skip

# Room for the copy of the damaged record that fails its check and for a new empty
# record, not for the backup's pages copied into it (the demo record is about 400 KB).
FREE_BYTES = 600_000


@pytest.fixture
def small_disk(data_dir):
    """The data folder on its own 8 MiB tmpfs."""
    yield from tmpfs_or_skip(data_dir, "8m")


def restore_over_damage(small_disk, make_window, qtbot):
    """A damaged record with a good backup; Check my data > Restore, on a disk nearly full."""
    database = open_store(small_disk)
    create_demo_record()
    make_backup(database, small_disk, now=datetime(2026, 3, 1, 9))
    database.close()
    path = database_path(small_disk)
    damage(path, "rows")
    database = open_store(small_disk)
    contacts = record_counts().contacts
    window = make_window()
    window.show()
    window.actions_by_name["checkMyData"].trigger()
    found = window.backup_actions.message
    (restore,) = [b for b in found.buttons() if b.text() == "Restore from backup..."]
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    dialog = window.backup_actions.restore_dialog
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    fill_disk(small_disk, leave=FREE_BYTES)
    qtbot.mouseClick(dialog.confirm_yes, Qt.MouseButton.LeftButton)
    return window, database, contacts


def test_a_restore_that_fills_the_disk_puts_the_damaged_record_back(small_disk, make_window, qtbot):
    # It left a new, empty record open in the damaged one's place and said "Your record
    # was not changed", naming no file.
    window, database, contacts = restore_over_damage(small_disk, make_window, qtbot)
    try:
        text = window.backup_actions.message.text()
        assert "cannot be restored" in text and "Nothing was changed" in text
        assert not list(small_disk.glob("care-record-damaged-*"))
        # The damaged record itself is open again, with what can still be read of it.
        assert not open_record.check_record(small_disk).ok
        assert record_counts().contacts == contacts
    finally:
        window.close()
        open_record.close_replaced(database)


def test_a_damaged_record_that_cannot_be_put_back_is_named(
    small_disk, make_window, qtbot, monkeypatch
):
    record = str(database_path(small_disk))
    real_replace = os.replace

    def stuck(source, destination):
        if str(destination) == record:  # a folder that will not take the name back
            raise OSError(errno.EIO, os.strerror(errno.EIO), record)
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", stuck)
    window, database, _contacts = restore_over_damage(small_disk, make_window, qtbot)
    try:
        (moved,) = small_disk.glob("care-record-damaged-*.sqlite")
        assert moved.stat().st_size > 0 and open_record.check_record(small_disk).ok
        text = window.backup_actions.message.text()
        assert str(moved) in text and "new, empty record" in text
        assert "was not changed" not in text and "Nothing was changed" not in text
        assert record_counts().contacts == 0  # what the window shows, and says it shows
    finally:
        window.close()
        open_record.close_replaced(database)


def test_a_damaged_record_put_back_that_will_not_open_again_is_not_said_to_be_elsewhere(
    small_disk, make_window, qtbot, monkeypatch
):
    # Put back in its place but not opened again (the full disk refusing the files SQLite
    # makes beside it), the message named a renamed file that was no longer there and said
    # an empty record was open in its place.
    from caregiver_app.services.record import backups, put_back
    from caregiver_app.store.errors import StoreError

    real_open = backups.open_store
    opened = []

    def refused_after_the_first(data_dir, password=None):
        opened.append(data_dir)
        if len(opened) > 1:  # the first opens the new record the restore starts with
            raise StoreError("the disk is full")
        return real_open(data_dir, password)

    monkeypatch.setattr(backups, "open_store", refused_after_the_first)
    monkeypatch.setattr(put_back, "open_store", refused_after_the_first)
    window, database, _contacts = restore_over_damage(small_disk, make_window, qtbot)
    try:
        assert not list(small_disk.glob("care-record-damaged-*"))
        text = window.backup_actions.message.text()
        assert "care-record-damaged" not in text and "new, empty record" not in text
        assert "back in its place" in text and "close Care Companion and open it again" in text
        assert database_path(small_disk).stat().st_size > 0
    finally:
        window.close()
        open_record.close_replaced(database)
