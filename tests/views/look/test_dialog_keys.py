"""Every dialog from the keyboard and with a screen reader, in each language the window speaks.

In each: no two controls share an underlined key (Alt and the letter would reach only
one); Tab reaches every control and comes back round without being caught or freezing the
window; Escape closes it; every control a screen reader lands on has a name, in the
window's language, not left in English.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QWidget
from shiboken6 import isValid

import caregiver_app
from caregiver_app.views.look.view_options import LANGUAGE_KEY
from caregiver_app.views.record.lock_commands import open_password_dialog
from tests.helpers.mnemonics import clashes
from tests.helpers.tab_walk import focusable, spoken_name, tab_cycle, unreached

TRANSLATIONS = Path(caregiver_app.__file__).parent.parent / "resources" / "translations"


def english_left(language: str) -> set[str]:
    """The English texts the ``language`` translation says otherwise: seen there, a bug."""
    if language == "en":
        return set()
    root = ET.parse(TRANSLATIONS / f"caregiver_app_{language}.ts").getroot()
    left = set()
    for message in root.iter("message"):
        source = (message.findtext("source") or "").replace("&", "").rstrip(".:")
        translation = (message.findtext("translation") or "").replace("&", "").rstrip(".:")
        if source and translation and source != translation and any(c.isalpha() for c in source):
            left.add(source)
    return left


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
    }


def _texts(dialog: QWidget) -> list[str]:
    """The shown texts of the dialog that can carry an underlined key."""
    texts = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        if isinstance(widget, QAbstractButton | QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
    return texts


def _names(dialog: QWidget, english: set[str]) -> list[str]:
    found = []
    for widget in focusable(dialog):
        what = f"{type(widget).__name__} {widget.objectName()!r}"
        name = spoken_name(widget)
        if not name:
            found.append(f"{what} has no name")
        for text in (name, widget.accessibleDescription(), widget.toolTip()):
            if text.replace("&", "").rstrip(".:") in english:
                found.append(f"{what} still says {text!r} in English")
    return found


@pytest.mark.parametrize("language", ["en", "es", "zh_CN"])
def test_every_dialog_by_keyboard_and_screen_reader(
    demo_store, make_window, data_dir, qtbot, language
):
    settings = QSettings(str(data_dir / "window-settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, language)  # chosen last time: the window starts in it
    settings.sync()
    window = make_window(demo=True)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    english = english_left(language)
    found: list[str] = []
    for name, open_dialog in _dialogs(window).items():
        dialog = open_dialog()
        qtbot.waitExposed(dialog)
        found += [f"{name}: {clash}" for clash in clashes(_texts(dialog))]
        found += [f"{name}: {problem}" for problem in _names(dialog, english)]
        seen, problems = tab_cycle(dialog, qtbot)
        found += [f"{name}: {problem}" for problem in problems]
        found += [f"{name}: Tab never reaches {widget}" for widget in unreached(dialog, seen)]
        focus = QApplication.focusWidget() or dialog
        qtbot.keyClick(focus, Qt.Key.Key_Escape)
        for _ in range(3):
            QApplication.processEvents()
        if isValid(dialog) and dialog.isVisible():  # closed, or closed and deleted
            found.append(f"{name}: Escape does not close it")
            dialog.reject()
    assert found == [], "\n".join(found)
