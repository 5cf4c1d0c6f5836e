"""The profile's other caregivers, typed one name a line, and offered as who gave a dose."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from caregiver_app.store.queries import ProfileData, load_profile, save_profile
from caregiver_app.views.record.profile_dialog import ProfileDialog
from tests.helpers.typed_text import type_text


def _open(qtbot) -> ProfileDialog:
    dialog = ProfileDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def test_other_caregivers_are_typed_one_a_line_and_kept(store, qtbot):
    dialog = _open(qtbot)
    ui = dialog.ui
    ui.caregiverPhoneEdit.setFocus()
    qtbot.keyClick(ui.caregiverPhoneEdit, Qt.Key.Key_Tab)  # Tab on from the phone
    assert dialog.focusWidget() is ui.otherCaregiversEdit
    qtbot.keyClicks(ui.otherCaregiversEdit, "Lucia Delgado")
    qtbot.keyClick(ui.otherCaregiversEdit, Qt.Key.Key_Return)
    qtbot.keyClicks(ui.otherCaregiversEdit, "Marco (weekends)")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    profile = load_profile()
    assert profile.other_caregivers == "Lucia Delgado\nMarco (weekends)"
    assert profile.caregivers() == ["Lucia Delgado", "Marco (weekends)"]


def test_the_saved_names_are_shown_again_and_kept_when_saved_unchanged(store, qtbot):
    save_profile(ProfileData(caregiver_name="Laura", other_caregivers="Lucia\nMarco"))
    dialog = _open(qtbot)
    assert dialog.ui.otherCaregiversEdit.toPlainText() == "Lucia\nMarco"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert load_profile().caregivers() == ["Laura", "Lucia", "Marco"]


def test_the_field_is_named_for_screen_readers(store, qtbot):
    dialog = _open(qtbot)
    assert dialog.ui.otherCaregiversEdit.accessibleName() == "Other caregivers"
    assert dialog.ui.otherCaregiversLabel.buddy() is dialog.ui.otherCaregiversEdit


def test_a_name_pasted_with_combining_accents_is_offered_once(store, qtbot):
    dialog = _open(qtbot)
    ui = dialog.ui
    ui.caregiverNameEdit.setFocus()
    type_text(qtbot, ui.caregiverNameEdit, "José Núñez")  # accented keys: one character each
    # The same name copied from a message that writes "é" as "e" and a combining accent.
    QApplication.clipboard().setText(unicodedata.normalize("NFD", "José Núñez") + "\nMarco")
    ui.otherCaregiversEdit.setFocus()
    qtbot.keyClick(ui.otherCaregiversEdit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert load_profile().caregivers() == ["José Núñez", "Marco"]
