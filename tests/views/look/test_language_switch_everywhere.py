"""View > Language, clicked in the menu, changes every tab: Today, the Learn tab (its
article, the one that was open staying open, and the questions list), whether the Learn
tab was shown before the switch or not yet."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from caregiver_app.views.app import build_window
from caregiver_app.views.look.view_options import app_language


def _click_menu_item(qtbot, menu: QMenu, words: tuple[str, ...]) -> QMenu | None:
    """Click the item of ``menu`` whose text (without "&") starts with one of ``words``."""
    action = next(
        action for action in menu.actions() if action.text().replace("&", "").startswith(words)
    )
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    return action.menu()


def _choose_spanish(qtbot, window) -> None:
    """View > Language > Español, with the mouse."""
    bar = window.menuBar()
    view = next(a for a in bar.actions() if a.text().replace("&", "") == "View")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(view).center())
    qtbot.waitUntil(lambda: view.menu().isVisible())
    languages = _click_menu_item(qtbot, view.menu(), ("Language",))
    qtbot.waitUntil(lambda: languages.isVisible())
    _click_menu_item(qtbot, languages, ("Español",))
    qtbot.waitUntil(lambda: window.tabs.tabText(0).replace("&", "") == "Hoy")
    QApplication.processEvents()


@pytest.fixture
def lazy_window(demo_store, data_dir, qtbot):
    """The window as the app starts it: each tab built the first time it is shown."""
    window = build_window(data_dir, demo=True, lazy_pages=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    app_language().apply("system")


@pytest.mark.parametrize("learn_first", [True, False], ids=["learn shown", "learn not yet"])
def test_every_tab_speaks_the_language_chosen_in_the_menu(qtbot, lazy_window, learn_first):
    window = lazy_window
    if learn_first:
        window.tabs.setCurrentIndex(4)
        learn = window.learn_tab
        articles = learn.library.ordered()
        learn.article_list.select(articles[2].id)  # the family was reading the third
        qtbot.waitUntil(lambda: learn.article is not None and learn.article.id == articles[2].id)
        opened = articles[2].id
    _choose_spanish(qtbot, window)
    today = window.tabs.show("today_tab")
    assert "Dosis de hoy" in [label.text() for label in today.findChildren(QLabel)]
    learn = window.tabs.show("learn_tab")
    qtbot.waitUntil(lambda: learn.article is not None)
    spanish = learn.library.article(learn.article.id)
    assert learn.article.title == spanish.title
    assert learn.reader.browser.toPlainText().startswith(spanish.title)
    if learn_first:
        assert learn.article.id == opened  # the article being read stays open
    assert learn.questions.tree.headerItem().text(0) == "Pregunta"
    assert learn.questions.add_button.text().replace("&", "").startswith("Agregar")
