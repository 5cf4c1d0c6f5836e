"""Help > Check my data says what it does in plain words in the status bar.

Before, its status tip read "(SQLite's full integrity check)": a program's name and a
term the family does not use.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.helpers.large_text import shown_active


def test_the_check_my_data_status_tip_is_plain_words(store, make_window, qtbot):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    shown_active(qtbot, window)
    action = window.actions_by_name["checkMyData"]
    bar = window.menuBar()
    help_menu = next(item for item in bar.actions() if action in item.menu().actions())
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(help_menu).center())
    menu = help_menu.menu()
    qtbot.waitUntil(menu.isVisible)
    for _step in range(len(menu.actions())):
        if menu.activeAction() is action:
            break
        qtbot.keyClick(menu, Qt.Key.Key_Down)
    assert menu.activeAction() is action
    shown = window.statusBar().currentMessage()
    assert shown == "Check the whole care record file for damage. Nothing in it is changed."
    assert "SQLite" not in shown and "integrity" not in shown
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
