"""The Learn tab's left side: the search box and the articles, grouped or as ranked results."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.services.learn.content import GROUPS, LearnLibrary
from caregiver_app.services.learn.search import SearchHit
from caregiver_app.views.learn.no_results import NoResultsPanel
from caregiver_app.views.widgets.tab_page import escape_html
from caregiver_app.views.widgets.wrapping_tree import RICH_TEXT, WrappingTree

ARTICLE_ID = Qt.ItemDataRole.UserRole
MARK_FILL = "#ffe58a"  # the same yellow marks matches in the article; black on it is 16:1
MUTED_INK = QColor("#46515c")  # 7.9:1 on white
# Characters of the search echoed in the sentence above the results: a pasted page, or
# a long run with no space, would push the sentence and the buttons out of the pane.
QUERY_SHOWN = 40


def shortened(text: str, limit: int) -> str:
    """``text``, or its first ``limit`` characters ending in "…" when it is longer."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def marked_html(text: str, spans) -> str:
    """``text`` as rich text with the characters in ``spans`` marked."""
    parts = []
    last = 0
    for start, end in spans:
        parts.append(escape_html(text[last:start]))
        parts.append(
            f'<span style="background-color:{MARK_FILL}; color:#000000">'
            f"{escape_html(text[start:end])}</span>"
        )
        last = end
    parts.append(escape_html(text[last:]))
    return "".join(parts)


class LearnArticleList(QWidget):
    """Search box over the article list; choosing a row emits ``article_chosen(id)``."""

    article_chosen = Signal(str)
    query_changed = Signal(str)
    glossary_requested = Signal()
    question_requested = Signal(str)  # the search words, for a question to the team

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library: LearnLibrary | None = None
        self.bookmarks: set[str] = set()
        self.hits: list[SearchHit] = []
        self.search = QLineEdit(self)
        self.search.setObjectName("learnSearch")
        self.search.setPlaceholderText(self.tr("Search the articles"))
        self.search.setAccessibleName(self.tr("Search the articles"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._query_changed)
        self.search.returnPressed.connect(self.open_first_result)
        self.result_line = QLabel(self)
        self.result_line.setObjectName("searchResultLine")
        self.result_line.setWordWrap(True)
        self.result_line.hide()

        self.tree = WrappingTree(self)
        self.tree.setObjectName("articleList")
        self.tree.setAccessibleName(self.tr("Articles"))
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(12)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.currentItemChanged.connect(self._current_changed)

        # A search that finds nothing shows this in place of the empty list.
        self.no_results = NoResultsPanel(self)
        self.no_results.glossary_requested.connect(self.glossary_requested)
        self.no_results.question_requested.connect(
            lambda: self.question_requested.emit(self.query())
        )
        self.no_results.hide()

        # Down goes to the list, Escape empties the box; in the list, Escape and Up from
        # its first row go back to the box (keys, not shortcuts, so they also reach the
        # box when the window is not the active one).
        self.search.installEventFilter(self)
        self.tree.installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.result_line)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.no_results, 1)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """Down arrow from the search box goes to the list; Esc clears the search. In the
        list, Esc, or Up on its first article, goes back to the search box."""
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            first = event.key() == Qt.Key.Key_Up and self.tree.currentItem() is self._first()
            if event.key() == Qt.Key.Key_Escape or first:
                self.search.setFocus()  # the cursor after the search, to go on typing
                return True
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down:
                self._focus_list()
                return True
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------ contents

    def set_library(self, library: LearnLibrary, bookmarks: set[str]) -> None:
        """Show ``library``'s articles; ``bookmarks`` are listed again at the top."""
        self.library = library
        self.bookmarks = set(bookmarks)
        self.populate()

    def set_bookmarks(self, bookmarks: set[str]) -> None:
        """Redraw with a new set of bookmarked ids."""
        self.bookmarks = set(bookmarks)
        self.populate()

    def query(self) -> str:
        """The search text, trimmed."""
        return self.search.text().strip()

    def _group(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree)
        item.setText(0, title)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        return item

    def _article(self, parent, article_id: str, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent)
        item.setText(0, title)
        item.setData(0, ARTICLE_ID, article_id)
        return item

    def populate(self) -> None:
        """The grouped list, or ranked results while there is a search."""
        current = self.current_id()
        self.tree.blockSignals(True)
        self.tree.clear()
        if self.library is not None:
            if self.query():
                self._fill_results()
            else:
                self._fill_groups()
        self.tree.expandAll()
        self.tree.blockSignals(False)
        nothing_found = self.library is not None and bool(self.query()) and not self.hits
        self.tree.setVisible(not nothing_found)
        self.no_results.setVisible(nothing_found)
        if current is not None:
            self.select(current, emit=False)

    def _fill_groups(self) -> None:
        library = self.library
        self.hits = []
        marked = [item for item in library.ordered() if item.id in self.bookmarks]
        if marked:
            group = self._group(self.tr("Bookmarked"))
            for article in marked:
                self._article(group, article.id, article.title)
        labels = dict(GROUPS)
        for key, articles in library.grouped():
            group = self._group(QCoreApplication.translate("Learn", labels[key]))
            for article in articles:
                self._article(group, article.id, article.title)
        if library.glossary_page is not None:
            group = self._group(self.tr("Glossary"))
            self._article(group, library.glossary_page.id, library.glossary_page.title)
        self.result_line.hide()

    def _fill_results(self) -> None:
        self.hits = self.library.index.search(self.query())
        for hit in self.hits:
            item = self._article(self.tree, hit.id, hit.title)
            if hit.title_match:
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
            line = QTreeWidgetItem(item)
            line.setText(0, hit.snippet)  # what a screen reader reads
            line.setData(0, RICH_TEXT, marked_html(hit.snippet, hit.snippet_spans))
            line.setData(0, ARTICLE_ID, hit.id)
            line.setForeground(0, MUTED_INK)
        if len(self.hits) == 1:
            text = self.tr("One article mentions “{text}”.")
        elif self.hits:
            text = self.tr("%n articles mention “{text}”.", None, len(self.hits))
        else:
            text = self.tr(
                "Nothing in the articles or the glossary mentions “{text}”. Try a shorter or "
                "different word, or clear the search to see every article."
            )
        text = text.replace("{text}", shortened(self.query(), QUERY_SHOWN))
        if self.hits:
            self.result_line.setText(text)
            self.result_line.show()
        else:  # said above the two ways on, where it scrolls with them at large sizes
            self.result_line.hide()
            self.no_results.set_message(text)

    # ------------------------------------------------------------ choosing

    def current_id(self) -> str | None:
        """The id of the article whose row is current, or None."""
        item = self.tree.currentItem()
        return item.data(0, ARTICLE_ID) if item is not None else None

    def select(self, article_id: str, emit: bool = True) -> bool:
        """Make the first row of ``article_id`` current; False if it is not listed.

        Without ``emit`` (the reader showing the row just chosen), a row of that article
        that is current already stays so: the arrow keys go on from a result's line of
        context, or from the second place of a bookmarked article, instead of being sent
        back to its first row (and never getting past it).
        """
        if not emit and self.current_id() == article_id:
            return True
        iterator = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while iterator:
            item = iterator.pop(0)
            if item.data(0, ARTICLE_ID) == article_id:
                if not emit:
                    self.tree.blockSignals(True)
                self.tree.setCurrentItem(item)
                self.tree.blockSignals(False)
                return True
            iterator[0:0] = [item.child(i) for i in range(item.childCount())]
        return False

    def _current_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        article_id = current.data(0, ARTICLE_ID) if current is not None else None
        if article_id:
            self.article_chosen.emit(article_id)

    def _query_changed(self, _text: str) -> None:
        self.populate()
        self.query_changed.emit(self.query())

    def open_first_result(self) -> None:
        """Enter in the search box: open the best match."""
        if self.query() and self.hits:
            self.select(self.hits[0].id)

    def _first(self) -> QTreeWidgetItem | None:
        """The list's first article (or result), passing over the group headings."""
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            candidates = [item] + [item.child(i) for i in range(item.childCount())]
            for candidate in candidates:
                if candidate.data(0, ARTICLE_ID):
                    return candidate
        return None

    def _focus_list(self) -> None:
        self.tree.setFocus()
        if self.tree.currentItem() is None:
            first = self._first()
            if first is not None:
                self.tree.setCurrentItem(first)
