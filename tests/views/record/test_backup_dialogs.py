"""Backups in the window: Back up now, Save a backup to, Restore from backup, Check my data,
automatic backups on close and on a timer, and the damaged-record prompt at start."""

import os
import stat
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox

from caregiver_app.services.record import open_record
from caregiver_app.services.record.backups import (
    backups_folder,
    inspect_backup,
    list_backups,
    make_backup,
)
from caregiver_app.store.contacts import ContactRecord, list_contacts, save_contact
from caregiver_app.store.database import database_path
from caregiver_app.store.engine import sqlite
from caregiver_app.store.models import ALL_MODELS, DiaryEntry
from caregiver_app.store.opening import open_store
from caregiver_app.store.queries import record_counts
from caregiver_app.store.sqlite_files import read_only_database
from caregiver_app.views.record.recovery_dialog import ensure_record_is_sound
from caregiver_app.views.record.restore_dialog import RestoreDialog
from tests.helpers.damage import damage
from tests.helpers.dialogs import answer_damage_prompt, focusable_widgets_are_named


def test_back_up_now_and_check_my_data(demo_store, make_window, data_dir, qtbot):
    window = make_window()
    window.actions_by_name["backUpNow"].trigger()
    box = window.backup_actions.message
    (made,) = list_backups(data_dir)
    assert str(made.path) in box.text() and "7 days" in box.text()
    assert box.icon() == QMessageBox.Icon.Information
    box.close()
    window.actions_by_name["checkMyData"].trigger()
    box = window.backup_actions.message
    assert "passed a full check" in box.text() and "newest backup" in box.text()
    box.close()


def test_save_a_backup_to_a_chosen_place(demo_store, make_window, tmp_path):
    window = make_window()
    target = tmp_path / "usb" / "care.sqlite"
    target.parent.mkdir()
    window.backup_actions.ask_save_path = lambda: str(target)
    window.actions_by_name["saveBackupTo"].trigger()
    box = window.backup_actions.message
    assert str(target) in box.text() and "anyone who has this file" in box.text()
    assert inspect_backup(target).counts == record_counts()
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    box.close()


def test_a_backup_that_cannot_be_written_says_so_and_leaves_nothing(
    demo_store, make_window, tmp_path
):
    window = make_window()
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    box = window.backup_actions.save_to(blocker / "care.sqlite")
    assert box.icon() == QMessageBox.Icon.Warning
    assert "could not be saved" in box.text() and "Your record itself is safe" in box.text()
    assert not (blocker / "care.sqlite").exists()


def _two_backups(store, data_dir):
    """A full copy (older) and a copy without diary entries (newer); then one more contact."""
    full = make_backup(store, data_dir, now=datetime(2026, 3, 1, 9, 30))
    full_counts = record_counts()
    DiaryEntry.delete().execute()
    empty = make_backup(store, data_dir, now=datetime(2026, 3, 2, 18, 0))
    save_contact(ContactRecord(name="Added after both backups"))
    return full, full_counts, empty


def test_restore_dialog_lists_copies_and_restores_the_chosen_one(
    demo_store, make_window, data_dir, qtbot
):
    full, full_counts, _empty = _two_backups(demo_store, data_dir)
    window = make_window()
    window.show()
    window.undo_stack.push(QUndoCommand("something to undo"))
    window.actions_by_name["restoreFromBackup"].trigger()
    dialog = window.backup_actions.restore_dialog
    qtbot.waitExposed(dialog)
    table = dialog.table
    assert table.rowCount() == 2
    assert table.item(0, 1).text() == "0"  # the newer copy, without diary entries
    assert table.item(1, 1).text() == str(full_counts.diary_entries)
    assert table.item(1, 2).text() == str(full_counts.contacts)
    assert table.item(1, 4).text() != "-"  # the latest entry's date
    focusable_widgets_are_named(dialog)
    # Keyboard: the newest is selected; Down moves to the older full copy.
    assert dialog.selected_summary().path.name == list_backups(data_dir)[0].path.name
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert dialog.selected_summary().path == full
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    qtbot.waitExposed(box)
    assert "Replace your care record with the backup of" in box.text()
    assert f"{full_counts.diary_entries} diary entries" in box.text()
    assert "kept as a backup first" in box.text()
    qtbot.mouseClick(dialog.confirm_yes, Qt.MouseButton.LeftButton)
    assert record_counts() == full_counts
    assert "Added after both backups" not in {c.name for c in list_contacts()}
    message = window.backup_actions.message
    assert message.text().startswith("Restored the backup of")
    kept = [b for b in list_backups(data_dir) if b.before_restore]
    assert len(kept) == 1 and kept[0].path.name in message.text()
    assert "Added after both backups" in {c.name for c in _contacts_in(kept[0].path)}
    assert window.undo_stack.count() == 0
    message.close()


def test_restoring_over_a_record_found_damaged_says_where_the_damaged_file_is(
    demo_store, make_window, data_dir, qtbot
):
    # It said the record "is kept in the backups folder as ." (no name): a record too
    # damaged to be copied is renamed beside itself, and that is where it is.
    make_backup(demo_store, data_dir, now=datetime(2026, 3, 1, 9))
    counts = record_counts()
    demo_store.close()
    damage(database_path(data_dir), "rows")
    database = open_store(data_dir)
    window = make_window()
    window.show()
    window.actions_by_name["checkMyData"].trigger()
    found = window.backup_actions.message
    assert "found damage" in found.text()
    (restore,) = [b for b in found.buttons() if b.text() == "Restore from backup..."]
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    dialog = window.backup_actions.restore_dialog
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.confirm_yes, Qt.MouseButton.LeftButton)
    try:
        assert record_counts() == counts
        (moved,) = data_dir.glob("care-record-damaged-*.sqlite")
        text = window.backup_actions.message.text()
        assert text.startswith("Restored the backup of")
        assert "backups folder" not in text and str(moved) in text
    finally:
        window.close()
        open_record.close_replaced(database)


def _contacts_in(path: Path):
    with read_only_database(path) as database, database.bind_ctx(ALL_MODELS):
        return list_contacts()


def test_saying_no_or_choosing_a_foreign_file_changes_nothing(
    demo_store, make_window, data_dir, tmp_path, qtbot
):
    _two_backups(demo_store, data_dir)
    before = record_counts()
    window = make_window()
    dialog = window.backup_actions.choose_restore()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    qtbot.waitExposed(box)
    assert box.defaultButton() is not dialog.confirm_yes  # Enter does not replace the record
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert dialog.isVisible() and record_counts() == before

    junk = tmp_path / "holiday-photos.sqlite"
    junk.write_bytes(b"\xff\xd8\xff\xe0 not a database" * 100)
    dialog.ask_for_file = lambda: str(junk)
    qtbot.mouseClick(dialog.other_button, Qt.MouseButton.LeftButton)
    assert "holiday-photos.sqlite cannot be restored" in dialog.message.text()
    assert "Nothing was changed" in dialog.message.text()
    assert record_counts() == before
    assert not [b for b in list_backups(data_dir) if b.before_restore]
    dialog.message.close()
    dialog.reject()


def test_choosing_the_record_itself_as_the_file_to_restore_is_refused_at_once(
    demo_store, make_window, data_dir, qtbot
):
    # It used to be offered for restoring; a yes kept a needless "before restore" copy,
    # then the window waited on the record's own lock and failed.
    _two_backups(demo_store, data_dir)
    before = record_counts()
    window = make_window()
    dialog = window.backup_actions.choose_restore()
    qtbot.waitExposed(dialog)
    dialog.ask_for_file = lambda: str(database_path(data_dir))
    qtbot.mouseClick(dialog.other_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == (
        "care-record.sqlite cannot be restored: it is the care record itself, not a backup "
        "of it. Nothing was changed."
    )
    assert getattr(dialog, "confirm_box", None) is None
    assert record_counts() == before
    assert not [b for b in list_backups(data_dir) if b.before_restore]
    dialog.message.close()
    dialog.reject()


def test_restore_dialog_without_backups_says_how_to_get_one(store, data_dir, qtbot):
    dialog = RestoreDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.empty_hint.isVisible() and not dialog.table.isVisible()
    assert "Back up now" in dialog.empty_hint.text()
    assert not dialog.restore_button.isEnabled()
    focusable_widgets_are_named(dialog)


def test_a_damaged_copy_is_listed_as_unusable(demo_store, data_dir, qtbot):
    # Made in the order of their times: a copy made a day "earlier" than the newest is
    # taken for a clock that went back (services/record/backups.py) and named after it.
    good = make_backup(demo_store, data_dir, now=datetime(2026, 3, 1, 9))
    bad = make_backup(demo_store, data_dir, now=datetime(2026, 3, 2, 9))
    damage(bad, "page")
    dialog = RestoreDialog(data_dir)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 4).text() == "Damaged: cannot be used"
    assert dialog.selected_summary().path == good  # the first usable one is preselected
    dialog.table.selectRow(0)  # a damaged copy cannot be chosen
    assert dialog.selected_summary() is None
    assert not dialog.restore_button.isEnabled()


# ---------------------------------------------------------------- automatic backups


def test_closing_backs_up_only_after_a_change(store, make_window, data_dir):
    window = make_window()
    window.close()
    assert list_backups(data_dir) == []  # an empty record has nothing to protect
    window = make_window()
    save_contact(ContactRecord(name="Grace"))
    window.close()
    (first,) = list_backups(data_dir)
    window = make_window()
    window.close()  # nothing changed since
    assert list_backups(data_dir) == [first]
    assert inspect_backup(first.path).counts.contacts == 1


def test_the_timer_backs_up_every_few_hours_when_changed(store, make_window, data_dir):
    window = make_window()
    timer = window.auto_backup.timer
    assert timer.isActive() and timer.interval() == 3 * 60 * 60 * 1000
    timer.timeout.emit()
    assert list_backups(data_dir) == []
    save_contact(ContactRecord(name="Grace"))
    timer.timeout.emit()
    assert len(list_backups(data_dir)) == 1
    timer.timeout.emit()
    assert len(list_backups(data_dir)) == 1


def test_a_change_by_another_program_is_backed_up_too(store, make_window, data_dir):
    make_backup(store, data_dir, now=datetime(2026, 3, 1, 9))
    window = make_window()
    other = sqlite.connect(database_path(data_dir))  # as the command line would
    other.execute(
        "INSERT INTO contact (name, created_at, updated_at) VALUES ('From the CLI', '', '')"
    )
    other.commit()
    other.close()
    window.close()
    assert len(list_backups(data_dir)) == 2


def test_the_demo_record_is_never_backed_up(demo_store, make_window, data_dir):
    window = make_window(demo=True)
    assert not window.auto_backup.timer.isActive()
    window.close()
    assert not backups_folder(data_dir).exists()


def test_a_failed_automatic_backup_is_reported_in_the_status_bar(store, make_window, data_dir):
    save_contact(ContactRecord(name="Grace"))
    window = make_window()
    backups_folder(data_dir).write_text("a file where the folder should be")
    window.auto_backup.timer.timeout.emit()
    assert "automatic backup could not be made" in window.statusBar().currentMessage()


def test_a_full_disk_during_an_automatic_backup_is_said_plainly(
    store, make_window, data_dir, monkeypatch
):
    # The status bar read "(... [Errno 28] No space left on device: '/home/.../backups/
    # care-record-2026-....sqlite')", a programmer's message with a hidden file's name.
    import errno

    save_contact(ContactRecord(name="Grace"))
    window = make_window()

    def full(_descriptor):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with monkeypatch.context() as patched:
        patched.setattr(os, "fsync", full)
        window.auto_backup.timer.timeout.emit()
    assert window.statusBar().currentMessage() == (
        "The automatic backup could not be made (the disk is full). Your record "
        "itself is safe; try File > Back up now."
    )


def test_an_automatic_backup_that_finds_the_record_damaged_does_not_call_it_safe(
    store, make_window, data_dir, monkeypatch
):
    # It said the record was damaged, inside "The automatic backup could not be made
    # (...). Your record itself is safe".
    from caregiver_app.services.record import backups
    from caregiver_app.store.errors import CopyFailedCheckError

    save_contact(ContactRecord(name="Grace"))
    window = make_window()

    def damaged(*_args, **_kwargs):
        raise CopyFailedCheckError(["row 3 missing from index contact_name"])

    monkeypatch.setattr(backups, "copy_database", damaged)
    window.auto_backup.timer.timeout.emit()
    assert window.statusBar().currentMessage() == (
        "No automatic backup was made: your care record is damaged. Your earlier backups "
        "are untouched; use File > Restore from backup... to bring back the newest one."
    )


# ---------------------------------------------------------------- damaged record at start




@pytest.fixture
def damaged_record(demo_store, data_dir):
    """A record with a good backup, then damaged on disk with its side files present."""
    backup = make_backup(demo_store, data_dir, now=datetime(2026, 3, 1, 9))
    counts = record_counts()
    demo_store.close()
    path = database_path(data_dir)
    damage(path, "rows")
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").write_bytes(b"")
    return backup, counts, path.read_bytes()


def test_a_sound_record_opens_without_a_question(store, data_dir):
    assert ensure_record_is_sound(data_dir)
    assert ensure_record_is_sound(data_dir / "not-yet-created")


def test_a_damaged_record_is_moved_aside_and_the_newest_good_backup_restored(
    damaged_record, data_dir, qtbot
):
    _, counts, damaged_bytes = damaged_record
    seen = answer_damage_prompt("Restore the backup of")
    assert ensure_record_is_sound(data_dir)
    text = seen[0]
    assert "found damage in your care record" in text and "Nothing was deleted" in text
    assert "diary entries" in text and "Restoring it brings back" in text
    moved = sorted(data_dir.glob("care-record-damaged-*"))
    assert [p.name.rsplit(".", 1)[1] for p in moved] == ["sqlite", "sqlite-shm", "sqlite-wal"]
    assert moved[0].name in text
    assert moved[0].read_bytes() == damaged_bytes
    database = open_store(data_dir)
    try:
        assert record_counts() == counts
    finally:
        database.close()


def test_a_damaged_record_can_be_replaced_by_an_empty_one(damaged_record, data_dir, qtbot):
    answer_damage_prompt("Start with an empty record")
    assert ensure_record_is_sound(data_dir)
    assert not database_path(data_dir).exists()  # open_store makes the new one
    assert len(list(data_dir.glob("care-record-damaged-*.sqlite"))) == 1


def test_quitting_at_the_damage_prompt_keeps_everything(damaged_record, data_dir, qtbot):
    _backup, _counts, damaged_bytes = damaged_record
    answer_damage_prompt("Quit")
    assert not ensure_record_is_sound(data_dir)
    (moved,) = data_dir.glob("care-record-damaged-*.sqlite")
    assert moved.read_bytes() == damaged_bytes


def test_without_a_good_backup_the_prompt_says_so(damaged_record, data_dir, qtbot):
    for backup in list_backups(data_dir):
        damage(backup.path, "page")
    seen = answer_damage_prompt("Start with an empty record")
    assert ensure_record_is_sound(data_dir)
    assert "There is no backup that passes the check" in seen[0]
