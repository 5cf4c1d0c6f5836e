"""The profile form's home time zone, typed as a person does: empty until chosen (a record
from before is not given one behind the family's back), this computer's zone offered first,
a name typed into the searchable list, and a name that is not a zone refused at its field."""

from __future__ import annotations

from PySide6.QtCore import Qt

from caregiver_app.store.calendar import time_zones
from caregiver_app.store.queries import load_profile
from caregiver_app.views.record.profile_dialog import ProfileDialog
from tests.helpers.time_zone import LOS_ANGELES, NEW_YORK, local_time_zone


def _open(qtbot) -> ProfileDialog:
    dialog = ProfileDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def _type_zone(qtbot, dialog: ProfileDialog, text: str) -> None:
    combo = dialog.ui.homeZoneCombo
    combo.setFocus()
    qtbot.keyClicks(combo.lineEdit(), text)
    popup = combo.completer().popup()
    if popup.isVisible():  # the list's suggestions close
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Tab)


def _save(qtbot, dialog: ProfileDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_while_none_is_set_the_form_says_so_and_saving_does_not_set_one(store, qtbot):
    with local_time_zone(LOS_ANGELES):
        dialog = _open(qtbot)
        combo = dialog.ui.homeZoneCombo
        assert combo.currentText() == "" and combo.lineEdit().placeholderText() == "Not set"
        assert dialog.ui.homeZoneHint.text() == (
            "Not set yet: each computer uses its own time zone. Choose the zone where the "
            "person you care for lives; this computer's is America/Los_Angeles."
        )
        assert combo.accessibleName() == "Home time zone"
        qtbot.keyClicks(dialog.ui.patientNameEdit, "Rosa")
        _save(qtbot, dialog)
        assert not dialog.isVisible()
        assert (load_profile().patient_name, load_profile().home_time_zone) == ("Rosa", "")


def test_the_zone_typed_is_saved_and_becomes_the_clock(store, qtbot):
    with local_time_zone(LOS_ANGELES):
        dialog = _open(qtbot)
        _type_zone(qtbot, dialog, NEW_YORK)
        assert dialog.ui.homeZoneHint.text() == (
            "Every time in the record is read as New York time. This computer is set to "
            "Los Angeles time."
        )
        _save(qtbot, dialog)
        assert not dialog.isVisible()
        assert load_profile().home_time_zone == NEW_YORK
        assert time_zones.home_zone_name() == NEW_YORK


def test_this_computers_zone_is_the_first_choice_of_the_list(store, qtbot):
    with local_time_zone(LOS_ANGELES):
        dialog = _open(qtbot)
        combo = dialog.ui.homeZoneCombo
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentText() == LOS_ANGELES
        assert "on each of the family's computers" in dialog.ui.homeZoneHint.text()
        _save(qtbot, dialog)
        assert load_profile().home_time_zone == LOS_ANGELES


def test_a_name_that_is_not_a_zone_is_refused_at_its_field_and_kept_as_typed(store, qtbot):
    dialog = _open(qtbot)
    _type_zone(qtbot, dialog, "New York")
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert "“New York” is not a time zone this computer knows" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.ui.homeZoneCombo
    assert dialog.ui.homeZoneCombo.currentText() == "New York"
    assert load_profile().home_time_zone == ""
