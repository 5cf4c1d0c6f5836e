"""The dialogs tests/views/test_clipping.py does not open, at 100% and 200% text in each
language: nothing cut off, no hint cut short (tests/helpers/clipping.py).

The dose answer dialog with its time boxes emptied (as a person does to type the time:
before, the time box read "for example 2:3…"), the medicine chart and log, the restore
dialog with backups listed, the password dialog once a password is set (change or
remove), the unlock dialog, the medicine form's schedule at set times, the profile with
a home time zone typed in, and File > Phones and calendars once phones are set up.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import QApplication

from caregiver_app.services.record.backups import make_backup
from caregiver_app.views.look.view_options import LANGUAGE_KEY
from caregiver_app.views.record.unlock_dialog import UnlockDialog
from caregiver_app.views.widgets.form_dialog import grow_to_fit
from tests.helpers.clipping import cut_list_items, problems
from tests.views.phones.fakes import FakeSync, set_up_phones

SCREEN = QRect(0, 0, 1280, 800)
PASSWORD = "kettle on the stove"


def _settle() -> None:
    for _ in range(3):  # layouts post their work; a few passes let it all land
        QApplication.processEvents()


def _empty(qtbot, line) -> None:
    """Select all and Delete, as a person empties a box to type it again."""
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(line, Qt.Key.Key_Delete)


def _set_password(window, qtbot) -> None:
    window.actions_by_name["passwordProtection"].trigger()
    dialog = window.password_dialog
    qtbot.keyClicks(dialog.new_edit, PASSWORD)
    qtbot.keyClicks(dialog.repeat_edit, PASSWORD)
    dialog.understood.setChecked(True)
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    window.message.close()
    dialog.reject()


def _dialogs(window, qtbot):
    today = window.today_tab

    def answer():
        dialog = today.open_answer(today.rows[0].slot)
        for field in (dialog.given_at.date_field, dialog.given_at.time_field):
            _empty(qtbot, field.line)
        return dialog

    def schedule():
        dialog = window.diary_tab.medicines.add_medicine()
        qtbot.mouseClick(dialog.ui.scheduleEditor.at_times, Qt.MouseButton.LeftButton)
        return dialog

    def home_zone():
        dialog = window.edit_profile()
        line = dialog.ui.homeZoneCombo.lineEdit()
        _empty(qtbot, line)
        qtbot.keyClicks(line, "America/Argentina/Buenos_Aires")
        return dialog

    def phones():
        window.actions_by_name["phonesAndCalendars"].trigger()
        qtbot.waitUntil(lambda: window.phones.job is None, timeout=10_000)
        return window.phones.dialog

    return {
        "dose answer": answer,
        "profile home zone": home_zone,
        "phones status": phones,
        "medicine chart": window.medicine_files.choose_chart,
        "medicine log": window.medicine_files.choose_export,
        "restore": window.backup_actions.choose_restore,
        "change password": window.open_password_dialog,
        "unlock": lambda: UnlockDialog(lambda _typed: None, window),
        "medicine schedule": schedule,
        "getting started": window.show_getting_started,
    }


@pytest.mark.parametrize("percent", [100, 200])
@pytest.mark.parametrize("language", ["en", "es", "zh_CN"])
def test_nothing_is_cut_off_in_the_other_dialogs(
    demo_store, make_window, data_dir, qtbot, tmp_path, monkeypatch, language, percent
):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    set_up_phones()  # the phones password kept in the record, no keyring asked
    FakeSync(monkeypatch)  # no server: the status dialog shows a sync that went well
    make_backup(demo_store, data_dir, now=datetime(2026, 3, 1, 9))
    make_backup(demo_store, data_dir, now=datetime(2026, 3, 2, 9))
    settings = QSettings(str(data_dir / "window-settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, language)  # chosen last time: the window starts in it
    settings.sync()
    window = make_window(demo=True)
    window.resize(SCREEN.size())
    window.show()
    _set_password(window, qtbot)
    if percent == 200:  # the widest text and the thickest borders, as test_clipping.py
        window.view_options.theme_actions["high-contrast"].trigger()
    window.change_text_size(lambda: window.text_scale.apply(percent))
    window.tabs.setCurrentWidget(window.today_tab)
    _settle()
    found: list[str] = []
    for name, open_dialog in _dialogs(window, qtbot).items():
        dialog = open_dialog()
        dialog.show()
        _settle()
        grow_to_fit(dialog, SCREEN)  # what it does on a 1280x800 screen when shown
        _settle()
        found += [f"{name}: {problem}" for problem in problems(dialog) + cut_list_items(dialog)]
        dialog.grab().save(str(tmp_path / f"{name.replace(' ', '-')}-{language}-{percent}.png"))
        dialog.reject()
        _settle()
    assert found == [], "\n".join(found)
