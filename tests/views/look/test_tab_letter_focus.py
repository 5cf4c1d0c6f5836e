"""A tab chosen by its letter (Alt and the underlined key) or by Ctrl and its number puts
the keyboard in its page, so the next key acts in the tab just chosen.

Before, the focus stayed where it was, on "Fill in the profile..." above the tabs in a
new record: Alt+C for the Calendar, then Space, opened the profile instead of a new
appointment, and what was typed after Alt+L went nowhere instead of into Learn's search.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from tests.helpers.large_text import shown_active

ALT = Qt.KeyboardModifier.AltModifier


def _new_record_window(make_window, qtbot):
    window = make_window()
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    shown_active(qtbot, window)
    # Where a new record's window starts: on the profile line's button above the tabs.
    assert QApplication.focusWidget() is window.profile_strip.edit_button
    return window


def _closed(qtbot, dialog) -> None:
    dialog.reject()
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible())
    shown_active(qtbot, dialog.parentWidget().window())


def test_alt_c_then_space_starts_a_new_appointment_not_the_profile(store, make_window, qtbot):
    window = _new_record_window(make_window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_C, ALT)  # &Calendar
    assert window.tabs.currentWidget() is window.calendar_tab
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: hasattr(window.calendar_tab, "appointment_dialog"))
    assert not hasattr(window, "profile_dialog")
    _closed(qtbot, shown_active(qtbot, window.calendar_tab.appointment_dialog))


def test_alt_d_then_space_starts_a_diary_entry(store, make_window, qtbot):
    window = _new_record_window(make_window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_D, ALT)  # Symptom &diary
    assert QApplication.focusWidget() is window.diary_tab.new_button
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: hasattr(window.diary_tab, "entry_dialog"))
    assert not hasattr(window, "profile_dialog")


def test_typing_after_a_tab_letter_goes_into_the_page(store, make_window, qtbot):
    window = _new_record_window(make_window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_L, ALT)  # &Learn: its search box
    qtbot.keyClicks(QApplication.focusWidget(), "pain")
    assert window.learn_tab.article_list.search.text() == "pain"
    qtbot.keyClick(window, Qt.Key.Key_T, ALT)  # Care &team: its search box
    qtbot.keyClicks(QApplication.focusWidget(), "Okafor")
    assert window.care_team_tab.search.text() == "Okafor"
    qtbot.keyClick(window, Qt.Key.Key_O, ALT)  # T&oday
    assert window.today_tab.isAncestorOf(QApplication.focusWidget())


def test_the_letter_of_the_tab_already_shown_goes_into_it_too(store, make_window, qtbot):
    window = _new_record_window(make_window, qtbot)
    assert window.tabs.currentWidget() is window.today_tab
    qtbot.keyClick(window, Qt.Key.Key_O, ALT)  # T&oday, the tab on screen
    assert window.today_tab.isAncestorOf(QApplication.focusWidget())


def test_ctrl_and_the_tab_number_go_into_the_page_too(store, make_window, qtbot):
    window = _new_record_window(make_window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # View > Calendar
    assert QApplication.focusWidget() is window.calendar_tab.new_button


def test_lazy_pages_built_by_their_letter_get_the_keyboard(store, make_window, qtbot, data_dir):
    from caregiver_app.views.app import build_window

    window = build_window(data_dir, lazy_pages=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    shown_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_L, ALT)  # &Learn, built now
    qtbot.keyClicks(QApplication.focusWidget(), "breath")
    assert window.learn_tab.article_list.search.text() == "breath"
