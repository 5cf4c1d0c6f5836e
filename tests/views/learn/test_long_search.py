"""A long search typed or pasted in Learn: the sentence saying nothing was found, and its
two buttons, stay inside the pane.

A long run with no space (a pasted link, a key held down) made the sentence as wide as
the run: it was cut at the pane's edge and the buttons under it showed no words.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_a_long_search_with_no_space_leaves_the_buttons_readable(store, make_window, qtbot):
    window = make_window()
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.learn_tab)
    articles = window.learn_tab.article_list
    articles.search.setFocus()
    typed = "zq" * 150
    qtbot.keyClicks(articles.search, typed)
    panel = articles.no_results
    qtbot.waitUntil(panel.isVisible)
    for _ in range(3):  # the layouts settle
        QApplication.processEvents()

    message = panel.message.text()
    assert message.startswith("Nothing in the articles or the glossary mentions “zqzq")
    assert typed not in message and "…”" in message  # the search, shortened
    room = panel.viewport().width()
    for button in (panel.glossary_button, panel.ask_button):
        assert button.isVisible() and button.width() <= room
    assert panel.message.width() <= room
    assert articles.search.text() == typed  # what was typed is kept whole

    qtbot.mouseClick(panel.ask_button, Qt.MouseButton.LeftButton)
    dialog = window.learn_tab.questions.question_dialog
    assert dialog.ui.questionEdit.toPlainText().startswith("About “zqzq")
    dialog.reject()
