"""The arrow keys walk the article list and the search results, as the mouse does.

Down on a result's line of context (or on the second place of a bookmarked article)
used to send the cursor back to the article's first row: Down never got past the
first result, nor past a bookmarked article in the list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from caregiver_app.store.learn_bookmarks import set_bookmark


def _learn(make_window, qtbot):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.learn_tab)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window.learn_tab


def test_down_walks_the_search_results(store, make_window, qtbot):
    tab = _learn(make_window, qtbot)
    search = tab.article_list.search
    search.setFocus()
    qtbot.keyClicks(search, "nausea")
    results = [hit.id for hit in tab.article_list.hits]
    assert len(results) >= 3
    qtbot.keyClick(search, Qt.Key.Key_Down)  # into the results
    tree = tab.article_list.tree
    assert tree.hasFocus() and tab.article.id == results[0]
    seen = [tab.article.id]
    for _ in range(2 * len(results)):  # each result is its title and a line of context
        qtbot.keyClick(tree, Qt.Key.Key_Down)
        if tab.article.id != seen[-1]:
            seen.append(tab.article.id)
    assert seen == results
    qtbot.keyClick(tree, Qt.Key.Key_Up)
    qtbot.keyClick(tree, Qt.Key.Key_Up)
    assert tab.article.id == results[-2]


def test_down_walks_past_a_bookmarked_article(store, make_window, qtbot):
    # Listed twice: under Bookmarked, and in its group.
    set_bookmark("what-is-palliative-care", True)
    tab = _learn(make_window, qtbot)
    tree = tab.article_list.tree
    tree.setFocus()
    order = [article.id for article in tab.library.ordered()]
    assert order[0] == "what-is-palliative-care" and tab.article.id == order[0]
    seen = [tab.article.id]
    for _ in range(len(order) + 12):  # the group headings are passed over
        qtbot.keyClick(tree, Qt.Key.Key_Down)
        if tab.article.id != seen[-1]:
            seen.append(tab.article.id)
    assert seen[:4] == order[:4]


def test_escape_and_up_from_the_first_result_go_back_to_the_search(store, make_window, qtbot):
    tab = _learn(make_window, qtbot)
    search = tab.article_list.search
    tree = tab.article_list.tree
    search.setFocus()
    qtbot.keyClicks(search, "nausea")
    qtbot.keyClick(search, Qt.Key.Key_Down)
    assert tree.hasFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Escape)  # back to the box, the search kept
    assert search.hasFocus() and search.text() == "nausea"
    qtbot.keyClicks(search, " medicine")  # the cursor is after what was typed
    assert search.text() == "nausea medicine"
    qtbot.keyClick(search, Qt.Key.Key_Down)
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    qtbot.keyClick(tree, Qt.Key.Key_Up)
    assert tree.hasFocus()  # on the first row now, not yet out of the list
    qtbot.keyClick(tree, Qt.Key.Key_Up)  # from the first result: to the box
    assert search.hasFocus()
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == ""  # a second Escape, in the box, clears it as before


def test_a_new_language_keeps_the_search_and_runs_it_again(store, make_window, qtbot):
    tab = _learn(make_window, qtbot)
    window = tab.window()
    search = tab.article_list.search
    search.setFocus()
    qtbot.keyClicks(search, "morfina")
    window.view_options.language_actions["es"].trigger()  # View > Language > Español
    qtbot.waitUntil(lambda: window.learn_tab is not tab)
    spanish = window.learn_tab
    try:
        assert spanish.library.language == "es"
        assert spanish.article_list.search.text() == "morfina"
        hits = spanish.article_list.hits
        assert hits and spanish.article_list.tree.topLevelItemCount() > 0
        assert hits == spanish.library.index.search("morfina")  # found in the Spanish articles
    finally:
        window.view_options.language_actions["en"].trigger()
        qtbot.waitUntil(lambda: window.learn_tab is not spanish)
