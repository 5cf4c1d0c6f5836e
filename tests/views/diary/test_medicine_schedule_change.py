"""Changing a medicine's times in its form: the change counts from when it is saved."""

from __future__ import annotations

from datetime import datetime, time

from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.store.medication.schedule_history import earlier_schedules
from caregiver_app.store.medication.schedules import Schedule, get_schedule, save_schedule
from tests.helpers.keys import type_time_as_shown
from tests.views.diary.test_medicine_schedule_typing import (
    _active,
    _click,
    _click_row,
    _new_medicine,
    _panel,
    _saved,
)


def test_a_time_changed_in_the_form_leaves_the_days_before_their_time(
    store, make_window, qtbot, typing_locale
):
    morphine = save_medicine(MedicineRecord(name="Morphine ER", strength="15 mg"))
    save_schedule(morphine, Schedule("times", ("08:00", "20:00")), datetime(2026, 11, 1))
    _window, panel = _panel(make_window)
    _click_row(qtbot, panel.table, 0)
    _click(qtbot, panel.edit_button)
    dialog = _active(qtbot, panel.dialog)
    editor = dialog.ui.scheduleEditor
    assert editor.change_note.isVisible()
    assert "counts from the moment you save it" in editor.change_note.text()
    type_time_as_shown(qtbot, editor.time_fields[0], time(9, 0))
    before = datetime.now().replace(microsecond=0)
    _click(qtbot, dialog.save_button)
    _saved(dialog)
    after = datetime.now()
    assert get_schedule(morphine) == Schedule("times", ("09:00", "20:00"))
    [(until, replaced)] = earlier_schedules()[morphine]
    # Before, nothing was kept: the 8:00 doses of every day before read as if at 9:00.
    assert replaced == Schedule("times", ("08:00", "20:00"))
    assert before <= until <= after


def test_a_new_medicine_has_no_word_about_changes(store, make_window, qtbot):
    _window, _panel_shown, dialog = _new_medicine(make_window, qtbot, "Senna")
    assert not dialog.ui.scheduleEditor.change_note.isVisible()
