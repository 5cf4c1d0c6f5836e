"""Learn tab: plain-language reading about palliative care, and the family's questions.

The articles and the glossary ship with the app (``resources/learn/<language>/``) and
are read the first time the tab is shown; the search index is built on the first
search. Under the reader, the questions the family wants to ask the care team.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.services.learn.content import (
    GLOSSARY_ID,
    Article,
    GlossaryEntry,
    LearnLibrary,
    content_language,
    load_library,
)
from caregiver_app.store.file_errors import not_saved
from caregiver_app.store.learn_bookmarks import bookmarked_articles, set_bookmark
from caregiver_app.store.questions import QuestionRecord
from caregiver_app.views.learn.learn_article_list import LearnArticleList, shortened
from caregiver_app.views.learn.learn_reader import ArticleReader
from caregiver_app.views.learn.question_panel import QuestionPanel
from caregiver_app.views.signals import AppSignals
from caregiver_app.views.widgets.file_messages import documents_folder, file_message
from caregiver_app.views.widgets.flow_layout import FlowLayout
from caregiver_app.views.widgets.form_parts import tab_chain
from caregiver_app.views.widgets.page_focus import focus_into
from caregiver_app.views.widgets.save_path import ask_save_path
from caregiver_app.views.widgets.splitters import split
from caregiver_app.views.widgets.tab_page import TabPage

QUOTE_LIMIT = 200  # characters of a selection copied into a new question


def _quoted(text: str) -> str:
    return shortened(text, QUOTE_LIMIT)


class LearnTab(TabPage):
    """Education articles, searchable and printable, and the questions for the team."""

    def __init__(
        self, signals: AppSignals, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(signals, undo_stack, parent)
        self.library: LearnLibrary | None = None
        self.article: Article | None = None
        self.message: QMessageBox | None = None
        self.set_texts(
            self.tr("Learn"),
            self.tr(
                "Plain answers about palliative care, to read at your own pace, and the "
                "questions you want to ask the team. Click an underlined word for its meaning."
            ),
            self.tr(
                "The reading material that comes with Care Companion could not be found. "
                "Reinstall the app to bring it back; your care record is not affected."
            ),
        )
        content = QWidget(self)
        self.article_list = LearnArticleList(content)
        self.article_list.article_chosen.connect(self.show_article)
        self.article_list.query_changed.connect(self._mark_matches)
        self.article_list.glossary_requested.connect(self.show_glossary_page)
        self.article_list.question_requested.connect(self.ask_about_search)

        self.reader = ArticleReader(content)
        self.reader.article_link.connect(self._follow_article_link)
        self.reader.glossary_link.connect(self.show_glossary_entry)
        self.reader.browser.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.reader.browser.customContextMenuRequested.connect(self._context_menu)

        self.bookmark_button = QPushButton(self.tr("&Bookmark"), content)
        self.bookmark_button.setCheckable(True)
        self.bookmark_button.setAccessibleName(self.tr("Bookmark this article"))
        self.bookmark_button.toggled.connect(self._bookmark_toggled)
        self.pdf_button = QPushButton(self.tr("&Print or save as PDF..."), content)
        self.pdf_button.setAccessibleName(self.tr("Print or save this article as PDF"))
        self.pdf_button.clicked.connect(lambda _checked=False: self.choose_pdf())
        self.ask_button = QPushButton(self.tr("As&k my team about this..."), content)
        self.ask_button.setObjectName("askMyTeam")
        self.ask_button.setAccessibleName(self.tr("Ask my team about this"))
        self.ask_button.setToolTip(
            self.tr(
                "Add a question about this article to the list below. Select a sentence "
                "first to quote it."
            )
        )
        self.ask_button.clicked.connect(lambda _checked=False: self.ask_my_team())
        tools = FlowLayout()  # at large text the buttons take two rows, none is cut
        tools.setContentsMargins(0, 0, 0, 0)
        tools.addWidget(self.bookmark_button)
        tools.addWidget(self.pdf_button)
        tools.addWidget(self.ask_button)
        reading = QWidget(content)
        reading_layout = QVBoxLayout(reading)
        reading_layout.setContentsMargins(0, 0, 0, 0)
        reading_layout.addLayout(tools)
        reading_layout.addWidget(self.reader, 1)

        self.top_splitter = split(
            Qt.Orientation.Horizontal, (self.article_list, reading), (1, 2), (380, 820), content
        )

        self.questions = QuestionPanel(signals, undo_stack, self.article_title, content)
        panes = (self.top_splitter, self.questions)
        self.splitter = split(Qt.Orientation.Vertical, panes, (3, 2), (640, 260), content)

        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.splitter, 1)
        self.set_content(content)

        # Tab goes down the left side, then along the reader's buttons into the article,
        # then to the questions: the order things are read, not the order they were built.
        chain = [
            self.article_list.search,
            self.article_list.tree,
            self.article_list.no_results.glossary_button,
            self.article_list.no_results.ask_button,
            self.bookmark_button,
            self.pdf_button,
            self.ask_button,
            self.reader.browser,
            self.reader.glossary_box.definition,
            self.reader.glossary_box.close_button,
            self.questions.show_answered,
            self.questions.add_button,
        ]
        tab_chain(chain)
        signals.record_changed.connect(self.refresh)

        self._update_buttons()

    # ------------------------------------------------------------ loading

    def refresh(self) -> None:
        """Read the articles (the first time) and reload bookmarks and questions."""
        if self.library is None:
            try:
                self.library = load_library(content_language(QLocale().name()))
            except OSError:
                self.show_content(False)
                return
            self.article_list.set_library(self.library, set(bookmarked_articles()))
            first = self.library.ordered()
            if first:
                self.show_article(first[0].id)
        else:
            self.article_list.set_bookmarks(set(bookmarked_articles()))
        self.questions.refresh()
        self.show_content(bool(self.library.ordered()))

    def article_title(self, article_id: str) -> str:
        """The title of an article by id ("" if unknown), for the question list."""
        article = self.library.article(article_id) if self.library else None
        return article.title if article else ""

    def place(self) -> tuple[str | None, str]:
        """The article open (its id is the same in every language) and the search typed,
        kept over a change of language (``LazyTabs.rebuild``)."""
        article_id = self.article.id if self.article is not None else None
        return (article_id, self.article_list.search.text())

    def return_to(self, place: tuple[str | None, str]) -> None:
        """Search again for what was typed, now in the new language's articles, and open
        again the article that was open before the language changed."""
        article_id, typed = place
        if typed:
            self.article_list.search.setText(typed)
        if article_id is not None:
            self.show_article(article_id)

    def show_questions(self) -> None:
        """Put the keyboard in the questions for the team (Help > Getting started)."""
        focus_into(self.questions)

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search box."""
        self.article_list.search.setFocus()
        self.article_list.search.selectAll()

    # ------------------------------------------------------------ reading

    def show_article(self, article_id: str) -> bool:
        """Show an article (or the glossary page) in the reader; False if there is none."""
        article = self.library.article(article_id) if self.library else None
        if article is None:
            return False
        self.article = article
        self.reader.show_article(article)
        self.article_list.select(article_id, emit=False)
        self._mark_matches()
        self._update_buttons()
        return True

    def _mark_matches(self, _query: str = "") -> None:
        """Mark the search words in the article shown, if it is one of the results."""
        if self.article is None:
            return
        hit = next((h for h in self.article_list.hits if h.id == self.article.id), None)
        words = hit.words if hit is not None and self.article_list.query() else frozenset()
        self.reader.mark(words)

    def show_glossary_page(self) -> None:
        """Show the glossary in the reader (a search found nothing), the cursor in it."""
        if self.show_article(GLOSSARY_ID):
            self.reader.browser.setFocus()

    def _follow_article_link(self, article_id: str) -> None:
        if self.article_list.query():
            self.article_list.search.clear()
        self.show_article(article_id)

    def glossary_entry(self, entry_id: str) -> GlossaryEntry | None:
        """A glossary entry by id, or None."""
        return self.library.glossary.get(entry_id) if self.library else None

    def show_glossary_entry(self, entry_id: str) -> None:
        """Show what a glossary word means, under the article."""
        entry = self.glossary_entry(entry_id)
        if entry is not None:
            self.reader.show_glossary_entry(entry)

    def _update_buttons(self) -> None:
        has_article = self.article is not None
        for button in (self.bookmark_button, self.pdf_button, self.ask_button):
            button.setEnabled(has_article)
        self.bookmark_button.blockSignals(True)
        marked = has_article and self.article.id in self.article_list.bookmarks
        self.bookmark_button.setChecked(marked)
        self.bookmark_button.setText(self.tr("&Bookmarked") if marked else self.tr("&Bookmark"))
        self.bookmark_button.blockSignals(False)

    # ------------------------------------------------------------ bookmarks

    def _bookmark_toggled(self, checked: bool) -> None:
        if self.article is None:
            return
        set_bookmark(self.article.id, checked)
        bookmarks = set(self.article_list.bookmarks)
        (bookmarks.add if checked else bookmarks.discard)(self.article.id)
        self.article_list.set_bookmarks(bookmarks)
        self._update_buttons()
        if checked:
            text = self.tr("Bookmarked “{title}”. It is listed at the top.")
        else:
            text = self.tr("Removed the bookmark from “{title}”.")
        self.signals.status_reported.emit(text.replace("{title}", self.article.title))

    # ------------------------------------------------------------ "Ask my team"

    def ask_my_team(self):
        """Open a new question about the article shown, quoting the selection if any."""
        if self.article is None:
            return None
        quote = self.reader.selected_text()
        if quote:
            role = self.article.section_role(self.reader.selection_heading())
            text = self.tr("About “{quote}”: ").replace("{quote}", _quoted(quote))
        else:
            role = self.article.ask_role
            text = ""
        record = QuestionRecord(text=text, ask_role=role, article=self.article.id)
        return self.questions.add_question(record)

    def ask_about_search(self, query: str):
        """Open a new question for the team that starts with what was searched for."""
        if not query:
            return None
        text = self.tr("About “{quote}”: ").replace("{quote}", _quoted(query))
        return self.questions.add_question(QuestionRecord(text=text))

    def _context_menu(self, position) -> None:
        browser = self.reader.browser
        menu = browser.createStandardContextMenu(position)
        menu.addSeparator()
        ask = menu.addAction(self.tr("Ask my team about this..."))
        ask.triggered.connect(lambda _checked=False: self.ask_my_team())
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context_menu = menu
        menu.popup(browser.viewport().mapToGlobal(position))

    # ------------------------------------------------------------ PDF

    def words_used(self, article: Article) -> list[GlossaryEntry]:
        """The glossary entries an article links to, in the order they first appear."""
        entries: list[GlossaryEntry] = []
        for target in article.links:
            scheme, _sep, name = target.partition(":")
            entry = self.glossary_entry(name) if scheme == "glossary" else None
            if entry is not None and entry not in entries:
                entries.append(entry)
        return entries

    def choose_pdf(self) -> None:
        """Ask where to save the article as a PDF, save it, and open it to print."""
        if self.article is None:
            return
        path = ask_save_path(
            self,
            self.tr("Print or save as PDF"),
            Path(documents_folder()) / f"{self.article.id}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if path is not None:
            self.save_pdf(path)

    def _pdf_not_saved(self, text: str) -> QMessageBox:
        self.message = file_message(self, self.tr("Print or save as PDF"), text, warning=True)
        return self.message

    def save_pdf(self, path: Path) -> QMessageBox | None:
        """Write the article shown to ``path`` as a PDF and open it in the PDF viewer."""
        if self.article is None:
            return None
        # ReportLab is imported when a PDF is made, not at start-up (docs/benchmarks.md).
        from caregiver_app.services.learn.article_pdf import ArticlePdfLabels, build_article_pdf
        from caregiver_app.services.pdf.paper import page_size
        from caregiver_app.services.record.files import OwnFileError, refuse_open_record_file

        try:
            refuse_open_record_file(path)
        except OwnFileError as error:
            return self._pdf_not_saved(str(error))
        try:
            build_article_pdf(
                path,
                self.article,
                self.words_used(self.article),
                ArticlePdfLabels.translated(),
                page_size(),  # the paper every printout uses (services/pdf/paper.py)
            )
        except OSError as error:
            return self._pdf_not_saved(not_saved(path.name, error))
        self.signals.status_reported.emit(
            self.tr("Saved “{title}” to {file}.")
            .replace("{title}", self.article.title)
            .replace("{file}", str(path))
        )
        self.open_url(QUrl.fromLocalFile(str(path)))
        return None
