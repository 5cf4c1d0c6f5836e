"""Each tab's own buttons have underlined keys that are theirs, in each language.

The menu titles and the tabs are reached with Alt and their key from anywhere in the
window, so a button on a page with the same key never gets it: on the Learn tab Alt+A,
the key "Add a question..." shows, only moved between that button and "Show answered",
and Care team's "De&lete" went to the Learn tab.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget
from shiboken6 import isValid

from caregiver_app.store.questions import list_questions
from tests.helpers.dialog_keys import shown_texts, start_in
from tests.helpers.large_text import shown_active
from tests.helpers.mnemonics import clashes


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _page_problems(window, where: str) -> list[str]:
    titles = [action.text() for action in window.menuBar().actions()]
    tabs = [window.tabs.tabText(index) for index in range(window.tabs.count())]
    page = window.tabs.currentWidget()
    return [f"{where}: {clash}" for clash in clashes(titles + tabs + shown_texts(page))]


@pytest.mark.parametrize("language", ["en", "es", "zh_CN"])
def test_no_button_on_a_tab_shares_its_key_with_a_menu_a_tab_or_another_button(
    demo_store, make_window, data_dir, qtbot, language
):
    start_in(data_dir, language)
    window = make_window(demo=True)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    found: list[str] = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        _settle()
        where = window.tabs.tabText(index).replace("&", "")
        found += _page_problems(window, where)
        for inner in window.tabs.currentWidget().findChildren(QTabWidget):
            for sub in range(inner.count()):
                inner.setCurrentIndex(sub)
                _settle()
                found += _page_problems(window, f"{where} > {inner.tabText(sub)}")
    assert found == [], "\n".join(found)


def test_alt_a_on_the_learn_tab_adds_a_question(store, make_window, qtbot):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    shown_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # the Learn tab
    assert window.tabs.currentWidget() is window.learn_tab
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # Add a question...
    qtbot.waitUntil(lambda: hasattr(window.learn_tab.questions, "question_dialog"))
    dialog = shown_active(qtbot, window.learn_tab.questions.question_dialog)
    qtbot.keyClicks(QApplication.focusWidget(), "Can he have the breakthrough dose before a bath?")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible())
    assert [q.text for q in list_questions()] == [
        "Can he have the breakthrough dose before a bath?"
    ]
