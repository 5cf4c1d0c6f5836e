"""Years 1 and 9999 typed into the forms: refused with a sentence, or kept exactly."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from caregiver_app.store.calendar.appointments import list_appointments
from caregiver_app.store.diary.medicines import list_medicines
from caregiver_app.store.queries import load_profile
from caregiver_app.views.record.profile_dialog import ProfileDialog
from tests.helpers.keys import retype


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("typed", ["1/1/0001", "12/31/1899", "12/31/9999"])
def test_the_profile_refuses_year_1_and_year_9999(store, qtbot, typed):
    dialog = ProfileDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    retype(qtbot, dialog.ui.patientNameEdit, "Ana")
    retype(qtbot, dialog.ui.dateOfBirthEdit, typed)
    _click(qtbot, dialog.save_button)
    assert dialog.isVisible() and dialog.error_label.text().strip()
    assert load_profile().is_empty()


def test_a_medicine_may_stop_in_a_far_year_or_is_refused_never_changed(store, make_window, qtbot):
    panel = make_window().diary_tab.medicines
    _click(qtbot, panel.add_button)
    dialog = panel.dialog
    retype(qtbot, dialog.ui.nameEdit, "Senna")
    retype(qtbot, dialog.ui.startedEdit, "1/1/0001")
    _click(qtbot, dialog.save_button)
    assert dialog.isVisible() and "1900" in dialog.error_label.text()
    retype(qtbot, dialog.ui.startedEdit, "11/20/2026")
    retype(qtbot, dialog.ui.stoppedEdit, "12/31/9999")
    _click(qtbot, dialog.save_button)
    if dialog.isVisible():  # refused: a sentence, nothing saved
        assert dialog.error_label.text().strip() and list_medicines() == []
    else:
        (medicine,) = list_medicines()
        assert medicine.stopped_on == date(9999, 12, 31)


@pytest.mark.parametrize("typed", ["1/1/0001", "1/1/9999"])
def test_a_visit_in_year_1_or_9999_is_refused_with_a_sentence(store, make_window, qtbot, typed):
    window = make_window()
    window.tabs.setCurrentWidget(window.calendar_tab)
    dialog = window.calendar_tab.new_appointment()
    ui = dialog.ui
    retype(qtbot, ui.titleEdit, "Scan")
    retype(qtbot, ui.startDateEdit, typed)
    retype(qtbot, ui.endDateEdit, typed)
    _click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    shown = " ".join(label.text() for label in (ui.startError, ui.endError) if label.isVisible())
    assert shown.strip()
    assert list_appointments() == []


def test_a_series_until_year_9999_is_saved_and_the_calendar_still_shows(store, make_window, qtbot):
    window = make_window()
    tab = window.calendar_tab
    window.tabs.setCurrentWidget(tab)
    dialog = tab.new_appointment()
    ui = dialog.ui
    retype(qtbot, ui.titleEdit, "Weekly video visit")
    ui.repeatCombo.setFocus()
    qtbot.keyClick(ui.repeatCombo, Qt.Key.Key_Down)  # repeats
    ui.repeatEndCombo.setFocus()
    qtbot.keyClick(ui.repeatEndCombo, Qt.Key.Key_Up)  # after a number of visits -> on a date
    assert ui.repeatEndCombo.currentData() == "until" and ui.untilDateEdit.isVisibleTo(dialog)
    retype(qtbot, ui.untilDateEdit, "12/31/9999")
    _click(qtbot, dialog.save_button)
    if dialog.isVisible():
        assert ui.repeatError.text().strip() and list_appointments() == []
    else:
        (saved,) = list_appointments()
        assert saved.rrule and tab.agenda.occurrences  # the next weeks are still listed
