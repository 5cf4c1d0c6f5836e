"""The contact form at 200% text on a small screen: read top to bottom, never sideways."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from caregiver_app.store.contacts import list_contacts

LEFT = Qt.MouseButton.LeftButton


def test_the_form_scrolls_only_down_at_200_percent(store, make_window, qtbot):
    window = make_window()
    window.tabs.setCurrentWidget(window.care_team_tab)
    window.show()
    qtbot.waitExposed(window)
    for _ in range(10):  # View > Larger text, up to 200%
        window.actions_by_name["textLarger"].trigger()
    assert window.text_scale.percent == 200
    tab = window.care_team_tab
    qtbot.mouseClick(tab.add_button, LEFT)
    dialog = tab.contact_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    scroll = dialog.findChild(QScrollArea)
    qtbot.waitUntil(lambda: scroll.widget().width() <= scroll.viewport().width())
    assert scroll.horizontalScrollBar().maximum() == 0  # nothing cut off at the right
    ui = dialog.ui
    # The long explanation is a wrapped line under the box, not part of the box's text.
    assert ui.callFirstCheck.text() == "Call &first for symptoms"
    assert ui.callFirstNote.text() == "Symptom alerts point to this person first."
    assert ui.callFirstNote.wordWrap()
    assert ui.callFirstNote.geometry().top() >= ui.callFirstCheck.geometry().bottom()

    qtbot.keyClicks(ui.nameEdit, "Grace Lindqvist, RN")
    # Its underlined key, pressed in the window as a person does.
    qtbot.keyClick(dialog.windowHandle(), Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(ui.callFirstCheck.isChecked)
    qtbot.mouseClick(dialog.save_button, LEFT)
    [saved] = list_contacts()
    assert saved.name == "Grace Lindqvist, RN" and saved.call_first
