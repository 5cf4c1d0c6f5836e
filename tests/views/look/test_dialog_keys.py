"""Every dialog from the keyboard and with a screen reader, in each language the window speaks.

In each: no two controls share an underlined key (Alt and the letter would reach only
one); Tab reaches every control and comes back round without being caught or freezing the
window; Escape closes it; every control a screen reader lands on has a name, in the
window's language, not left in English.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QWidget

from caregiver_app.views.record.lock_commands import open_password_dialog
from tests.helpers.dialog_keys import english_left, keyboard_problems, start_in


def _dialogs(window) -> dict[str, Callable[[], QWidget]]:
    diary = window.diary_tab
    care = window.care_team_tab

    def edit_contact():
        care.select_contact(care.contacts[0].id)
        return care.edit_selected()

    def edit_entry():
        diary.select_entry(diary.model.entry(0).id)
        return diary.edit_selected()

    def share():
        window.actions_by_name["shareWithFamily"].trigger()
        return window.sharing.dialog

    return {
        "profile": window.edit_profile,
        "first run": lambda: window.edit_profile(first_run=True),
        "new contact": care.add_contact,
        "edit contact": edit_contact,
        "new entry": diary.new_entry,
        "edit entry": edit_entry,
        "medicine": diary.medicines.add_medicine,
        "dose": diary.doses.record_dose,
        "alert settings": diary.open_alert_settings,
        "appointment": window.calendar_tab.new_appointment,
        "question": window.learn_tab.questions.add_question,
        "visit summary": window.open_visit_summary,
        "password": lambda: open_password_dialog(window),
        "restore": window.backup_actions.choose_restore,
        "medicine chart": window.medicine_files.choose_chart,
        "medicine log": window.medicine_files.choose_export,
        "phones": window.phones.open_dialog,
        "share": share,
        "getting started": window.show_getting_started,
    }


@pytest.mark.parametrize("language", ["en", "es", "zh_CN"])
def test_every_dialog_by_keyboard_and_screen_reader(
    demo_store, make_window, data_dir, qtbot, language
):
    start_in(data_dir, language)
    window = make_window(demo=True)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    english = english_left(language)
    found: list[str] = []
    for name, open_dialog in _dialogs(window).items():
        found += keyboard_problems(name, open_dialog(), qtbot, english)
    assert found == [], "\n".join(found)
