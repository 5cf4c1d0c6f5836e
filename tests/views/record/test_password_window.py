"""Password protection in the window: setting it after the warning, the lock (by hand and
after the time without use), unlocking at start, damage told apart from a wrong password,
and restoring a backup made under another password."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from caregiver_app.services.record.backups import list_backups, make_backup
from caregiver_app.services.record.password import change_password, unlock
from caregiver_app.store.database import database_path, database_proxy
from caregiver_app.store.engine import SQLITE_HEADER, password_of
from caregiver_app.store.opening import open_store
from caregiver_app.store.queries import record_counts
from caregiver_app.views.record.idle_lock import LockCover
from caregiver_app.views.record.recovery_dialog import ensure_record_is_sound
from caregiver_app.views.record.unlock_dialog import LOCK_MINUTES_KEY, UnlockDialog
from tests.helpers.damage import damage
from tests.helpers.dialogs import answer_damage_prompt, focusable_widgets_are_named

PASSWORD = "kettle on the stove"


def _type(qtbot, field, text):
    field.clear()
    qtbot.keyClicks(field, text)


def _set_password_in_dialog(window, qtbot, password=PASSWORD):
    window.actions_by_name["passwordProtection"].trigger()
    dialog = window.password_dialog
    _type(qtbot, dialog.new_edit, password)
    _type(qtbot, dialog.repeat_edit, password)
    dialog.understood.setChecked(True)
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    return dialog


def test_setting_a_password_warns_first_and_checks_what_is_typed(
    demo_store, make_window, data_dir, qtbot
):
    make_backup(demo_store, data_dir, now=datetime(2026, 11, 1, 9))
    counts = record_counts()
    window = make_window()
    window.show()
    window.actions_by_name["passwordProtection"].trigger()
    dialog = window.password_dialog
    qtbot.waitExposed(dialog)
    focusable_widgets_are_named(dialog)
    assert "no password" in dialog.status.text()
    assert dialog.warning.isVisible() and "no reset" in dialog.warning.text()
    assert not dialog.current_edit.isVisible() and not dialog.remove_button.isVisible()
    # Without the box ticked, nothing happens.
    _type(qtbot, dialog.new_edit, PASSWORD)
    _type(qtbot, dialog.repeat_edit, PASSWORD)
    assert not dialog.set_password()
    assert "Tick the box" in dialog.error.text() and dialog.error.isVisible()
    dialog.understood.setChecked(True)
    _type(qtbot, dialog.repeat_edit, "kettle on the stovE")
    assert not dialog.set_password()
    assert "not the same" in dialog.error.text()
    _type(qtbot, dialog.new_edit, "short")
    _type(qtbot, dialog.repeat_edit, "short")
    assert not dialog.set_password()
    assert "at least 8" in dialog.error.text()
    assert database_path(data_dir).read_bytes()[:16] == SQLITE_HEADER  # nothing changed yet
    _type(qtbot, dialog.new_edit, PASSWORD)
    _type(qtbot, dialog.repeat_edit, PASSWORD)
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    assert database_path(data_dir).read_bytes()[:16] != SQLITE_HEADER
    assert password_of(database_proxy.obj) == PASSWORD
    assert record_counts() == counts
    assert all(b.path.read_bytes()[:16] != SQLITE_HEADER for b in list_backups(data_dir))
    assert window.message.text() == "The password is set."
    window.message.close()
    assert window.idle_lock.timer.isActive()  # the lock counts from now
    assert "encrypted with your password" in window.where_is_my_data_text()
    # The tabs still read the record (through the reopened database).
    window.care_team_tab.refresh()
    assert window.care_team_tab.tree.topLevelItemCount() > 0


def test_lock_now_covers_every_window_and_keeps_what_was_typed(
    demo_store, make_window, data_dir, qtbot
):
    window = make_window()
    window.show()
    _set_password_in_dialog(window, qtbot)
    window.message.close()
    window.care_team_tab.add_contact()
    form = window.care_team_tab.contact_dialog
    qtbot.waitExposed(form)
    qtbot.keyClicks(form.ui.nameEdit, "Dr. Someone New")
    window.reminders.timer.start()
    assert window.lock_now() is None
    lock = window.idle_lock
    assert lock.locked and lock.dialog is not None
    covered = {cover.parentWidget() for cover in window.findChildren(LockCover)}
    covered |= {cover.parentWidget() for cover in form.findChildren(LockCover)}
    assert window in covered and form in covered
    assert not window.reminders.timer.isActive()  # nothing from the record pops up
    dialog = lock.dialog
    qtbot.waitExposed(dialog)
    assert dialog.windowModality() == Qt.WindowModality.ApplicationModal
    focusable_widgets_are_named(dialog)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Escape)  # Esc does not end the app
    dialog.close()
    assert lock.locked and dialog.isVisible()
    _type(qtbot, dialog.password_edit, "not it at all")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert lock.locked and "not the password" in dialog.error.text()
    assert dialog.password_edit.hasSelectedText()  # ready to type again
    _type(qtbot, dialog.password_edit, PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert not lock.locked
    qtbot.waitUntil(lambda: not window.findChildren(LockCover) and not form.findChildren(LockCover))
    assert form.isVisible() and form.ui.nameEdit.text() == "Dr. Someone New"
    assert window.reminders.timer.isActive() and lock.timer.isActive()
    form.reject()


def test_the_window_locks_itself_after_the_time_without_use(
    demo_store, make_window, data_dir, qtbot
):
    window = make_window()
    window.show()
    _set_password_in_dialog(window, qtbot)
    window.message.close()
    lock = window.idle_lock
    assert lock.timer.interval() == 10 * 60_000  # the default: 10 minutes
    lock.timer.start(200)  # the same timer, shortened for the test
    qtbot.mouseMove(window.tabs)  # use resets the count...
    assert lock.timer.remainingTime() > 100
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)  # ...and without use it locks
    assert "locked itself after 10 minutes" in lock.dialog.intro.text()
    _type(qtbot, lock.dialog.password_edit, PASSWORD)
    qtbot.mouseClick(lock.dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert not lock.locked


def test_the_lock_time_is_chosen_and_never_is_a_choice(demo_store, make_window, qtbot):
    window = make_window()
    _set_password_in_dialog(window, qtbot)
    window.message.close()
    window.actions_by_name["passwordProtection"].trigger()
    dialog = window.password_dialog
    assert "protected by a password" in dialog.status.text()
    dialog.lock_combo.setCurrentIndex(dialog.lock_combo.findData(0))
    assert window.settings.value(LOCK_MINUTES_KEY, type=int) == 0
    dialog.reject()
    assert not window.idle_lock.timer.isActive()  # never by itself...
    assert window.lock_now() is None and window.idle_lock.locked  # ...but by hand, yes
    window.idle_lock.dialog.password_edit.setText(PASSWORD)
    window.idle_lock.dialog.try_unlock()
    window.actions_by_name["passwordProtection"].trigger()
    dialog = window.password_dialog
    dialog.lock_combo.setCurrentIndex(dialog.lock_combo.findData(30))
    dialog.reject()
    assert window.idle_lock.timer.interval() == 30 * 60_000


def test_lock_now_without_a_password_says_how_to_set_one(store, make_window):
    window = make_window()
    box = window.lock_now()
    assert isinstance(box, QMessageBox) and "Password protection" in box.text()
    assert not window.idle_lock.locked
    box.close()


def test_changing_and_removing_the_password_in_the_window(demo_store, make_window, data_dir, qtbot):
    window = make_window()
    _set_password_in_dialog(window, qtbot)
    window.message.close()
    window.actions_by_name["passwordProtection"].trigger()
    dialog = window.password_dialog
    _type(qtbot, dialog.current_edit, "wrong one")
    _type(qtbot, dialog.new_edit, "a new long password")
    _type(qtbot, dialog.repeat_edit, "a new long password")
    assert not dialog.change_password()
    assert "current password is not right" in dialog.error.text()
    _type(qtbot, dialog.current_edit, PASSWORD)
    assert dialog.change_password()
    assert password_of(database_proxy.obj) == "a new long password"
    window.message.close()
    window.actions_by_name["passwordProtection"].trigger()
    dialog = window.password_dialog
    _type(qtbot, dialog.current_edit, "a new long password")
    answers = []

    def say_yes(*args, **kwargs):
        answers.append(args[2])
        return QMessageBox.StandardButton.Yes

    original = QMessageBox.question
    QMessageBox.question = say_yes
    try:
        assert dialog.remove_password()
    finally:
        QMessageBox.question = original
    assert "anyone who uses this computer" in answers[0]
    assert password_of(database_proxy.obj) is None
    assert database_path(data_dir).read_bytes()[:16] == SQLITE_HEADER
    assert not window.idle_lock.timer.isActive()
    window.message.close()


def test_unlocking_at_start_tells_a_wrong_password_from_damage(demo_store, data_dir, qtbot):
    make_backup(demo_store, data_dir, now=datetime(2026, 11, 1, 9))
    counts = record_counts()
    change_password(demo_store, data_dir, PASSWORD).database.close()
    dialog = UnlockDialog(lambda typed: unlock(data_dir, typed))
    qtbot.addWidget(dialog)
    dialog.show()
    focusable_widgets_are_named(dialog)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert "Type the password" in dialog.error.text()
    _type(qtbot, dialog.password_edit, "guess")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert "not the password of this care record" in dialog.error.text()
    assert "Try" not in dialog.error.text()
    assert dialog.isVisible()
    # A second wrong try reads differently: before, the very same sentence came back.
    _type(qtbot, dialog.password_edit, "GUESS")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.error.text().endswith(
        "(Try 2. The keyboard may also be set to another language.)"
    )
    # Now the file is damaged: the right password is recognised, and the start-up
    # check moves the record aside and offers the newest backup, opened with it.
    damage(database_path(data_dir), "page")
    _type(qtbot, dialog.password_edit, PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.password == PASSWORD and not dialog.isVisible()
    seen = answer_damage_prompt("Restore the backup of")
    assert ensure_record_is_sound(data_dir, password=dialog.password)
    assert "found damage" in seen[0]
    assert database_path(data_dir).read_bytes()[:16] != SQLITE_HEADER  # still encrypted
    database = open_store(data_dir, PASSWORD)
    try:
        assert record_counts() == counts
    finally:
        database.close()


@pytest.mark.parametrize("typed", ["an older password", None])
def test_a_backup_made_under_another_password_asks_for_it(
    demo_store, make_window, data_dir, qtbot, typed
):
    make_backup(demo_store, data_dir, now=datetime(2026, 11, 1, 9))
    counts = record_counts()
    database = change_password(demo_store, data_dir, "an older password").database
    (old,) = list_backups(data_dir)
    outside = old.path.replace(data_dir.parent / "kept.sqlite")
    database = change_password(database, data_dir, PASSWORD).database
    outside.replace(old.path)  # back in the folder, still under the older password
    from caregiver_app.store.contacts import ContactRecord, save_contact

    save_contact(ContactRecord(name="Added later", role="other"))
    window = make_window()
    window.actions_by_name["restoreFromBackup"].trigger()
    dialog = window.backup_actions.restore_dialog
    assert dialog.table.item(0, 4).text() == "Made under another password"
    asked = []
    dialog.ask_password = lambda name: asked.append(name) or typed
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert asked == [old.path.name]
    if typed is None:
        assert record_counts() != counts  # cancelled: nothing changed
        return
    qtbot.mouseClick(dialog.confirm_yes, Qt.MouseButton.LeftButton)
    assert record_counts() == counts
    assert password_of(database_proxy.obj) == PASSWORD  # the record keeps its password
    window.backup_actions.message.close()


def test_quit_on_the_lock_closes_the_app(demo_store, make_window, qtbot):
    window = make_window()
    window.show()
    _set_password_in_dialog(window, qtbot)
    window.message.close()
    quits = []
    window.idle_lock.quit_app = lambda: quits.append(True)
    window.lock_now()
    qtbot.mouseClick(window.idle_lock.dialog.quit_button, Qt.MouseButton.LeftButton)
    assert quits == [True]
