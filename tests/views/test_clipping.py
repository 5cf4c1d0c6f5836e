"""Large text, high contrast and other languages at once: nothing is cut off or pushed away.

One window per language; in it both themes and the three text sizes (100%, 150%, 200%)
in turn, every tab at each, and every dialog opened once, at 200% in high contrast
(the widest text and the thickest borders: if it fits there, it fits at the others).
The window is 1280x800 and a dialog may grow to that screen. What is looked for:
a label shorter or narrower than its words, a button or box narrower than its text,
a table cell elided although widening the column would show it, a label or button
outside the window with no scroll area to reach it, and in a dialog, a name a drop-down's
open list cuts short (tests/helpers/clipping.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from caregiver_app.views.diary.entry_table_model import COLUMN_NOTE
from caregiver_app.views.look.view_options import LANGUAGE_KEY
from caregiver_app.views.record.lock_commands import open_password_dialog
from caregiver_app.views.widgets.form_dialog import SavingDialog, grow_to_fit
from tests.helpers.clipping import cut_list_items, problems

SCREEN = QRect(0, 0, 1280, 800)
SIZES = (100, 150, 200)
# The diary's note column is cut at the window's edge on purpose: the chosen entry's
# note is shown whole under the table.
EXEMPT = {"entryTable": frozenset({COLUMN_NOTE})}


def _settle() -> None:
    for _ in range(3):  # layouts post their work; a few passes let it all land
        QApplication.processEvents()


def _dialogs(window) -> dict[str, Callable[[], QWidget]]:
    diary = window.diary_tab
    return {
        "profile": window.edit_profile,
        "contact": window.care_team_tab.add_contact,
        "diary entry": diary.new_entry,
        "alert settings": diary.open_alert_settings,
        "breakthrough dose": diary.doses.record_dose,
        "medicine": diary.medicines.add_medicine,
        "appointment": window.calendar_tab.new_appointment,
        "question": window.learn_tab.questions.add_question,
        "visit summary": window.open_visit_summary,
        "password": lambda: open_password_dialog(window),
    }


def _check_tabs(window, where: str, found: list[str]) -> None:
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        _settle()
        tab = window.tabs.tabText(index).replace("&", "")
        found += [f"{where}, {tab}: {problem}" for problem in problems(window, EXEMPT)]


def _check_dialogs(window, where: str, found: list[str], shots: Path) -> None:
    for name, open_dialog in _dialogs(window).items():
        dialog = open_dialog()
        _settle()
        if isinstance(dialog, SavingDialog):
            # Shown, it grew to its words, as far as the test's own small screen allows.
            room = dialog.screen().availableGeometry()
            assert dialog.width() >= min(dialog.sizeHint().width(), room.width() - 20), name
        grow_to_fit(dialog, SCREEN)  # what it does on a 1280x800 screen when shown
        _settle()
        found += [f"{where}, {name} dialog: {problem}" for problem in problems(dialog)]
        found += [f"{where}, {name} dialog: {problem}" for problem in cut_list_items(dialog)]
        dialog.grab().save(str(shots / f"{name.replace(' ', '-')}.png"))
        dialog.reject()
        _settle()


@pytest.mark.parametrize("language", ["en", "es", "zh_CN"])
def test_nothing_is_cut_off_at_any_size_theme_or_language(
    demo_store, make_window, data_dir, tmp_path, language
):
    settings = QSettings(str(data_dir / "window-settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, language)  # chosen last time: the window starts in it
    settings.sync()
    window = make_window(demo=True)
    window.resize(SCREEN.size())
    window.show()
    found: list[str] = []
    for theme, sizes in (("system", SIZES), ("high-contrast", tuple(reversed(SIZES)))):
        window.view_options.theme_actions[theme].trigger()
        for percent in sizes:
            window.change_text_size(lambda percent=percent: window.text_scale.apply(percent))
            _settle()
            _check_tabs(window, f"{theme} {percent}%", found)
            if theme == "high-contrast" and percent == max(SIZES):
                _check_dialogs(window, f"{theme} {percent}%", found, tmp_path)
                window.grab().save(str(tmp_path / f"window-{language}-{percent}.png"))
    assert found == [], "\n".join(found)
