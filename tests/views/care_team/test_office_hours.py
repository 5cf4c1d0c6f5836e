"""A contact's office hours typed in the form, kept as typed, and the order of their numbers."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QLocale, Qt

from caregiver_app.store.contacts import ContactRecord, get_contact, list_contacts, save_contact
from tests.helpers.keys import retype
from tests.helpers.locales import LOCALES

LEFT = Qt.MouseButton.LeftButton
NOON = datetime(2026, 12, 2, 12, 27)  # a Wednesday
NIGHT = datetime(2026, 12, 2, 22, 0)


def _tab(make_window, qtbot, now: datetime = NOON):
    QLocale.setDefault(LOCALES["en_US"])
    window = make_window()
    tab = window.care_team_tab
    tab.clock = tab.detail.clock = lambda: now
    window.tabs.setCurrentWidget(tab)
    window.show()
    qtbot.waitExposed(window)
    return tab


def _dialog(qtbot, dialog):
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _tab_to(qtbot, dialog, widget) -> None:
    for _ in range(60):
        if dialog.focusWidget() is widget:
            return
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reaches {widget.accessibleName()}")


def _click_contact(qtbot, tab, name: str) -> None:
    """Click the first row listing ``name``, as a person picks them."""
    tree = tab.tree
    for index in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(index)
        for child_index in range(group.childCount()):
            item = group.child(child_index)
            if item.text(0) == name:
                tree.scrollToItem(item)
                centre = tree.visualItemRect(item).center()
                qtbot.mouseClick(tree.viewport(), LEFT, pos=centre)
                return
    raise AssertionError(f"{name} is not listed")


def test_office_hours_typed_are_kept_and_shown_again(store, make_window, qtbot):
    tab = _tab(make_window, qtbot)
    qtbot.mouseClick(tab.add_button, LEFT)
    dialog = _dialog(qtbot, tab.contact_dialog)
    qtbot.keyClicks(dialog.ui.nameEdit, "Hospice office")
    hours = dialog.office_hours
    for day in (2, 4, 6):  # Tuesday, Thursday, Saturday, from the keyboard
        _tab_to(qtbot, dialog, hours.day_boxes[day])
        qtbot.keyClick(hours.day_boxes[day], Qt.Key.Key_Space)
    _tab_to(qtbot, dialog, hours.opens.line)
    qtbot.keyClicks(hours.opens.line, "8:30 AM")
    qtbot.keyClick(hours.opens.line, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is hours.closes.line
    qtbot.keyClicks(hours.closes.line, "7:00 PM")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    (saved,) = list_contacts()
    assert (saved.office_days, saved.office_opens, saved.office_closes) == (
        "2,4,6",
        time(8, 30),
        time(19, 0),
    )
    _click_contact(qtbot, tab, "Hospice office")
    qtbot.mouseClick(tab.edit_button, LEFT)
    again = _dialog(qtbot, tab.contact_dialog)
    ticked = [day for day, box in again.office_hours.day_boxes.items() if box.isChecked()]
    assert sorted(ticked) == [2, 4, 6]
    assert again.office_hours.opens.text().replace("\u202f", " ") == "8:30 AM"
    assert again.office_hours.closes.text().replace("\u202f", " ") == "7:00 PM"


def test_left_blank_they_stay_unknown(store, make_window, qtbot):
    tab = _tab(make_window, qtbot)
    qtbot.mouseClick(tab.add_button, LEFT)
    dialog = _dialog(qtbot, tab.contact_dialog)
    qtbot.keyClicks(dialog.ui.nameEdit, "Dr. Okafor")
    assert "9:00\u202fAM to 5:00\u202fPM" in dialog.office_hours.note.text()
    qtbot.mouseClick(dialog.save_button, LEFT)
    (saved,) = list_contacts()
    assert (saved.office_days, saved.office_opens, saved.office_closes) == ("", None, None)


def test_closing_before_opening_is_one_sentence_and_nothing_is_saved(store, make_window, qtbot):
    tab = _tab(make_window, qtbot)
    qtbot.mouseClick(tab.add_button, LEFT)
    dialog = _dialog(qtbot, tab.contact_dialog)
    qtbot.keyClicks(dialog.ui.nameEdit, "Clinic")
    retype(qtbot, dialog.office_hours.opens, "5:00 PM")
    retype(qtbot, dialog.office_hours.closes, "9:00 AM")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible()
    assert dialog.ui.nameError.text() == "The office must close after it opens."
    assert dialog.focusWidget() is dialog.office_hours.closes.line
    assert dialog.office_hours.closes.text() == "9:00 AM"  # kept as typed
    retype(qtbot, dialog.office_hours.closes, "half past")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible() and dialog.ui.nameError.text().startswith("Office closes at: ")
    assert list_contacts() == []


def _call_first_numbers(tab) -> list[str]:
    group = tab.tree.topLevelItem(0)
    assert group.text(0) == "Call first for symptoms"
    return group.child(0).text(1).splitlines()


def test_the_call_first_list_shows_the_number_answering_now_first(store, make_window, qtbot):
    save_contact(
        ContactRecord(
            name="Grace Lindqvist, RN",
            call_first=True,
            phones=[("after_hours", "555-0111"), ("main", "555-0110")],
        )
    )
    tab = _tab(make_window, qtbot, NOON)
    noon = _call_first_numbers(tab)
    assert [line.split()[0] for line in noon] == ["555-0110", "555-0111"]  # both, day first
    tab.clock = lambda: NIGHT
    tab.populate()
    night = _call_first_numbers(tab)
    assert [line.split()[0] for line in night] == ["555-0111", "555-0110"]


def test_the_office_hours_entered_decide_the_order_and_are_shown(store, make_window, qtbot):
    saved_id = save_contact(
        ContactRecord(
            name="Evening clinic",
            call_first=True,
            phones=[("main", "555-0130"), ("after_hours", "555-0131")],
            office_days="1,2,3,4,5",
            office_opens=time(14),
            office_closes=time(22, 30),
        )
    )
    tab = _tab(make_window, qtbot, NOON)  # 12:27: the clinic is not open yet
    assert [line.split()[0] for line in _call_first_numbers(tab)] == ["555-0131", "555-0130"]
    _click_contact(qtbot, tab, "Evening clinic")
    texts = [label.text() for label in tab.detail.widget().findChildren(type(tab.intro))]
    assert "weekdays, 2:00\u202fPM to 10:30\u202fPM" in texts
    assert get_contact(saved_id).office_days == "1,2,3,4,5"
