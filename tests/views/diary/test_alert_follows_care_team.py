"""The alert names whom to call as the care team stands now, not as it stood at Save.

Before, the banner kept naming a call-first contact (and number) after the family had
deleted that contact in the Care team tab.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from caregiver_app.store.contacts import ContactRecord, save_contact
from tests.helpers.keys import retype

LEFT = Qt.MouseButton.LeftButton


def test_the_alert_stops_naming_a_deleted_call_first_contact(store, make_window, qtbot):
    grace = save_contact(
        ContactRecord(name="Grace Lindqvist, RN", call_first=True, phones=[("main", "555-0111")])
    )
    window = make_window()
    tab = window.diary_tab
    tab.clock = lambda: datetime(2026, 12, 2, 10, 0)  # a Wednesday morning: office hours
    dialog = tab.new_entry()
    qtbot.waitExposed(dialog)
    retype(qtbot, dialog.ui.painSpin, "8")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert "Grace Lindqvist, RN 555-0111" in tab.alert_banner.text()

    team = window.care_team_tab
    team.select_contact(grace)
    qtbot.mouseClick(team.delete_button, LEFT)
    delete = next(b for b in team.delete_box.findChildren(QPushButton) if b.text() == "Delete")
    qtbot.mouseClick(delete, LEFT)

    text = tab.alert_banner.text()
    assert "Pain is 8, in the severe band (7 to 10)." in text
    assert "Grace" not in text and "555-0111" not in text
    assert "No one is marked to call first for symptoms yet" in text

    window.undo_stack.undo()  # Edit > Undo brings her back, and the banner names her again
    assert "Grace Lindqvist, RN 555-0111" in tab.alert_banner.text()


def test_a_dismissed_alert_stays_dismissed_when_the_team_changes(store, make_window, qtbot):
    save_contact(ContactRecord(name="Grace Lindqvist, RN", call_first=True))
    window = make_window()
    tab = window.diary_tab
    dialog = tab.new_entry()
    qtbot.waitExposed(dialog)
    retype(qtbot, dialog.ui.painSpin, "9")
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.mouseClick(tab.dismiss_alert, LEFT)
    save_contact(ContactRecord(name="Dr. Lee", call_first=True), take_call_first=True)
    window.signals.contacts_changed.emit()
    assert tab.alert_panel.isHidden()
