"""The diary's forms at 200% text on a small screen: read top to bottom, never sideways."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QScrollArea

from caregiver_app.store.diary.doses import DoseRecord, doses_between, save_dose
from caregiver_app.store.diary.entries import entries_between
from caregiver_app.store.diary.medicines import MedicineRecord, list_medicines, save_medicine
from caregiver_app.store.medication.schedules import AsNeededRules, save_rules
from tests.helpers.large_text import no_sideways_scroll, shown_active, window_at

LEFT = Qt.MouseButton.LeftButton


def _window_at_200(make_window, qtbot):
    return window_at(make_window, qtbot, tab="diary_tab")


def _shown(qtbot, dialog):
    shown_active(qtbot, dialog)
    no_sideways_scroll(qtbot, dialog)
    return dialog


def test_the_medicine_form_scrolls_only_down_at_200_percent(store, make_window, qtbot):
    panel = _window_at_200(make_window, qtbot).diary_tab.medicines
    qtbot.mouseClick(panel.add_button, LEFT)
    dialog = _shown(qtbot, panel.dialog)
    ui = dialog.ui
    # The explanation is a wrapped line under the box, not part of the box's text.
    assert ui.asNeededCheck.text() == "Taken &as needed"
    assert ui.asNeededNote.text() == "A breakthrough or PRN medicine."
    assert ui.asNeededNote.wordWrap()
    assert ui.asNeededNote.geometry().top() >= ui.asNeededCheck.geometry().bottom()

    qtbot.keyClicks(ui.nameEdit, "Morphine oral solution")
    # Its underlined key, pressed in the window as a person does.
    qtbot.keyClick(dialog.windowHandle(), Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(ui.asNeededCheck.isChecked)
    qtbot.mouseClick(dialog.save_button, LEFT)
    [saved] = list_medicines()
    assert saved.name == "Morphine oral solution" and saved.as_needed


def test_the_diary_entry_form_scrolls_only_down_at_200_percent(store, make_window, qtbot):
    tab = _window_at_200(make_window, qtbot).diary_tab
    qtbot.mouseClick(tab.new_button, LEFT)
    dialog = _shown(qtbot, tab.entry_dialog)
    ui = dialog.ui
    # Group box titles and check box text never wrap: the long part is a wrapped line.
    assert ui.scoresGroup.title() == "How does the person feel now?"
    assert ui.scoresNote.text() == 'Choose 0 to 10 for each, or leave "not rated".'
    assert ui.trackersGroup.title() == "Other symptoms you follow"
    assert ui.forTeamCheck.text() == "Mark this note for the care team"
    assert ui.forTeamNote.text() == "It goes on the visit summary."
    assert ui.forTeamNote.geometry().top() >= ui.forTeamCheck.geometry().bottom()
    # The longest score name wraps rather than push the form sideways.
    assert ui.wellbeingLabel.height() > ui.wellbeingLabel.fontMetrics().lineSpacing() * 3 // 2
    # The measurements sit one under another when two to a row do not fit.
    assert ui.oxygenSaturationPair.y() > ui.temperaturePair.y()

    qtbot.waitUntil(ui.painSpin.hasFocus)  # the form starts at Pain
    qtbot.wait(1)  # the score box selects its "not rated" as focus arrives
    qtbot.keyClicks(dialog.focusWidget(), "7")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(ui.noteEdit, "Slept through the night")
    dialog.findChild(QScrollArea).ensureWidgetVisible(ui.forTeamCheck)
    # On the box, at its left, where a person clicks.
    qtbot.mouseClick(ui.forTeamCheck, LEFT, pos=QPoint(6, ui.forTeamCheck.height() // 2))
    assert ui.forTeamCheck.isChecked()
    qtbot.mouseClick(dialog.save_button, LEFT)
    (entry,) = entries_between(None, None)
    assert entry.scores["pain"] == 7
    assert entry.note == "Slept through the night" and entry.for_team


def test_the_breakthrough_dose_form_scrolls_only_down_at_200_percent(store, make_window, qtbot):
    medicine_id = save_medicine(MedicineRecord(name="Morphine oral solution", as_needed=True))
    save_rules(medicine_id, AsNeededRules("Breakthrough pain", 240, 3))
    earlier = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=1)
    save_dose(DoseRecord(medicine_id, earlier, dose="5 mg"))  # the limits take many lines
    panel = _window_at_200(make_window, qtbot).diary_tab.doses
    qtbot.mouseClick(panel.add_button, LEFT)
    dialog = _shown(qtbot, panel.dialog)
    ui = dialog.ui
    # The date and time are shown whole: the row goes under its label instead.
    assert ui.givenAtEdit.width() >= ui.givenAtEdit.sizeHint().width()
    assert ui.givenAtEdit.y() > ui.givenAtLabel.y()

    qtbot.keyClicks(ui.doseEdit, "5 mg (2.5 mL)")
    qtbot.mouseClick(dialog.save_button, LEFT)
    saved = doses_between(None, None)
    assert [dose.dose for dose in saved] == ["5 mg", "5 mg (2.5 mL)"]
