"""A contact's office hours typed in the form, kept as typed, and the order of their numbers."""

from __future__ import annotations

from datetime import datetime, time

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator

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
    assert dialog.ui.nameError.text() == (
        "The office must close after it opens; for an office open until midnight, type "
        "24:00 as the closing time."
    )
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


# ---------------------------------------------------------------- closing at midnight

FRIDAY_LATE = datetime(2026, 12, 4, 23, 59)  # a Friday, a minute before midnight
SATURDAY_START = datetime(2026, 12, 5, 0, 0)


@pytest.mark.parametrize("typed", ["24:00", "12:00 AM", "midnight", "2400"])
def test_an_evening_line_typed_to_midnight_is_kept_and_routes_by_the_minute(
    store, make_window, qtbot, typed
):
    saved_id = save_contact(
        ContactRecord(
            name="Evening nurse line",
            call_first=True,
            phones=[("main", "555-0140"), ("after_hours", "555-0141")],
        )
    )
    tab = _tab(make_window, qtbot, FRIDAY_LATE)
    _click_contact(qtbot, tab, "Evening nurse line")
    qtbot.mouseClick(tab.edit_button, LEFT)
    dialog = _dialog(qtbot, tab.contact_dialog)
    hours = dialog.office_hours
    for day in (1, 2, 3, 4, 5):
        _tab_to(qtbot, dialog, hours.day_boxes[day])
        qtbot.keyClick(hours.day_boxes[day], Qt.Key.Key_Space)
    _tab_to(qtbot, dialog, hours.opens.line)
    qtbot.keyClicks(hours.opens.line, "6:00 PM")
    qtbot.keyClick(hours.opens.line, Qt.Key.Key_Tab)
    qtbot.keyClicks(hours.closes.line, typed)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible(), dialog.ui.nameError.text()
    saved = get_contact(saved_id)
    assert (saved.office_days, saved.office_opens, saved.office_closes) == (
        "1,2,3,4,5",
        time(18),
        time(0),
    )
    assert [line.split()[0] for line in _call_first_numbers(tab)] == ["555-0140", "555-0141"]
    tab.clock = tab.detail.clock = lambda: SATURDAY_START
    tab.populate()
    assert [line.split()[0] for line in _call_first_numbers(tab)] == ["555-0141", "555-0140"]
    _click_contact(qtbot, tab, "Evening nurse line")
    texts = [label.text() for label in tab.detail.widget().findChildren(type(tab.intro))]
    assert "weekdays, 6:00\u202fPM to midnight" in texts
    qtbot.mouseClick(tab.edit_button, LEFT)
    again = _dialog(qtbot, tab.contact_dialog)
    assert again.office_hours.closes.text() == "midnight"  # not 12:00 AM, the day's start
    qtbot.mouseClick(again.save_button, LEFT)
    assert not again.isVisible()
    assert get_contact(saved_id).office_closes == time(0)


@pytest.mark.parametrize(
    ("language", "locale", "expected"),
    [
        ("en", "en_US", "Sat, Sun, 6:00\u202fPM to midnight"),
        ("es", "es_ES", "sáb, dom, de 18:00 a medianoche"),
        ("zh_CN", "zh_CN", "周六, 周日，18:00 至 午夜"),
    ],
)
def test_midnight_in_the_family_s_language(qapp, language, locale, expected):
    from caregiver_app.services.diary.vital_routing import office_hours
    from caregiver_app.translations import qm_path
    from caregiver_app.views.care_team.office_hours_text import hours_text

    record = ContactRecord(
        name="Evening line", office_days="6,7", office_opens=time(18), office_closes=time(0)
    )
    translator = QTranslator()
    assert translator.load(str(qm_path(language)))
    QCoreApplication.installTranslator(translator)
    previous = QLocale()
    QLocale.setDefault(LOCALES[locale])
    try:
        assert hours_text(office_hours(record)) == expected
    finally:
        QLocale.setDefault(previous)
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize(
    ("moment", "open_now"),
    [
        (datetime(2026, 12, 4, 17, 59), False),
        (datetime(2026, 12, 4, 18, 0), True),
        (FRIDAY_LATE, True),
        (datetime(2026, 12, 4, 23, 59, 59), True),
        (SATURDAY_START, False),  # Saturday is not an office day
        (datetime(2026, 12, 1, 0, 0), False),  # Tuesday 0:00: Monday's evening is over
        (datetime(2026, 12, 1, 0, 30), False),
    ],
)
def test_who_to_call_at_midnight(moment, open_now):
    from caregiver_app.services.diary.vital_routing import route_call

    contact = ContactRecord(
        name="Evening nurse line",
        phones=[("main", "555-0140"), ("after_hours", "555-0141")],
        office_days="1,2,3,4,5",
        office_opens=time(18),
        office_closes=time(0),
    )
    route = route_call(contact, moment)
    assert route.after_hours is not open_now
    assert route.number == ("555-0140" if open_now else "555-0141")


def test_open_all_day_from_0_00_to_midnight():
    from caregiver_app.services.diary.vital_routing import route_call

    contact = ContactRecord(
        name="Hospice line",
        phones=[("main", "555-0150"), ("after_hours", "555-0151")],
        office_days="1,2,3,4,5,6,7",
        office_opens=time(0),
        office_closes=time(0),
    )
    assert all(
        not route_call(contact, datetime(2026, 12, 4, hour, 59)).after_hours for hour in range(24)
    )
