"""The question "which 1:15 AM" under a dose's time, in the breakthrough dose form and the
answer to a scheduled dose, at 100% and 200% text in each language: nothing cut off
(tests/helpers/clipping.py), on a 1280x800 screen."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import QApplication

from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.store.medication.schedules import Schedule, save_schedule
from caregiver_app.views.look.view_options import LANGUAGE_KEY
from caregiver_app.views.widgets.form_dialog import grow_to_fit
from tests.helpers.clipping import problems
from tests.helpers.keys import retype
from tests.helpers.time_zone import LONDON, NEW_YORK, frozen_clock, home_away

SCREEN = QRect(0, 0, 1280, 800)
SECOND_1_40 = datetime(2026, 11, 1, 6, 40, tzinfo=UTC)  # the second 1:40 AM in New York


def _settle() -> None:
    for _ in range(3):  # layouts post their work; a few passes let it all land
        QApplication.processEvents()


@pytest.mark.parametrize("percent", [100, 200])
@pytest.mark.parametrize("language", ["en", "es", "zh_CN"])
def test_the_question_is_whole_at_every_text_size(
    store, make_window, data_dir, qtbot, tmp_path, monkeypatch, language, percent
):
    save_medicine(MedicineRecord(name="Morphine oral solution", as_needed=True))
    morphine = save_medicine(MedicineRecord(name="Morphine ER", strength="15 mg"))
    save_schedule(morphine, Schedule("times", ("01:00",)), datetime(2026, 1, 1))
    settings = QSettings(str(data_dir / "window-settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, language)
    settings.sync()
    with home_away(NEW_YORK, LONDON), frozen_clock(monkeypatch, SECOND_1_40):
        window = make_window()
        window.resize(SCREEN.size())
        window.show()
        if percent == 200:  # the widest text and the thickest borders, as test_clipping.py
            window.view_options.theme_actions["high-contrast"].trigger()
        window.change_text_size(lambda: window.text_scale.apply(percent))
        panel = window.diary_tab.doses
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
        dialog = panel.dialog
        retype(qtbot, dialog.ui.givenAtEdit.time_field.line, "1:15")
        assert dialog.pass_choice.isVisible()
        _settle()
        grow_to_fit(dialog, SCREEN)
        _settle()
        dialog.grab().save(str(tmp_path / f"pass-choice-{language}-{percent}.png"))
        found = problems(dialog)
        dialog.reject()
        # The answer to a scheduled dose, its time given typed.
        window.tabs.setCurrentWidget(window.today_tab)
        today = window.today_tab
        dialog = today.open_answer(today.rows[0].slot)
        retype(qtbot, dialog.given_at.date_field.line, "2026-11-01")  # read in every language
        retype(qtbot, dialog.given_at.time_field.line, "1:15")
        assert dialog.pass_choice.isVisible()
        _settle()
        grow_to_fit(dialog, SCREEN)
        _settle()
        dialog.grab().save(str(tmp_path / f"answer-choice-{language}-{percent}.png"))
        found += problems(dialog)
        assert found == []
