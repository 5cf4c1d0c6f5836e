"""The main window as a user meets it: title, tabs, menus, remembered state, text size."""

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from caregiver_app.store.database import database_path
from tests.helpers.dialogs import focusable_widgets_are_named


def _menu_texts(window):
    return {
        menu.title().replace("&", ""): [
            action.text().replace("&", "")
            for action in menu.actions()
            if action.isVisible() and not action.isSeparator()
        ]
        for menu in (action.menu() for action in window.menuBar().actions())
    }


def test_title_and_tabs_in_order(store, make_window):
    window = make_window()
    assert window.windowTitle() == "Care Companion"
    tabs = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    assert tabs == ["Today", "Care team", "Symptom diary", "Calendar", "Learn"]


def test_every_tab_says_what_it_holds_and_how_to_start_when_empty(store, make_window, qtbot):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    for index, page in enumerate(window.pages()):
        window.tabs.setCurrentIndex(index)
        assert len(page.intro.text()) > 40
        shown = page.stack.currentWidget()
        if page is window.learn_tab:
            assert "Palliative care" in page.reader.browser.toPlainText()
        elif page is window.diary_tab:
            assert page.list_hint.isVisible()
            assert "To start, click New entry" in page.list_hint.text()
            assert page.new_button.isVisible()
        elif page is window.care_team_tab:
            assert page.list_hint.isVisible()
            assert "To start, click Add a contact" in page.list_hint.text()
            assert page.add_button.isVisible() and page.add_button.isEnabled()
        elif page is window.today_tab:  # always the numbers to call; how to set up doses
            assert (
                "No medicine has a schedule set up yet"
                in page.body.findChild(QLabel, "noSchedule").text()
            )
        elif page is window.calendar_tab:
            assert page.list_hint.isVisible()
            assert "To start" in page.list_hint.text()
            assert "New appointment" in page.list_hint.text()
            assert page.new_button.isVisible() and page.new_button.isEnabled()
        else:
            assert shown is page.empty_hint, page
            assert "To start" in page.empty_hint.text()
            assert page.empty_hint.isVisible()


def test_demo_record_fills_the_tabs(demo_store, make_window):
    window = make_window(demo=True)
    assert "demo" in window.windowTitle()
    # A Saturday night, outside office hours: the after-hours line answers now, first.
    window.care_team_tab.clock = lambda: datetime(2026, 12, 5, 22, 0)
    window.care_team_tab.refresh()
    tree = window.care_team_tab.tree
    first_group = tree.topLevelItem(0)
    assert first_group.text(0) == "Call first for symptoms"
    assert first_group.child(0).text(0) == "Grace Lindqvist, RN"
    assert first_group.child(0).text(1).splitlines()[0] == "555-0111  (after hours)"
    assert tree.topLevelItem(1).text(0) == "After-hours and 24-hour lines"
    assert window.diary_tab.model.rowCount() > 30
    window.tabs.setCurrentWidget(window.calendar_tab)
    assert len(window.calendar_tab.agenda.occurrences) > 3
    assert window.calendar_tab.marked_days
    assert "Rosa Delgado" in window.profile_strip.summary.text()
    assert "Penicillin" in window.profile_strip.summary.text()


def test_menus_show_what_exists(store, make_window):
    menus = _menu_texts(make_window())
    assert list(menus) == ["File", "Edit", "View", "Help"]
    assert menus["File"] == [
        "Visit summary...",
        "Import contacts (.vcf)...",
        "Export all contacts (.vcf)...",
        "Export selected contacts (.vcf)...",
        "Import diary entries (.csv)...",
        "Export diary entries (.csv)...",
        "Import calendar (.ics)...",
        "Export calendar (.ics)...",
        "“Who to call” sheet (PDF)...",
        "Print medicine chart...",
        "Export medicine log...",
        "Share with family...",  # Sync now shows only while the record shares
        "Phones and calendars...",
        "Back up now",
        "Save a backup to...",
        "Restore from backup...",
        "Password protection...",
        "Lock now",
        "Open data folder",
        "Quit",
    ]
    assert menus["Edit"][:2] == ["Undo", "Redo"] and "Care record profile..." in menus["Edit"]
    assert "New appointment..." in menus["Edit"]
    assert menus["View"][:3] == ["Larger text", "Smaller text", "Reset text size"]
    assert menus["Help"] == [
        "Getting started...",
        "Where is my data?",
        "Check my data",
        "About Care Companion",
    ]


def test_window_remembers_size_position_and_tab(store, make_window, qtbot):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.resize(700, 500)  # the offscreen screen is 800x600
    window.tabs.setCurrentIndex(2)
    window.close()
    again = make_window()
    assert again.tabs.currentIndex() == 2
    assert (again.width(), again.height()) == (700, 500)


def test_keyboard_switches_tabs(store, make_window, qtbot):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 3
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1


def test_text_size_larger_smaller_reset_and_remembered(store, make_window):
    window = make_window()
    base = QApplication.font().pointSizeF()
    for _ in range(15):  # more than the range allows
        window.actions_by_name["textLarger"].trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(base * 2)
    window.actions_by_name["textSmaller"].trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.9)
    window.close()
    QApplication.setFont(window.text_scale._base)
    make_window()
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.9)
    window.actions_by_name["textReset"].trigger()
    assert QApplication.font().pointSizeF() == base


def test_open_data_folder_and_where_is_my_data(demo_store, make_window, data_dir, qtbot):
    window = make_window()
    window.actions_by_name["openDataFolder"].trigger()
    assert [url.toLocalFile() for url in make_window.opened_urls] == [str(data_dir)]
    box = window.show_where_is_my_data()
    qtbot.waitExposed(box)
    assert str(database_path(data_dir)) in box.text()
    assert "diary entries" in box.text()
    assert "has no password" in box.text()
    box.close()
    about = window.show_about()
    assert "Care Companion 0." in about.text()
    about.close()


def test_main_window_has_no_dead_or_unnamed_controls(demo_store, make_window, qtbot):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        for widget in window.findChildren(QLabel):
            if widget.isVisible():
                assert widget.text().strip(), widget.objectName()
        focusable_widgets_are_named(window)


def test_the_started_app_builds_each_tab_when_it_is_first_shown(demo_store, data_dir, qtbot):
    from caregiver_app.views.app import build_window

    base_font = QApplication.font()
    window = build_window(data_dir, demo=True, lazy_pages=True)  # as caregiver-app starts
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        assert window.tabs.currentIndex() == 0
        assert window.pages() == [window.today_tab]  # the others wait to be shown
        assert window.today_tab.rows  # the demo's doses of the day
        window.tabs.setCurrentIndex(1)
        assert window.care_team_tab.tree.topLevelItemCount() > 0
        window.tabs.setCurrentIndex(2)
        assert window.tabs.currentWidget() is window.diary_tab
        assert window.diary_tab.model.rowCount() > 30
        window.actions_by_name["showTab4"].trigger()
        assert window.tabs.currentWidget() is window.calendar_tab
        window.actions_by_name["showTab5"].trigger()
        assert "Palliative care" in window.learn_tab.reader.browser.toPlainText()
        texts = [window.tabs.tabText(index).replace("&", "") for index in range(5)]
        assert texts == ["Today", "Care team", "Symptom diary", "Calendar", "Learn"]
        window.tabs.setCurrentIndex(2)
        window.signals.today_requested.emit()  # a dose reminder's "Open Today"
        assert window.tabs.currentWidget() is window.today_tab
    finally:
        QApplication.setFont(base_font)


def test_menu_shortcuts_for_the_common_actions(store, make_window, qtbot):
    window = make_window()
    window.show()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    shortcuts = {
        name: window.actions_by_name[name].shortcut().toString()
        for name in ("newEntry", "newAppointment", "newContact", "search", "visitSummary")
    }
    assert shortcuts == {
        "newEntry": "Ctrl+N",
        "newAppointment": "Ctrl+Shift+A",
        "newContact": "Ctrl+Shift+C",
        "search": "Ctrl+F",
        "visitSummary": "Ctrl+P",
    }
    window.tabs.setCurrentIndex(2)
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1
    qtbot.waitUntil(lambda: window.care_team_tab.search.hasFocus())
    window.tabs.setCurrentIndex(4)
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 4


def test_the_banners_take_at_most_a_third_of_the_window_then_scroll(demo_store, make_window, qtbot):
    from caregiver_app.views.widgets.banner import Banner

    window = make_window(demo=True)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    column = window.banner_stack.widget()
    for number in range(6):  # far more than a third of the window
        banner = Banner(f"extra{number}", column)
        banner.setText("A reminder\nof two lines")
        window.banner_stack.column.addWidget(banner)
        banner.show()
    qtbot.waitUntil(lambda: window.banner_stack.height() > 0)
    qtbot.wait(50)
    assert window.banner_stack.height() <= window.height() / 3 + 1
    assert window.banner_stack.verticalScrollBar().maximum() > 0  # the rest scrolls
    assert window.tabs.height() > window.height() / 3
