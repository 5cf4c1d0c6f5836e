"""The Learn tab through its real widgets: read, search, glossary, bookmarks, PDF, questions."""

import pypdfium2
import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox

from caregiver_app.store.learn_bookmarks import bookmarked_articles
from caregiver_app.store.questions import (
    QuestionRecord,
    get_question,
    list_questions,
    open_questions,
    save_question,
)
from caregiver_app.views.learn.learn_article_list import ARTICLE_ID
from caregiver_app.views.widgets.wrapping_tree import RICH_TEXT


def _shown(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.learn_tab)
    return window.learn_tab


def _rows(tree):
    """(text, article id) of every row, depth first."""
    rows = []
    pending = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while pending:
        item = pending.pop(0)
        rows.append((item.text(0), item.data(0, ARTICLE_ID)))
        pending[0:0] = [item.child(i) for i in range(item.childCount())]
    return rows


def _item(tree, article_id):
    pending = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while pending:
        item = pending.pop(0)
        if item.data(0, ARTICLE_ID) == article_id:
            return item
        pending[0:0] = [item.child(i) for i in range(item.childCount())]
    return None


def _question_texts(panel):
    tree = panel.tree
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def _click_anchor(qtbot, browser, href):
    """Click the first link to ``href`` in the reader, as a user would."""
    document = browser.document()
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position() + 1)
                browser.setTextCursor(cursor)
                browser.ensureCursorVisible()
                point = browser.cursorRect(cursor).center() + QPoint(2, 0)
                qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
                return
            fragments += 1
        block = block.next()
    raise AssertionError(f"no link to {href}")


def test_articles_are_listed_in_their_groups_and_the_first_is_open(store, make_window, qtbot):
    tab = _shown(make_window(), qtbot)
    rows = _rows(tab.article_list.tree)
    groups = [text for text, article_id in rows if article_id is None]
    assert groups == [
        "Understanding palliative care",
        "Your team",
        "Day to day",
        "For you",
        "Glossary",
    ]
    assert len([row for row in rows if row[1]]) >= 13
    assert tab.article.id == "what-is-palliative-care"
    assert tab.reader.browser.toPlainText().startswith("What palliative care is")
    assert tab.stack.currentWidget() is not tab.empty_hint
    # An article link opens the article it names.
    _click_anchor(qtbot, tab.reader.browser, "article:your-palliative-team")
    assert tab.article.id == "your-palliative-team"
    assert tab.article_list.current_id() == "your-palliative-team"


def test_search_finds_a_word_in_a_body_and_marks_it(store, make_window, qtbot):
    tab = _shown(make_window(), qtbot)
    articles = tab.article_list
    qtbot.keyClicks(articles.search, "effusi")
    results = [article_id for _text, article_id in _rows(articles.tree)]
    assert "what-palliative-care-includes" in results
    assert articles.result_line.text() == "5 articles mention “effusi”."
    item = _item(articles.tree, "what-palliative-care-includes")
    snippet = item.child(0)
    assert "pleural effusion" in snippet.text(0)
    assert "background-color:#ffe58a" in snippet.data(0, RICH_TEXT)
    assert ">effusion</span>" in snippet.data(0, RICH_TEXT)

    rect = articles.tree.visualItemRect(item)
    qtbot.mouseClick(articles.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.article.id == "what-palliative-care-includes"
    assert tab.reader.marked_texts() == ["effusion"]
    assert tab.reader.browser.textCursor().block().text().count("effusion") == 1

    # Articles with the word in their title come first, in bold; then the others.
    articles.search.clear()
    qtbot.keyClicks(articles.search, "symptom")
    tops = [articles.tree.topLevelItem(i) for i in range(articles.tree.topLevelItemCount())]
    titled = [item.data(0, ARTICLE_ID) for item in tops if item.font(0).bold()]
    assert sorted(titled) == ["other-symptoms", "symptom-diary"]
    assert [item.data(0, ARTICLE_ID) for item in tops[:2]] == titled
    assert len(tops) > 5

    # Nothing found: a sentence says so; clearing brings the groups and removes the marks.
    qtbot.keyClicks(articles.search, " zebra")
    assert articles.tree.topLevelItemCount() == 0
    assert "Nothing in the articles or the glossary mentions" in articles.no_results.message.text()
    assert not articles.result_line.isVisible()
    qtbot.keyClick(articles.search, Qt.Key.Key_Escape)
    assert articles.search.text() == ""
    assert not articles.result_line.isVisible()
    assert tab.reader.marked_texts() == []
    assert articles.tree.topLevelItem(0).text(0) == "Understanding palliative care"


def test_enter_in_the_search_box_opens_the_best_match(store, make_window, qtbot):
    tab = _shown(make_window(), qtbot)
    qtbot.keyClicks(tab.article_list.search, "telehealth")
    qtbot.keyClick(tab.article_list.search, Qt.Key.Key_Return)
    assert tab.article.id == "where-care-happens"
    assert tab.reader.marked_texts() == ["telehealth"]


def test_clicking_a_glossary_word_shows_its_meaning(store, make_window, qtbot):
    window = make_window()
    tab = _shown(window, qtbot)
    box = tab.reader.glossary_box
    assert not box.isVisible()
    _click_anchor(qtbot, tab.reader.browser, "glossary:hospice")
    assert box.isVisible()
    assert box.term.text() == "Hospice"
    assert "comfort" in box.definition.text()
    # A word inside the meaning opens its own meaning.
    box.definition.linkActivated.emit("glossary:palliative-care")
    assert box.term.text() == "Palliative care"
    qtbot.mouseClick(box.close_button, Qt.MouseButton.LeftButton)
    assert not box.isVisible()
    # A web address is never opened.
    tab.reader.browser.anchorClicked.emit(QUrl("https://example.org/"))
    assert make_window.opened_urls == []
    assert tab.article.id == "what-is-palliative-care"


def test_ask_my_team_adds_a_question_for_the_articles_role(store, make_window, qtbot):
    tab = _shown(make_window(), qtbot)
    tab.show_article("looking-after-yourself")
    qtbot.mouseClick(tab.ask_button, Qt.MouseButton.LeftButton)
    dialog = tab.questions.question_dialog
    ui = dialog.ui
    assert ui.askCombo.currentText() == "Social worker or counselor"
    assert ui.articleValue.text() == "Looking after yourself"
    assert not ui.answerEdit.isVisible()  # a new question has no answer yet
    qtbot.keyClicks(ui.questionEdit, "Can I see someone on my own?")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    (saved,) = list_questions()
    assert (saved.text, saved.ask_role, saved.article) == (
        "Can I see someone on my own?",
        "social worker or counselor",
        "looking-after-yourself",
    )
    assert _question_texts(tab.questions) == ["Can I see someone on my own?"]
    assert tab.questions.tree.topLevelItem(0).text(1) == "Social worker or counselor"
    assert tab.questions.selected_id() == saved.id


def test_ask_about_a_selection_quotes_it_and_asks_that_sections_role(store, make_window, qtbot):
    tab = _shown(make_window(), qtbot)
    tab.show_article("your-palliative-team")
    assert tab.reader.browser.find("track down medicines")
    dialog = tab.ask_my_team()
    ui = dialog.ui
    assert ui.questionEdit.toPlainText() == "About “track down medicines”: "
    assert ui.askCombo.currentText() == "Pharmacist"
    qtbot.keyClicks(ui.questionEdit, "which ones?")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (saved,) = list_questions()
    assert saved.text == "About “track down medicines”: which ones?"
    assert saved.ask_role == "pharmacist"
    assert saved.article == "your-palliative-team"


def test_a_question_can_be_asked_of_a_contact_at_a_visit(demo_store, make_window, qtbot):
    tab = _shown(make_window(), qtbot)
    dialog = tab.questions.add_question()
    ui = dialog.ui
    qtbot.keyClicks(ui.questionEdit, "Same-day visits?")
    ui.askCombo.setCurrentIndex(ui.askCombo.findText("Lucia Ferreira (Care coordinator)"))
    assert ui.appointmentCombo.count() > 1
    ui.appointmentCombo.setCurrentIndex(1)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (saved,) = [q for q in list_questions() if q.text == "Same-day visits?"]
    assert saved.contact_name == "Lucia Ferreira" and saved.ask_role == ""
    assert saved.appointment_id is not None
    assert saved.appointment_title in ui.appointmentCombo.itemText(1)
    tree = tab.questions.tree
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    (row,) = [row for row in rows if row.text(0) == "Same-day visits?"]
    assert row.text(1) == "Lucia Ferreira"
    assert saved.appointment_title in row.text(2)
    assert [q.id for q in open_questions(contact_ids=[saved.ask_contact_id])] == [saved.id]


def test_an_empty_question_is_not_saved(store, make_window, qtbot):
    tab = _shown(make_window(), qtbot)
    dialog = tab.questions.add_question()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.ui.questionError.isVisible()
    assert "write the question" in dialog.ui.questionError.text()
    assert list_questions() == []


def test_answering_moves_a_question_out_of_the_open_list_and_undo_brings_it_back(
    store, make_window, qtbot
):
    ids = [save_question(QuestionRecord(text=text)) for text in ("First?", "Second?")]
    window = make_window()
    tab = _shown(window, qtbot)
    panel = tab.questions
    assert _question_texts(panel) == ["First?", "Second?"]
    panel.select_question(ids[0])
    qtbot.mouseClick(panel.answer_button, Qt.MouseButton.LeftButton)
    dialog = panel.question_dialog
    assert dialog.ui.answeredCheck.isChecked()
    assert dialog.ui.answerEdit.isEnabled()
    qtbot.keyClicks(dialog.ui.answerEdit, "Every two weeks.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert _question_texts(panel) == ["Second?"]
    assert [record.id for record in open_questions()] == [ids[1]]
    assert get_question(ids[0]).answer == "Every two weeks."

    panel.show_answered.setChecked(True)
    texts = _question_texts(panel)
    assert texts[:3] == ["Second?", "Answered", "First?"]
    answer_row = panel.tree.topLevelItem(2).child(0).text(0)
    assert answer_row.startswith("Answer (") and answer_row.endswith("Every two weeks.")
    assert not panel.answer_button.isEnabled() or panel.selected_id() != ids[0]

    undo = window.actions_by_name["undo"]
    assert "First?" in undo.text()
    undo.trigger()
    assert [record.id for record in open_questions()] == [ids[0], ids[1]]
    panel.show_answered.setChecked(False)
    assert _question_texts(panel) == ["First?", "Second?"]
    window.actions_by_name["redo"].trigger()
    assert [record.id for record in open_questions()] == [ids[1]]


def test_delete_at_once_and_undo_restores_the_same_question(store, make_window, qtbot):
    ids = [save_question(QuestionRecord(text=t, ask_role="chaplain")) for t in ("A?", "B?", "C?")]
    window = make_window()
    tab = _shown(window, qtbot)
    panel = tab.questions
    before = get_question(ids[1])
    panel.select_question(ids[1])
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert _question_texts(panel) == ["A?", "C?"]
    assert "Edit > Undo" in window.statusBar().currentMessage()
    window.actions_by_name["undo"].trigger()
    assert get_question(ids[1]) == before
    assert _question_texts(panel) == ["A?", "B?", "C?"]
    window.actions_by_name["redo"].trigger()
    assert get_question(ids[1]) is None


def test_reorder_with_the_buttons(store, make_window, qtbot):
    ids = [save_question(QuestionRecord(text=text)) for text in ("A?", "B?", "C?")]
    tab = _shown(make_window(), qtbot)
    panel = tab.questions
    panel.select_question(ids[0])
    assert not panel.up_button.isEnabled() and panel.down_button.isEnabled()
    qtbot.mouseClick(panel.down_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.down_button, Qt.MouseButton.LeftButton)
    assert _question_texts(panel) == ["B?", "C?", "A?"]
    assert panel.selected_id() == ids[0]
    assert panel.up_button.isEnabled() and not panel.down_button.isEnabled()
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    assert [record.text for record in list_questions()] == ["B?", "A?", "C?"]


def test_edit_a_question(store, make_window, qtbot):
    question = save_question(QuestionRecord(text="Old?", ask_role="pharmacist"))
    tab = _shown(make_window(), qtbot)
    panel = tab.questions
    panel.select_question(question)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    ui = panel.question_dialog.ui
    assert ui.askCombo.currentText() == "Pharmacist"
    ui.questionEdit.selectAll()
    qtbot.keyClicks(ui.questionEdit, "New?")
    ui.askCombo.setCurrentIndex(ui.askCombo.findText("Chaplain"))
    qtbot.mouseClick(panel.question_dialog.save_button, Qt.MouseButton.LeftButton)
    record = get_question(question)
    assert (record.text, record.ask_role) == ("New?", "chaplain")


def test_bookmark_lists_the_article_at_the_top(store, make_window, qtbot):
    tab = _shown(make_window(), qtbot)
    tab.show_article("breakthrough-doses")
    qtbot.mouseClick(tab.bookmark_button, Qt.MouseButton.LeftButton)
    assert bookmarked_articles() == ["breakthrough-doses"]
    assert tab.bookmark_button.text().replace("&", "") == "Bookmarked"
    top = tab.article_list.tree.topLevelItem(0)
    assert top.text(0) == "Bookmarked"
    assert top.child(0).data(0, ARTICLE_ID) == "breakthrough-doses"
    qtbot.mouseClick(tab.bookmark_button, Qt.MouseButton.LeftButton)
    assert bookmarked_articles() == []
    assert tab.article_list.tree.topLevelItem(0).text(0) == "Understanding palliative care"


def test_bookmarks_are_remembered(store, make_window, qtbot):
    from caregiver_app.store.learn_bookmarks import set_bookmark

    set_bookmark("symptom-diary", True)
    tab = _shown(make_window(), qtbot)
    assert tab.article_list.tree.topLevelItem(0).child(0).text(0) == "Using the symptom diary"
    tab.show_article("symptom-diary")
    assert tab.bookmark_button.isChecked()


def _pdf_text(path):
    document = pypdfium2.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def test_save_an_article_as_pdf_and_open_it(store, make_window, qtbot, tmp_path):
    window = make_window()
    tab = _shown(window, qtbot)
    tab.show_article("other-symptoms")
    target = tmp_path / "other-symptoms.pdf"
    assert tab.save_pdf(target) is None
    text = " ".join(_pdf_text(target).split())
    assert "Other symptoms worth writing down" in text
    assert "Words used in this article" in text
    assert "Pleural effusion A build-up of fluid" in text
    assert "glossary:" not in text and "**" not in text
    assert "In an emergency call 911" in text
    assert make_window.opened_urls == [QUrl.fromLocalFile(str(target))]


def test_a_pdf_that_cannot_be_written_says_so_and_opens_nothing(
    store, make_window, qtbot, tmp_path
):
    tab = _shown(make_window(), qtbot)
    box = tab.save_pdf(tmp_path / "missing-folder" / "article.pdf")
    assert isinstance(box, QMessageBox)
    assert "could not be saved" in box.text()
    assert make_window.opened_urls == []
    box.close()


def test_keyboard_find_and_every_control_named(store, make_window, qtbot):
    window = make_window()
    tab = _shown(window, qtbot)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    tab.reader.browser.setFocus()
    qtbot.keyClick(tab.reader.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is tab.article_list.search
    qtbot.keyClicks(tab.article_list.search, "chaplain")
    qtbot.keyClick(tab.article_list.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is tab.article_list.tree
    assert tab.article_list.tree.tabKeyNavigation() is False
    for widget in tab.findChildren(object):
        if (
            hasattr(widget, "focusPolicy")
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            and type(widget).__name__ not in ("QScrollBar", "QWidget", "QSplitterHandle")
        ):
            assert widget.accessibleName(), (type(widget).__name__, widget.objectName())
    dialog = tab.questions.add_question()
    assert dialog.ui.questionEdit.tabChangesFocus()
    assert dialog.ui.answerEdit.tabChangesFocus()
    for widget in (dialog.ui.questionEdit, dialog.ui.askCombo, dialog.ui.appointmentCombo):
        assert widget.accessibleName()


def test_reader_text_follows_the_text_size(store, make_window, qtbot):
    window = make_window()
    tab = _shown(window, qtbot)
    before = tab.reader.browser.document().defaultFont().pointSizeF()
    window.text_scale.apply(200)
    window._text_size_changed(200)
    document = tab.reader.browser.document()
    qtbot.waitUntil(lambda: document.defaultFont().pointSizeF() > before)
    assert document.defaultFont().pointSizeF() == pytest.approx(before * 2, rel=0.05)
    glossary = tab.reader.glossary_box.definition
    qtbot.waitUntil(lambda: glossary.font().pointSizeF() > before)


def test_missing_reading_material_shows_a_hint(store, make_window, qtbot, monkeypatch):
    import caregiver_app.views.learn.learn_tab as learn_tab

    def missing(*_args, **_kwargs):
        raise FileNotFoundError("resources/learn/en")

    monkeypatch.setattr(learn_tab, "load_library", missing)
    tab = _shown(make_window(), qtbot)
    assert tab.stack.currentWidget() is tab.empty_hint
    assert "Reinstall" in tab.empty_hint.text()


def test_tab_moves_from_the_list_to_the_buttons_then_the_article(store, make_window, qtbot):
    tab = _shown(make_window(), qtbot)
    order = []
    widget = tab.article_list.search
    for _ in range(6):
        widget = widget.nextInFocusChain()
        while widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisible():
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order[:5] == [
        tab.article_list.tree,
        tab.bookmark_button,
        tab.pdf_button,
        tab.ask_button,
        tab.reader.browser,
    ]
