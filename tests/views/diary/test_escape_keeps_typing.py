"""Escape in a form with typing not yet saved asks first; keeping is the default."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from caregiver_app.store.calendar.appointments import list_appointments
from caregiver_app.store.diary.entries import count_entries, entries_between
from tests.helpers.keys import retype
from tests.helpers.large_text import shown_active


def _question(qtbot, dialog) -> QMessageBox:
    qtbot.waitUntil(lambda: dialog.discard_box is not None and dialog.discard_box.isVisible())
    return dialog.discard_box


def test_escape_after_typing_an_entry_keeps_it_until_the_family_says_to_lose_it(
    store, make_window, qtbot
):
    dialog = shown_active(qtbot, make_window().diary_tab.new_entry())
    retype(qtbot, dialog.ui.painSpin, "7")
    dialog.ui.noteEdit.setFocus()
    qtbot.keyClicks(dialog.ui.noteEdit, "Pain woke him at 3, the patch was changed.")
    qtbot.keyClick(dialog.ui.noteEdit, Qt.Key.Key_Escape)
    box = _question(qtbot, dialog)
    assert dialog.isVisible()  # it closed, and the scores and the note were gone
    assert box.text().startswith("What you typed in this form has not been saved.")
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # a second Escape keeps the form
    qtbot.waitUntil(lambda: dialog.discard_box is None)
    assert dialog.isVisible()
    assert dialog.ui.noteEdit.toPlainText() == "Pain woke him at 3, the patch was changed."
    assert dialog.ui.painSpin.value() == 7
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (entry,) = entries_between(None, None)
    assert (entry.scores["pain"], entry.note) == (7, "Pain woke him at 3, the patch was changed.")


def test_close_without_saving_closes_and_saves_nothing(store, make_window, qtbot):
    dialog = shown_active(qtbot, make_window().diary_tab.new_entry())
    retype(qtbot, dialog.ui.painSpin, "4")
    qtbot.keyClick(dialog.ui.painSpin, Qt.Key.Key_Escape)
    box = _question(qtbot, dialog)
    discard = next(b for b in box.buttons() if b.text() == "Close without saving")
    qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and count_entries() == 0


def test_escape_on_a_form_nothing_was_typed_in_closes_it_at_once(store, make_window, qtbot):
    tab = make_window().diary_tab
    dialog = shown_active(qtbot, tab.new_entry())
    dialog.add_tracker_row("Cough")  # a new row, "not rated": nothing typed
    qtbot.keyClick(dialog.ui.painSpin, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.discard_box is None


def test_escape_after_typing_an_appointment_asks_first(store, make_window, qtbot):
    dialog = shown_active(qtbot, make_window().calendar_tab.new_appointment())
    retype(qtbot, dialog.ui.titleEdit, "Palliative care clinic")
    qtbot.keyClick(dialog.ui.titleEdit, Qt.Key.Key_Escape)
    _question(qtbot, dialog)
    assert dialog.isVisible() and dialog.ui.titleEdit.text() == "Palliative care clinic"
    assert list_appointments() == []


def test_a_person_ticked_for_a_visit_is_typing_too(store, make_window, qtbot):
    from caregiver_app.store.contacts import ContactRecord, save_contact

    save_contact(ContactRecord(name="Dr. Amara Okafor", role="palliative_care_physician"))
    dialog = shown_active(qtbot, make_window().calendar_tab.new_appointment())
    listing = dialog.ui.participantsList
    listing.setFocus()
    qtbot.keyClick(listing, Qt.Key.Key_Home)
    qtbot.keyClick(listing, Qt.Key.Key_Space)
    assert listing.item(0).checkState() == Qt.CheckState.Checked
    qtbot.keyClick(listing, Qt.Key.Key_Escape)
    _question(qtbot, dialog)
    assert dialog.isVisible()
