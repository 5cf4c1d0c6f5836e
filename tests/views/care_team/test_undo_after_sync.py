"""Undo of a contact's deletion after another computer's later edit brought the contact back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from caregiver_app.store.contacts import ContactRecord, list_contacts, save_contact
from caregiver_app.store.sync.changes import local_changes
from caregiver_app.store.sync.devices import become_device
from tests.helpers.other_computer import toms_edit


def test_undo_neither_doubles_nor_crashes_on_a_contact_back_from_another_computer(
    store, make_window, qtbot
):
    okafor = save_contact(ContactRecord(name="Dr. Amara Okafor", phones=[("main", "555-0101")]))
    save_contact(ContactRecord(name="Dr. Lee", phones=[("main", "555-0102")]))
    become_device("Laura's laptop")
    [shared] = [
        c for _, c in local_changes(0) if c.table == "contact" and "Okafor" in str(c.values)
    ]
    window = make_window()
    tab = window.care_team_tab
    window.tabs.setCurrentWidget(tab)
    window.show()
    qtbot.waitExposed(window)
    tab.select_contact(okafor)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    delete = next(b for b in tab.delete_box.findChildren(QPushButton) if b.text() == "Delete")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    # Tom, not yet told, gives Dr. Okafor's new title; the family folder brings it in.
    toms_edit(shared, name="Prof. Amara Okafor")
    window.signals.contacts_changed.emit()
    window.actions_by_name["undo"].trigger()
    assert sorted(c.name for c in list_contacts()) == ["Dr. Lee", "Prof. Amara Okafor"]
    assert window.undo_failed_box.text().startswith("Delete Dr. Amara Okafor: cannot be undone")
