"""The Learn article's PDF is printed on the paper every printout uses (one rule, in
``services/pdf/paper.py``): the one chosen in the visit summary, else the local one.

The article took the system locale's paper whatever the family had chosen for the
summary, so a family on A4 printed the summary on A4 and the article on Letter.
"""

from __future__ import annotations

import pypdfium2
from PySide6.QtCore import QLocale, Qt
from reportlab.lib.pagesizes import A4, LETTER

from caregiver_app.services.pdf import paper
from tests.helpers.locales import LOCALES
from tests.views.visit_summary.test_summary_typing import _open, _settled


def _page_size(path) -> tuple[int, int]:
    document = pypdfium2.PdfDocument(str(path))
    try:
        width, height = document[0].get_size()
        return round(width), round(height)
    finally:
        document.close()


def _rounded(size) -> tuple[int, int]:
    return round(size[0]), round(size[1])


def test_the_article_is_printed_on_the_paper_chosen_in_the_summary(
    store, make_window, qtbot, tmp_path
):
    local = "a4" if paper.paper_for_locale(QLocale.system().name()) == A4 else "letter"
    dialog = _open(make_window, qtbot)
    combo = dialog.ui.paperCombo
    assert combo.currentData() == local  # before any choice: the local paper
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)  # Letter
    if local == "letter":
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # A4, the other one
    chosen = combo.currentData()
    assert chosen != local
    _settled(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    window = dialog.parentWidget()
    window.tabs.setCurrentWidget(window.learn_tab)
    window.learn_tab.show_article("other-symptoms")
    target = tmp_path / "article.pdf"
    assert window.learn_tab.save_pdf(target) is None
    assert _page_size(target) == _rounded(A4 if chosen == "a4" else LETTER)

    assert paper.chosen_paper() == chosen  # kept: the summary opens on it next time too


class _ComputerSetToNoCountry(QLocale):
    """The bare "C" locale a computer without a language setting reports."""

    @staticmethod
    def system() -> QLocale:
        return QLocale.c()


def test_a_computer_set_to_no_country_takes_the_paper_of_the_apps_language(
    store, monkeypatch
):
    monkeypatch.setattr(paper, "QLocale", _ComputerSetToNoCountry)
    previous = QLocale()
    try:
        QLocale.setDefault(LOCALES["es_ES"])  # Spanish chosen in View > Language
        assert paper.page_size() == A4
        QLocale.setDefault(LOCALES["en_US"])
        assert paper.page_size() == LETTER
        assert paper.page_size("a4") == A4  # --paper, or the summary's choice, first
    finally:
        QLocale.setDefault(previous)
