"""The Care team tab through its real widgets: add, edit, search, delete, undo, copy, open."""

import itertools
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from caregiver_app.store.contacts import ContactRecord, get_contact, list_contacts, save_contact


def _type(qtbot, widget, text):
    widget.setFocus()
    if hasattr(widget, "selectAll"):
        widget.selectAll()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            widget.insert(char)


def _names_under(tree, group_title):
    for index in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(index)
        if group.text(0) == group_title:
            return [
                group.child(i).text(0)
                for i in range(group.childCount())
                if group.child(i).data(0, Qt.ItemDataRole.UserRole) is not None
            ]
    return None


def _groups(tree):
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_add_a_contact_through_the_form(store, make_window, qtbot):
    window = make_window()
    tab = window.care_team_tab
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.contact_dialog
    ui = dialog.ui
    _type(qtbot, ui.nameEdit, "Grace Lindqvist, RN")
    ui.roleCombo.setCurrentIndex(ui.roleCombo.findData("nurse navigator"))
    assert "main link to the team" in ui.roleExplanation.text()
    _type(qtbot, ui.organisationEdit, "Riverside Clinic")
    _type(qtbot, dialog.phone_rows[0].number, "555-0112")
    qtbot.mouseClick(ui.addPhoneButton, Qt.MouseButton.LeftButton)
    second = dialog.phone_rows[1]
    _type(qtbot, second.number, "555-0111")
    second.kind.setCurrentIndex(second.kind.findData("after_hours"))
    _type(qtbot, ui.callAboutEdit, "New or worse symptoms")
    ui.callFirstCheck.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    (saved,) = list_contacts()
    assert saved.name == "Grace Lindqvist, RN"
    assert saved.role == "nurse navigator"
    assert saved.phones == [("main", "555-0112"), ("after_hours", "555-0111")]
    assert saved.call_first
    assert _groups(tab.tree) == [
        "Call first for symptoms",
        "After-hours and 24-hour lines",
        "Nurse navigator",
    ]
    assert _names_under(tab.tree, "Call first for symptoms") == ["Grace Lindqvist, RN"]
    # The new contact is selected and shown in full on the right.
    assert tab.detail.record.id == saved.id


def test_free_text_role_and_validation_at_the_field(store, make_window, qtbot):
    window = make_window()
    tab = window.care_team_tab
    dialog = tab.add_contact()
    ui = dialog.ui
    ui.roleCombo.setEditText("Neighbour who drives")
    _type(qtbot, ui.emailEdit, "grace at clinic")
    _type(qtbot, ui.videoLinkEdit, "not a link at all")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert ui.nameError.isVisible() and "name" in ui.nameError.text()
    assert ui.emailError.isVisible() and "email address" in ui.emailError.text()
    assert ui.videoLinkError.isVisible()
    assert list_contacts() == []
    _type(qtbot, ui.nameEdit, "Sam")
    _type(qtbot, ui.emailEdit, "sam@example.org")
    _type(qtbot, ui.videoLinkEdit, "zoom.us/j/123456")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    (saved,) = list_contacts()
    assert saved.role == "Neighbour who drives"
    assert saved.video_link == "https://zoom.us/j/123456"
    assert "Neighbour who drives" in _groups(tab.tree)


def test_edit_keeps_phones_as_typed(store, make_window, qtbot):
    contact_id = save_contact(
        ContactRecord(name="Ben Adeyemi", role="pharmacist", phones=[("main", "555-0147")])
    )
    window = make_window()
    tab = window.care_team_tab
    tab.select_contact(contact_id)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = tab.contact_dialog
    assert dialog.ui.nameEdit.text() == "Ben Adeyemi"
    _type(qtbot, dialog.ui.nameEdit, "Ben Adeyemi, PharmD")
    _type(qtbot, dialog.phone_rows[0].number, "(555) 014-7 ext 2")
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)
    record = get_contact(contact_id)
    assert record.name == "Ben Adeyemi, PharmD"
    assert record.phones == [("main", "(555) 014-7 ext 2")]
    assert _names_under(tab.tree, "Pharmacist") == ["Ben Adeyemi, PharmD"]


def test_search_filters_by_name_role_organisation_and_phone(demo_store, make_window, qtbot):
    window = make_window()
    tab = window.care_team_tab
    _type(qtbot, tab.search, "okafor")
    assert _names_under(tab.tree, "Palliative care physician") == ["Dr. Amara Okafor"]
    assert _names_under(tab.tree, "Pharmacist") is None
    _type(qtbot, tab.search, "pharmacist")
    assert _names_under(tab.tree, "Pharmacist") == ["Ben Adeyemi, PharmD"]
    _type(qtbot, tab.search, "lakeside oxygen")
    assert _names_under(tab.tree, "Respiratory therapist") == ["Tom Brennan, RRT"]
    _type(qtbot, tab.search, "0148")
    assert _names_under(tab.tree, "Pharmacist") == ["Ben Adeyemi, PharmD"]
    assert len(_groups(tab.tree)) == 1
    _type(qtbot, tab.search, "nobody-by-this-name")
    assert tab.list_hint.isVisible() or tab.list_stack.currentWidget() is tab.list_hint
    assert "nobody-by-this-name" in tab.list_hint.text()
    tab.search.clear()
    assert _groups(tab.tree)[0] == "Call first for symptoms"


def test_delete_asks_then_undo_brings_the_contact_back(demo_store, make_window, qtbot):
    window = make_window()
    tab = window.care_team_tab
    before = list_contacts()
    target = next(record for record in before if record.name == "Tom Brennan, RRT")
    tab.select_contact(target.id)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    box = tab.delete_box
    assert "Tom Brennan, RRT" in box.text()
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert len(list_contacts()) == len(before)

    tab.select_contact(target.id)
    box = tab.delete_selected()
    delete = next(b for b in box.findChildren(QPushButton) if b.text() == "Delete")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert get_contact(target.id) is None
    assert _names_under(tab.tree, "Respiratory therapist") is None
    undo = window.actions_by_name["undo"]
    assert undo.isEnabled() and "Tom Brennan" in undo.text()
    undo.trigger()
    assert get_contact(target.id) == target
    assert _names_under(tab.tree, "Respiratory therapist") == ["Tom Brennan, RRT"]
    window.actions_by_name["redo"].trigger()
    assert get_contact(target.id) is None


def test_copy_a_number_and_open_links_with_one_click(store, make_window, qtbot):
    contact_id = save_contact(
        ContactRecord(
            name="Dr. Amara Okafor",
            email="okafor@example.org",
            video_link="https://video.example.org/room/7",
            phones=[("main", "555-0110"), ("after_hours", "555-0111")],
        )
    )
    window = make_window()
    tab = window.care_team_tab
    tab.select_contact(contact_id)
    buttons = {b.accessibleName(): b for b in tab.detail.findChildren(QPushButton)}
    qtbot.mouseClick(buttons["Copy 555-0111"], Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "555-0111"
    assert "Copied 555-0111" in window.statusBar().currentMessage()
    qtbot.mouseClick(buttons["Copy email okafor@example.org"], Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "okafor@example.org"
    qtbot.mouseClick(buttons["Write an email to okafor@example.org"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(buttons["Open video link"], Qt.MouseButton.LeftButton)
    assert [url.toString() for url in make_window.opened_urls] == [
        "mailto:okafor@example.org",
        "https://video.example.org/room/7",
    ]


def test_detail_lists_after_hours_first_and_numbers_normalised(store, make_window, monkeypatch):
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_US")))
    contact_id = save_contact(
        ContactRecord(name="Line", phones=[("main", "6175550123"), ("after_hours", "555-0111")])
    )
    window = make_window()
    tab = window.care_team_tab
    # A Saturday night: outside the usual office hours, so the after-hours line answers
    # now and comes first (in office hours the main number would).
    tab.clock = tab.detail.clock = lambda: datetime(2026, 12, 5, 22, 0)
    tab.select_contact(contact_id)
    names = [b.accessibleName() for b in tab.detail.findChildren(QPushButton)]
    assert names == ["Copy 555-0111", "Copy (617) 555-0123"]
    assert get_contact(contact_id).phones[0] == ("main", "6175550123")  # stored as typed


def test_form_keyboard_order_and_names(store, make_window, qtbot):
    dialog = make_window().care_team_tab.add_contact()
    qtbot.mouseClick(dialog.ui.addPhoneButton, Qt.MouseButton.LeftButton)
    ui = dialog.ui
    rows = dialog.phone_rows
    chain = [ui.organisationEdit]
    for row in rows:
        chain += [row.number, row.kind, row.remove]
    chain.append(ui.addPhoneButton)
    for current, following in itertools.pairwise(chain):
        widget = current.nextInFocusChain()
        for _ in range(4):  # combo boxes and edits may hold an inner widget
            if widget is following:
                break
            widget = widget.nextInFocusChain()
        assert widget is following, (current.accessibleName(), following.accessibleName())
    assert rows[1].number.accessibleName() == "Phone number 2"
    qtbot.mouseClick(rows[0].remove, Qt.MouseButton.LeftButton)
    assert dialog.phone_rows[0].number.accessibleName() == "Phone number 1"


def test_delete_key_in_the_list_asks_first(demo_store, make_window, qtbot):
    window = make_window()
    window.show()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    tab = window.tabs.show("care_team_tab")  # the window opens on Today
    target = list_contacts()[0]
    tab.select_contact(target.id)
    tab.tree.setFocus()
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Delete)
    assert target.name in tab.delete_box.text()
    tab.delete_box.reject()
    assert get_contact(target.id) == target
