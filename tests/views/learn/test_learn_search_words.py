"""Searching Learn as a family types: synonyms in each language, and a search that finds nothing."""

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from caregiver_app.store.questions import list_questions
from caregiver_app.views.learn.learn_article_list import ARTICLE_ID
from caregiver_app.views.look.view_options import LANGUAGE_KEY
from tests.helpers.typed_text import type_text

# One word or phrase of each group, typed in the language the app shows.
TYPED = {
    "en": [
        ("painkiller", "strong-pain-medicines"),
        ("shortness of breath", "breathlessness-at-home"),
        ("throwing up", "treatment-side-effects"),
        ("end of life", "hospice-and-last-weeks"),
        ("poop", "strong-pain-medicines"),
        ("high temperature", "when-to-call-now"),
    ],
    "es": [
        ("oxicodona", "strong-pain-medicines"),
        ("falta de aire", "breathlessness-at-home"),
        ("vómitos", "treatment-side-effects"),
        ("final de la vida", "hospice-and-last-weeks"),
        ("caca", "strong-pain-medicines"),
        ("fiebre", "when-to-call-now"),
    ],
    "zh_CN": [
        ("氢吗啡酮", "strong-pain-medicines"),
        ("喘不过气", "breathlessness-at-home"),
        ("想吐", "treatment-side-effects"),
        ("临终关怀", "hospice-and-last-weeks"),
        ("拉不出", "strong-pain-medicines"),
        ("高烧", "when-to-call-now"),
    ],
}


def _shown(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    window.tabs.setCurrentWidget(window.learn_tab)
    return window.learn_tab


def _listed(tree):
    ids = []
    for row in range(tree.topLevelItemCount()):
        ids.append(tree.topLevelItem(row).data(0, ARTICLE_ID))
    return ids


@pytest.mark.parametrize("language", sorted(TYPED))
def test_typing_a_synonym_lists_its_article_and_opens_it(language, store, make_window, qtbot):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    if language != "en":
        english = window.learn_tab
        window.view_options.language_actions[language].trigger()  # View > Language
        qtbot.waitUntil(lambda: window.learn_tab is not english)  # the tabs are built again
    tab = _shown(window, qtbot)
    articles = tab.article_list
    assert tab.library.language == language[:2]
    for typed, article in TYPED[language]:
        type_text(qtbot, articles.search, typed)
        assert article in _listed(articles.tree), (typed, _listed(articles.tree))
        assert articles.tree.isVisible() and not articles.no_results.isVisible()
        # Opened from the list, the article shows the group's words marked.
        articles.select(article)
        assert tab.article.id == article
        assert tab.reader.marked_texts()
        qtbot.keyClick(articles.search, Qt.Key.Key_Escape)
        assert articles.search.text() == ""


def test_a_search_that_finds_nothing_offers_the_glossary(store, make_window, qtbot):
    tab = _shown(make_window(), qtbot)
    articles = tab.article_list
    qtbot.keyClicks(articles.search, "zebra crossing")
    panel = articles.no_results
    assert panel.isVisible() and not articles.tree.isVisible()
    assert panel.message.text().startswith(
        "Nothing in the articles or the glossary mentions “zebra crossing”."
    )
    assert panel.glossary_button.accessibleName() == "Open the glossary"
    assert panel.ask_button.accessibleName() == "Ask my team about what I searched for"
    # Tab from the search box reaches both actions.
    articles.search.setFocus()
    qtbot.keyClick(articles.search, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.glossary_button
    qtbot.keyClick(panel.glossary_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.ask_button
    qtbot.keyClick(panel.ask_button, Qt.Key.Key_Backtab)
    qtbot.keyClick(panel.glossary_button, Qt.Key.Key_Space)
    assert tab.article.id == "glossary"
    assert QApplication.focusWidget() is tab.reader.browser
    assert articles.search.text() == "zebra crossing"  # what was typed stays
    # Typing on finds the glossary's own words again.
    articles.search.clear()
    qtbot.keyClicks(articles.search, "dyspnoea")
    assert "glossary" in _listed(articles.tree)
    assert not panel.isVisible()


def test_ask_my_team_from_a_search_that_finds_nothing(store, make_window, qtbot):
    tab = _shown(make_window(), qtbot)
    articles = tab.article_list
    qtbot.keyClicks(articles.search, "hiccups")
    assert articles.no_results.isVisible()
    qtbot.mouseClick(articles.no_results.ask_button, Qt.MouseButton.LeftButton)
    dialog = tab.questions.question_dialog
    ui = dialog.ui
    assert dialog.isVisible()
    assert ui.questionEdit.toPlainText() == "About “hiccups”: "
    ui.questionEdit.moveCursor(ui.questionEdit.textCursor().MoveOperation.End)
    qtbot.keyClicks(ui.questionEdit, "what helps them stop?")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    (saved,) = list_questions()
    assert saved.text == "About “hiccups”: what helps them stop?"
    assert (saved.ask_role, saved.article) == ("", "")


@pytest.mark.parametrize(
    ("language", "percent"), [("en", 100), ("en", 200), ("es", 200), ("zh_CN", 200)]
)
def test_screenshot_of_a_search_that_finds_nothing(
    store, make_window, qtbot, tmp_path, data_dir, language, percent
):
    # Chosen last time in View > Language: the window starts in it.
    settings = QSettings(str(data_dir / "window-settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, language)
    settings.sync()
    window = make_window()
    window.resize(1100, 760)
    tab = _shown(window, qtbot)
    panel = tab.article_list.no_results
    base = panel.glossary_button.font().pointSizeF()
    window.text_scale.apply(percent)
    window._text_size_changed(percent)
    qtbot.waitUntil(lambda: panel.glossary_button.font().pointSizeF() >= base * percent / 101)
    qtbot.keyClicks(tab.article_list.search, "zebra crossing")
    qtbot.waitUntil(panel.isVisible)
    qtbot.wait(50)  # the layout settles at the new size
    assert window.grab().save(str(tmp_path / f"learn-no-results-{language}-{percent}.png"))
    # Nothing is cut off: each label and button is as tall as its wrapped words; what the
    # pane cannot hold scrolls, and Tab brings each button into view.
    for label in (panel.message, panel.hint):
        assert label.height() >= label.heightForWidth(label.width()), label.text()
    for button in (panel.glossary_button, panel.ask_button):
        assert button.height() >= button.heightForWidth(button.width()), button.text()
        assert button.width() >= button.minimumSizeHint().width(), button.text()
        button.setFocus()
        panel.ensureWidgetVisible(button)
        top_left = button.mapTo(panel.viewport(), button.rect().topLeft())
        assert panel.viewport().rect().contains(top_left), button.text()
    assert tab.article_list.grab().save(str(tmp_path / f"learn-no-results-{language}-buttons.png"))
