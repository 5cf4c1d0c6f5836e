"""The contact form's choices made with the keyboard: the role and each phone number's kind."""

from __future__ import annotations

from PySide6.QtCore import Qt

from caregiver_app.store.contacts import ContactRecord, get_contact, list_contacts, save_contact
from tests.helpers.keys import retype, wheel_changes_only

LEFT = Qt.MouseButton.LeftButton


def _tab(make_window, qtbot):
    window = make_window()
    window.tabs.setCurrentWidget(window.care_team_tab)
    window.show()
    qtbot.waitExposed(window)
    return window.care_team_tab


def _shown(qtbot, dialog):
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # the keys go where the focus is
    return dialog


def _add(qtbot, tab):
    qtbot.mouseClick(tab.add_button, LEFT)
    return _shown(qtbot, tab.contact_dialog)


def _tab_to(qtbot, dialog, widget) -> None:
    """Press Tab until ``widget`` has the keyboard, as a person moving down the form."""
    for _ in range(40):
        if dialog.focusWidget() is widget:
            return
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reaches {widget.accessibleName()}")


def test_role_and_phone_kinds_chosen_by_keyboard(store, make_window, qtbot):
    tab = _tab(make_window, qtbot)
    dialog = _add(qtbot, tab)
    ui = dialog.ui
    assert dialog.focusWidget() is ui.nameEdit
    qtbot.keyClicks(ui.nameEdit, "Grace Lindqvist, RN")
    qtbot.keyClick(ui.nameEdit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is ui.roleCombo and ui.roleCombo.currentText() == ""
    qtbot.keyClick(ui.roleCombo, Qt.Key.Key_Down)  # the first offered role
    qtbot.keyClick(ui.roleCombo, Qt.Key.Key_Down)  # the second: nurse navigator
    assert ui.roleCombo.currentText() == "Nurse navigator"
    assert "main link to the team" in ui.roleExplanation.text()
    first = dialog.phone_rows[0]
    _tab_to(qtbot, dialog, first.number)
    qtbot.keyClicks(first.number, "555-0112")
    qtbot.keyClick(first.number, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is first.kind
    qtbot.keyClick(first.kind, Qt.Key.Key_Down)  # main -> mobile
    _tab_to(qtbot, dialog, ui.addPhoneButton)
    qtbot.keyClick(ui.addPhoneButton, Qt.Key.Key_Space)
    second = dialog.phone_rows[1]
    assert dialog.focusWidget() is second.number
    qtbot.keyClicks(second.number, "555-0111")
    qtbot.keyClick(second.number, Qt.Key.Key_Tab)
    qtbot.keyClicks(second.kind, "after")  # found by its first letters
    _tab_to(qtbot, dialog, ui.callFirstCheck)
    qtbot.keyClick(ui.callFirstCheck, Qt.Key.Key_Space)
    qtbot.keyClick(ui.callFirstCheck, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is ui.emergencyCheck
    qtbot.keyClick(ui.emergencyCheck, Qt.Key.Key_Space)
    qtbot.keyClick(ui.emergencyCheck, Qt.Key.Key_Return)  # Enter saves
    assert not dialog.isVisible()
    (saved,) = list_contacts()
    assert (saved.name, saved.role) == ("Grace Lindqvist, RN", "nurse navigator")
    assert saved.phones == [("mobile", "555-0112"), ("after_hours", "555-0111")]
    assert saved.call_first and saved.emergency_contact


def test_a_role_typed_is_completed_or_kept_as_typed(store, make_window, qtbot):
    tab = _tab(make_window, qtbot)
    dialog = _add(qtbot, tab)
    ui = dialog.ui
    qtbot.keyClicks(ui.nameEdit, "Ben Adeyemi")
    retype(qtbot, ui.roleCombo.lineEdit(), "pharm")  # offered roles complete as typed
    assert ui.roleCombo.currentText() == "pharmacist"  # completed, in the case typed
    qtbot.keyClick(ui.roleCombo, Qt.Key.Key_Return)  # takes the completion
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    assert list_contacts()[0].role == "pharmacist"
    dialog = _add(qtbot, tab)
    qtbot.keyClicks(dialog.ui.nameEdit, "Sam")
    retype(qtbot, dialog.ui.roleCombo.lineEdit(), "Neighbour who drives")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert {c.name: c.role for c in list_contacts()}["Sam"] == "Neighbour who drives"


def test_editing_changes_the_role_and_a_kind_by_keyboard(store, make_window, qtbot):
    contact_id = save_contact(
        ContactRecord(
            name="Dr. Hiroshi Tanaka",
            role="oncologist",
            phones=[("main", "555-0147"), ("fax", "555-0148")],
        )
    )
    tab = _tab(make_window, qtbot)
    tab.select_contact(contact_id)
    qtbot.mouseClick(tab.edit_button, LEFT)
    dialog = _shown(qtbot, tab.contact_dialog)
    ui = dialog.ui
    assert ui.roleCombo.currentText() == "Oncologist"
    ui.roleCombo.setFocus()
    for _ in range(ui.roleCombo.currentIndex()):  # up to the first: palliative care physician
        qtbot.keyClick(ui.roleCombo, Qt.Key.Key_Up)
    assert ui.roleCombo.currentIndex() == 0
    fax = dialog.phone_rows[1]
    fax.kind.setFocus()
    qtbot.keyClick(fax.kind, Qt.Key.Key_Up)  # fax -> after hours
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    saved = get_contact(contact_id)
    assert saved.role == "palliative care physician"
    assert saved.phones == [("main", "555-0147"), ("after_hours", "555-0148")]


def test_the_wheel_changes_only_the_choice_being_made(store, make_window, qtbot):
    contact_id = save_contact(
        ContactRecord(name="Ana", role="nurse", phones=[("main", "1"), ("mobile", "2")])
    )
    tab = _tab(make_window, qtbot)
    tab.select_contact(contact_id)
    qtbot.mouseClick(tab.edit_button, LEFT)
    dialog = _shown(qtbot, tab.contact_dialog)
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Tab)
    names = wheel_changes_only(dialog, dialog.ui.roleCombo)
    assert len(names) == 3  # the role and the two kinds of phone number
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert get_contact(contact_id).phones == [("main", "1"), ("mobile", "2")]
