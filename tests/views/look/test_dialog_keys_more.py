"""The dialogs that need a record in a given state, from the keyboard and with a screen
reader, in each language: the dose answer, the two unlocks, the password once set, restore
with backups listed, a row's other version, the schedule editor's parts, the home time
zone typed into, the phones' status and the versions they set aside.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from caregiver_app.services.record.backups import make_backup
from caregiver_app.services.sharing.reports import ConflictNote
from caregiver_app.views.record.lock_commands import open_password_dialog
from caregiver_app.views.sharing.conflict_banner import OtherVersionDialog
from tests.helpers.dialog_keys import english_left, keyboard_problems, start_in
from tests.views.phones.fakes import FakeSync, report, set_up_phones
from tests.views.phones.helpers import click, open_phones_dialog
from tests.views.phones.test_set_aside_dialog import CONFLICT, _a_conflict

PASSWORD = "kettle on the stove"
LANGUAGES = ["en", "es", "zh_CN"]


def _window(make_window, data_dir, qtbot, language):
    start_in(data_dir, language)
    window = make_window(demo=True)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def _set_password(window, qtbot):
    dialog = open_password_dialog(window)
    qtbot.keyClicks(dialog.new_edit, PASSWORD)
    qtbot.keyClicks(dialog.repeat_edit, PASSWORD)
    dialog.understood.setFocus()
    qtbot.keyClick(dialog.understood, Qt.Key.Key_Space)
    click(qtbot, dialog.set_button)
    assert dialog.current, dialog.error.text()
    window.message.close()


def _note() -> ConflictNote:
    return ConflictNote(
        7,
        "the appointment on 12 March",
        "Laura's laptop",
        datetime(2026, 3, 12, 10, 5),
        "Tom's laptop",
        datetime(2026, 3, 12, 9, 58),
        {"title": "Review with Dr Ruiz", "location": "Clinic B, 2nd floor", "notes": ""},
    )


def _home_zone_problems(window, qtbot, english) -> list[str]:
    """The home time zone is reached where it stands, under the pharmacy, not after the
    caregivers' fields; a Tab while its suggestions are open closes them and goes on."""
    profile = window.edit_profile()
    qtbot.waitExposed(profile)
    profile.activateWindow()
    qtbot.waitUntil(profile.isActiveWindow)  # the keys go where the focus is
    ui = profile.ui
    found = []
    ui.pharmacyEdit.setFocus()
    qtbot.keyClick(ui.pharmacyEdit, Qt.Key.Key_Tab)
    if QApplication.focusWidget() is not ui.homeZoneCombo:
        found.append(f"profile: Tab from the pharmacy goes to {QApplication.focusWidget()}")
    qtbot.keyClicks(ui.homeZoneCombo.lineEdit(), "Europe/Ma")  # its suggestions open
    assert QApplication.activePopupWidget() is not None
    found += keyboard_problems("profile, a zone being typed", profile, qtbot, english)
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_dialogs_of_a_record_with_doses_backups_and_a_password(
    demo_store, make_window, data_dir, qtbot, language
):
    make_backup(demo_store, data_dir, now=datetime(2026, 3, 1, 9, 30))
    window = _window(make_window, data_dir, qtbot, language)
    english = english_left(language)
    found: list[str] = []

    today = window.today_tab
    assert today.rows, "the demo record has doses today"
    found += keyboard_problems("dose answer", today.open_answer(today.rows[0].slot), qtbot, english)
    found += keyboard_problems("restore", window.backup_actions.choose_restore(), qtbot, english)
    other = OtherVersionDialog(_note(), window)
    other.open()
    found += keyboard_problems("other version", other, qtbot, english)

    for kind in ("at_times", "every_hours_choice"):
        dialog = window.diary_tab.medicines.add_medicine()
        qtbot.waitExposed(dialog)
        click(qtbot, getattr(dialog.ui.scheduleEditor, kind))
        found += keyboard_problems(f"schedule {kind}", dialog, qtbot, english)

    found += _home_zone_problems(window, qtbot, english)

    _set_password(window, qtbot)
    found += keyboard_problems("password set", open_password_dialog(window), qtbot, english)
    window.lock_now()
    lock = window.idle_lock.dialog
    found += keyboard_problems("idle lock", lock, qtbot, english, escape_closes=False)
    qtbot.keyClicks(lock.password_edit, PASSWORD)
    qtbot.keyClick(lock.password_edit, Qt.Key.Key_Return)
    assert found == [], "\n".join(found)
    assert not window.idle_lock.locked, lock.error.text()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_unlock_at_start(store, data_dir, qtbot, language):
    from caregiver_app.views.look.view_options import app_language
    from caregiver_app.views.record.unlock_dialog import UnlockDialog

    app_language().apply(language)
    try:
        dialog = UnlockDialog(lambda typed: typed)
        qtbot.addWidget(dialog)
        dialog.show()
        found = keyboard_problems("unlock", dialog, qtbot, english_left(language))
    finally:
        app_language().apply("system")
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_phones_status_and_the_versions_set_aside(
    demo_store, make_window, data_dir, qtbot, monkeypatch, language
):
    _a_conflict()
    set_up_phones()
    fake = FakeSync(monkeypatch, report(conflicts=[CONFLICT]))
    start_in(data_dir, language)
    window = make_window(demo=True)
    english = english_left(language)
    dialog = open_phones_dialog(qtbot, window)
    qtbot.waitUntil(lambda: fake.runs >= 1 and window.phones.job is None, timeout=10_000)
    QApplication.processEvents()
    found = keyboard_problems("phones status", dialog, qtbot, english)
    dialog = open_phones_dialog(qtbot, window)
    assert dialog.set_aside_button.isEnabled()
    click(qtbot, dialog.set_aside_button)
    found += keyboard_problems("versions set aside", dialog.set_aside_dialog, qtbot, english)
    dialog.done(0)
    assert found == [], "\n".join(found)
