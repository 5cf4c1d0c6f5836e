"""Call first moved from one contact to another with the contact form.

Ticking "Call first" on a second person used to leave the first one marked too, and
Today, the alerts and the medicine chart went on naming the first by alphabetical
order: the family's new choice was shown nowhere that mattered.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from caregiver_app.store.contacts import ContactRecord, list_contacts, save_contact


def _today_call_first(window) -> str:
    window.tabs.setCurrentWidget(window.today_tab)
    labels = window.today_tab.findChildren(QLabel)
    return next(label.text() for label in labels if "Call first for symptoms" in label.text())


def _tick_call_first(qtbot, dialog) -> None:
    check = dialog.ui.callFirstCheck
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Space)


def test_ticking_call_first_on_another_contact_moves_it_there(store, make_window, qtbot):
    save_contact(ContactRecord(name="Ann Adams", phones=[("main", "555-0101")], call_first=True))
    bob = save_contact(ContactRecord(name="Bob Brown", phones=[("main", "555-0102")]))
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    assert _today_call_first(window).startswith("Call first for symptoms: Ann Adams")
    tab = window.care_team_tab
    window.tabs.setCurrentWidget(tab)
    tab.select_contact(bob)
    dialog = tab.edit_selected()
    qtbot.waitExposed(dialog)
    assert "Ann Adams" not in dialog.ui.callFirstNote.text()

    _tick_call_first(qtbot, dialog)
    # The form says, before saving, whom the mark is taken from.
    assert "Saving takes this mark from Ann Adams" in dialog.ui.callFirstNote.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert [(c.name, c.call_first) for c in list_contacts()] == [
        ("Ann Adams", False),
        ("Bob Brown", True),
    ]
    assert _today_call_first(window).startswith("Call first for symptoms: Bob Brown")


def test_editing_the_call_first_contact_leaves_the_others_alone(store, make_window, qtbot):
    # Two marked at once (a merged contacts file can do this): saving one of them as it
    # was takes nothing from the other.
    ann = save_contact(ContactRecord(name="Ann Adams", call_first=True))
    save_contact(ContactRecord(name="Bob Brown", call_first=True))
    tab = make_window().care_team_tab
    tab.select_contact(ann)
    dialog = tab.edit_selected()
    assert dialog.ui.callFirstNote.text() == "Symptom alerts point to this person first."
    qtbot.keyClicks(dialog.ui.notesEdit, "Mornings")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [(c.name, c.call_first) for c in list_contacts()] == [
        ("Ann Adams", True),
        ("Bob Brown", True),
    ]


def test_undoing_a_delete_leaves_the_mark_with_the_person_chosen_since(store, make_window, qtbot):
    ann = save_contact(ContactRecord(name="Ann Adams", call_first=True))
    bob = save_contact(ContactRecord(name="Bob Brown", phones=[("main", "555-0102")]))
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    tab = window.care_team_tab
    window.tabs.setCurrentWidget(tab)
    tab.select_contact(ann)
    box = tab.delete_selected()
    delete = next(button for button in box.buttons() if button.text() == "Delete")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    tab.select_contact(bob)
    dialog = tab.edit_selected()
    _tick_call_first(qtbot, dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    window.actions_by_name["undo"].trigger()  # Ann back

    assert [(c.name, c.call_first) for c in list_contacts()] == [
        ("Ann Adams", False),
        ("Bob Brown", True),
    ]
    assert _today_call_first(window).startswith("Call first for symptoms: Bob Brown")


def test_undoing_a_delete_gives_the_mark_back_when_no_one_took_it(store, make_window, qtbot):
    ann = save_contact(ContactRecord(name="Ann Adams", call_first=True))
    window = make_window()
    tab = window.care_team_tab
    tab.select_contact(ann)
    box = tab.delete_selected()
    delete = next(button for button in box.buttons() if button.text() == "Delete")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert list_contacts() == []
    window.actions_by_name["undo"].trigger()
    assert [(c.name, c.call_first) for c in list_contacts()] == [("Ann Adams", True)]
