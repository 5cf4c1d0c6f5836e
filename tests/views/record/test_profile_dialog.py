"""The care record profile, edited through the real form, and the first-start walk-through."""

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from caregiver_app.store.queries import ProfileData, load_profile, save_profile
from caregiver_app.views.record.profile_dialog import ProfileDialog
from tests.helpers.keys import type_date


def _type(qtbot, widget, text):
    """Type like a user; characters QTest cannot synthesise arrive as an input method would."""
    widget.setFocus()
    widget.selectAll()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            widget.insert(char)


def test_first_start_walks_through_the_profile_and_saves_it(store, make_window, qtbot):
    window = make_window()
    window.show()
    dialog = window.start_first_run_if_needed()
    assert dialog is not None and dialog.isVisible()
    assert "Welcome" in dialog.windowTitle()
    assert dialog.cancel_button.text().replace("&", "") == "Skip for now"
    ui = dialog.ui
    _type(qtbot, ui.patientNameEdit, "Ana Núñez 王")
    type_date(qtbot, ui.dateOfBirthEdit, date(1948, 2, 29))
    _type(qtbot, ui.allergiesEdit, "Codeine <nausea> & rash")
    _type(qtbot, ui.caregiverNameEdit, "Luis")
    _type(qtbot, ui.caregiverPhoneEdit, "+1 555 0100")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    saved = load_profile()
    assert saved.patient_name == "Ana Núñez 王"
    assert saved.date_of_birth == date(1948, 2, 29)
    assert saved.allergies == "Codeine <nausea> & rash"
    assert saved.diagnosis_date is None
    assert "Ana Núñez 王" in window.profile_strip.summary.text()
    assert "Codeine <nausea> & rash" in window.profile_strip.summary.text()
    # The first steps come next, in the guide Help > Getting started opens.
    qtbot.waitUntil(lambda: window.getting_started is not None)
    assert window.getting_started.isVisible()
    assert "Getting started (F1)" in dialog.welcome.text()
    # Only once: the next start does not ask again.
    assert window.start_first_run_if_needed() is None


def test_first_start_can_be_skipped_and_is_not_shown_again(store, make_window, qtbot):
    window = make_window()
    dialog = window.start_first_run_if_needed()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert load_profile().is_empty()
    # Skipped, the first steps still come next (the profile is the first of them).
    qtbot.waitUntil(lambda: window.getting_started is not None)
    assert window.getting_started.isVisible()
    assert "No care record profile yet" in window.profile_strip.summary.text()
    window.close()
    assert make_window().start_first_run_if_needed() is None


def test_first_start_is_not_shown_for_a_filled_record(demo_store, make_window):
    assert make_window(demo=True).start_first_run_if_needed() is None


def test_edit_from_the_window_and_cancel_keeps_the_old_profile(store, make_window, qtbot):
    save_profile(ProfileData(patient_name="Before"))
    window = make_window()
    window.refresh_profile()
    qtbot.mouseClick(window.profile_strip.edit_button, Qt.MouseButton.LeftButton)
    dialog = window.profile_dialog
    assert dialog.ui.patientNameEdit.text() == "Before"
    _type(qtbot, dialog.ui.patientNameEdit, "After")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert load_profile().patient_name == "Before"
    assert window.getting_started is None  # only the first start opens the first steps
    window.actions_by_name["editProfile"].trigger()
    dialog = window.profile_dialog
    _type(qtbot, dialog.ui.patientNameEdit, "After")
    qtbot.keyClick(dialog.ui.patientNameEdit, Qt.Key.Key_Return)
    assert load_profile().patient_name == "After"
    assert "After" in window.profile_strip.summary.text()


def test_dates_cannot_be_in_the_future_or_out_of_order(store, qtbot):
    dialog = ProfileDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    type_date(qtbot, dialog.ui.dateOfBirthEdit, date.today() + timedelta(days=30))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "future" in dialog.error_label.text()
    assert load_profile().is_empty()
    type_date(qtbot, dialog.ui.dateOfBirthEdit, date(1990, 1, 1))
    type_date(qtbot, dialog.ui.diagnosisDateEdit, date(1980, 1, 1))
    _type(qtbot, dialog.ui.patientNameEdit, "Typed, not lost")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert "before the date of birth" in dialog.error_label.text()
    edit = dialog.ui.diagnosisDateEdit
    assert dialog.focusWidget() in (edit, edit.findChild(QLineEdit))
    assert dialog.ui.patientNameEdit.text() == "Typed, not lost"
    assert load_profile().is_empty()


def test_a_failed_save_says_so_and_keeps_what_was_typed(store, qtbot):
    dialog = ProfileDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.ui.patientNameEdit, "Kept")
    store.close()  # as if the disk went away
    store.init(":memory:")  # a database without the tables: saving fails
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "could not be saved" in dialog.error_label.text()
    assert dialog.ui.patientNameEdit.text() == "Kept"


def test_form_tab_order_and_accessible_names(store, qtbot):
    dialog = ProfileDialog(first_run=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    expected = [
        ui.patientNameEdit,
        ui.dateOfBirthEdit,
        ui.diagnosisEdit,
        ui.diagnosisDateEdit,
        ui.allergiesEdit,
        ui.advanceDirectiveEdit,
        ui.pharmacyEdit,
        ui.homeZoneCombo,
        ui.caregiverNameEdit,
        ui.caregiverPhoneEdit,
    ]
    # Tab walks the fields in order, into each date field and out again.
    dialog.activateWindow()
    ui.patientNameEdit.setFocus()
    reached = [ui.patientNameEdit]
    for _ in expected[1:]:
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        focused = dialog.focusWidget()
        reached.append(next(w for w in expected if w is focused or w.isAncestorOf(focused)))
    assert reached == expected
    for widget in [*expected, dialog.save_button, dialog.cancel_button]:
        assert widget.accessibleName(), widget.objectName()
