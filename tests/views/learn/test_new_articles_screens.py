"""The family's most-needed articles on screen, at 100% and 200% text, in each language."""

import pytest
from PySide6.QtCore import QSettings, Qt

from caregiver_app.views.look.view_options import LANGUAGE_KEY
from tests.services.learn.test_article_pdf import NEW_ARTICLES


@pytest.mark.parametrize(
    ("language", "percent"), [("en", 100), ("en", 200), ("es", 200), ("zh_CN", 200)]
)
def test_new_articles_read_without_sideways_scrolling(
    store, make_window, qtbot, tmp_path, data_dir, language, percent
):
    settings = QSettings(str(data_dir / "window-settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, language)
    settings.sync()
    window = make_window()
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.text_scale.apply(percent)
    window._text_size_changed(percent)
    for article_id in NEW_ARTICLES:
        # Asked for from another tab (an alert's link, a medicine's "Read about it").
        window.signals.article_requested.emit(article_id)
        tab = window.learn_tab
        assert window.tabs.currentWidget() is tab
        assert tab.article is not None and tab.article.id == article_id
        browser = tab.reader.browser
        qtbot.wait(20)  # the layout settles at the new size
        assert tab.article.title in browser.toPlainText()
        bar = browser.horizontalScrollBar()
        assert bar.maximum() == 0 or not bar.isVisible(), article_id  # lines wrap
        assert browser.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOn
        assert window.grab().save(str(tmp_path / f"{article_id}-{language}-{percent}.png"))
