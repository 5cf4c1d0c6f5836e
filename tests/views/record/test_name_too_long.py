"""A letter pasted into a name field is refused there with a sentence, and kept as pasted.

A name is printed on every page of the visit summary and atop the "Who to call" sheet:
a patient's name of 5,000 characters was saved, and then neither printout could be made
(the summary failed with a layout error, the sheet too). Names now have at most 200
characters; longer is refused where it was typed, never cut.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from caregiver_app.store.diary.medicines import list_medicines
from caregiver_app.store.name_length import LONGEST_NAME
from caregiver_app.store.queries import load_profile
from caregiver_app.views.record.profile_dialog import ProfileDialog
from tests.helpers.keys import retype
from tests.views.diary.test_medicine_schedule_typing import _click, _new_medicine

LETTER = "".join(f"Sentence {n} of the discharge letter. " for n in range(150))  # 5,000-odd


def _paste(qtbot, field, text: str) -> None:
    """Select all in ``field`` and paste ``text`` over it, as Ctrl+A, Ctrl+V."""
    QApplication.clipboard().setText(text)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == text  # the whole letter is in the box, as pasted


@pytest.mark.parametrize("field_name", ["patientNameEdit", "caregiverNameEdit"])
def test_a_letter_pasted_as_a_name_is_refused_at_the_field(store, qtbot, field_name):
    dialog = ProfileDialog(first_run=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    retype(qtbot, dialog.ui.patientNameEdit, "Rosa Delgado")
    field = getattr(dialog.ui, field_name)
    _paste(qtbot, field, LETTER)

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert dialog.error_label.text() == (
        f"A name can have at most 200 characters; this one has {len(LETTER.strip())}. "
        "Please shorten it."
    )
    assert dialog.focusWidget() is field
    assert field.text() == LETTER  # kept whole, to shorten
    assert load_profile().is_empty()  # nothing saved


def test_a_name_of_the_longest_length_is_saved_whole(store, qtbot):
    dialog = ProfileDialog(first_run=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    name = ("Rosa María " * 20)[:LONGEST_NAME]
    _paste(qtbot, dialog.ui.patientNameEdit, name)

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert load_profile().patient_name == name.strip()


def test_a_letter_pasted_as_a_medicine_name_is_refused_at_the_field(store, make_window, qtbot):
    _window, _panel, dialog = _new_medicine(make_window, qtbot, "x")
    _paste(qtbot, dialog.ui.nameEdit, LETTER)

    _click(qtbot, dialog.save_button)

    assert dialog.isVisible()
    assert "at most 200 characters" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.ui.nameEdit
    assert dialog.ui.nameEdit.text() == LETTER
    assert list_medicines() == []


def test_a_long_list_pasted_into_a_one_line_box_is_kept_whole(store, qtbot):
    # Qt's one-line boxes cut a paste at 32,767 characters without a word; a hospital's
    # allergy list pasted in must be kept as pasted (the printouts print it whole).
    allergies = "".join(f"Allergy {n}: rash and swelling; " for n in range(1500))
    assert len(allergies) > 40_000
    dialog = ProfileDialog(first_run=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    retype(qtbot, dialog.ui.patientNameEdit, "Rosa Delgado")
    _paste(qtbot, dialog.ui.allergiesEdit, allergies)

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert load_profile().allergies == allergies.strip()
