"""The Learn tab's reader: one article rendered from Markdown, matches marked, glossary at hand.

Qt renders the Markdown (``QTextBrowser.setMarkdown``); no web engine. Links never
leave the app: ``glossary:`` links open the meaning under the article,
``article:`` links open another article, and anything else is ignored.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QKeySequence,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.services.learn.content import Article, GlossaryEntry
from caregiver_app.services.learn.search import match_spans
from caregiver_app.views.learn.learn_article_list import MARK_FILL
from caregiver_app.views.widgets.tab_page import set_bold

LINE_HEIGHT = 125  # percent: easier on tired eyes than Qt's single spacing
LINE_HEIGHT_KIND = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
HEADING_SIZES = {1: 2, 2: 1}  # Qt's size steps above normal text (Qt uses 3 and 2)
SECTION_GAP = 14  # pixels above a section heading
GLOSSARY_FILL = QColor("#eef4f8")  # a pale blue behind the explanation; text stays #000-ish


def utf16_offset(text: str, index: int) -> int:
    """Qt counts positions in UTF-16 units; Python in code points."""
    return len(text[:index].encode("utf-16-le")) // 2


def _ease_reading(document: QTextDocument) -> None:
    """More space between lines, and links underlined (colour alone is not enough)."""
    cursor = QTextCursor(document)
    underline = QTextCharFormat()
    underline.setFontUnderline(True)
    block = document.begin()
    while block.isValid():
        spacing = block.blockFormat()
        spacing.setLineHeight(LINE_HEIGHT, LINE_HEIGHT_KIND)
        level = spacing.headingLevel()
        if level >= 2:  # a little air above each section
            spacing.setTopMargin(max(spacing.topMargin(), SECTION_GAP))
        if level:  # calmer headings than Qt's, which take half the reader at 200% text
            size = QTextCharFormat()
            size.setProperty(QTextFormat.Property.FontSizeAdjustment, HEADING_SIZES.get(level, 0))
            heading = QTextCursor(block)
            heading.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            heading.mergeCharFormat(size)
        cursor.setPosition(block.position())
        cursor.setBlockFormat(spacing)
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().isAnchor():
                cursor.setPosition(fragment.position())
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                )
                cursor.mergeCharFormat(underline)
            fragments += 1
        block = block.next()


class GlossaryBox(QFrame):
    """The meaning of one glossary word, shown under the article until closed."""

    link_activated = Signal(str)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glossaryBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, GLOSSARY_FILL)
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#1f2933"))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.entry: GlossaryEntry | None = None
        self.term = QLabel(self)
        self.term.setObjectName("glossaryTerm")
        set_bold(self.term)
        self.term.setWordWrap(True)
        self.definition = QLabel(self)
        self.definition.setObjectName("glossaryDefinition")
        self.definition.setTextFormat(Qt.TextFormat.MarkdownText)
        self.definition.setWordWrap(True)
        self.definition.setOpenExternalLinks(False)
        self.definition.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.definition.linkActivated.connect(self.link_activated)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close the explanation"))
        self.close_button.clicked.connect(self.close_box)
        escape = QAction(self)
        escape.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        escape.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.triggered.connect(self.close_box)
        self.addAction(escape)
        text = QVBoxLayout()
        text.addWidget(self.term)
        text.addWidget(self.definition)
        layout = QHBoxLayout(self)
        layout.addLayout(text, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_entry(self, entry: GlossaryEntry) -> None:
        """Show one word and its meaning."""
        self.entry = entry
        self.term.setText(entry.term)
        self.definition.setText(entry.definition)
        self.definition.setAccessibleName(entry.term)
        self.definition.setAccessibleDescription(self.definition.text())
        self.show()

    def close_box(self) -> None:
        """Hide the box."""
        self.hide()
        self.closed.emit()


class ArticleReader(QWidget):
    """One article, with its search matches marked and the glossary box under it."""

    article_link = Signal(str)  # an ``article:`` link was followed: the article id
    glossary_link = Signal(str)  # a ``glossary:`` link was followed: the entry id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article: Article | None = None
        self.marked = 0
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("articleReader")
        self.browser.setAccessibleName(self.tr("Article"))
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.document().setDocumentMargin(16)
        self.browser.anchorClicked.connect(self._link_clicked)
        self.glossary_box = GlossaryBox(self)
        self.glossary_box.link_activated.connect(lambda target: self._link_clicked(QUrl(target)))
        self.glossary_box.closed.connect(self.browser.setFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.glossary_box)

    def show_article(self, article: Article) -> None:
        """Render ``article`` from the top."""
        self.article = article
        self.browser.setMarkdown(article.markdown)
        _ease_reading(self.browser.document())
        self.browser.setExtraSelections([])
        self.marked = 0
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        self.browser.verticalScrollBar().setValue(0)

    def _link_clicked(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme == "glossary":
            self.glossary_link.emit(url.path())
        elif scheme == "article":
            self.article_link.emit(url.path())
        # Anything else (a web address) is ignored: the app never opens one.

    def show_glossary_entry(self, entry: GlossaryEntry) -> None:
        """Show a word's meaning under the article."""
        self.glossary_box.show_entry(entry)

    # ------------------------------------------------------------ search matches

    def mark(self, words: frozenset[str] | set[str]) -> int:
        """Mark every word of the article whose folded form is in ``words``; scroll to the first.

        Returns how many were marked.
        """
        selections = []
        document = self.browser.document()
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(MARK_FILL))
        fmt.setForeground(QColor("#000000"))
        block = document.begin()
        while block.isValid() and words:
            text = block.text()
            for start, end in match_spans(text, words):
                cursor = QTextCursor(document)
                cursor.setPosition(block.position() + utf16_offset(text, start))
                cursor.setPosition(
                    block.position() + utf16_offset(text, end), QTextCursor.MoveMode.KeepAnchor
                )
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = fmt
                selections.append(selection)
            block = block.next()
        self.browser.setExtraSelections(selections)
        self.marked = len(selections)
        if selections:
            first = QTextCursor(selections[0].cursor)
            first.clearSelection()
            self.browser.setTextCursor(first)
            self.browser.ensureCursorVisible()
        return self.marked

    def marked_texts(self) -> list[str]:
        """The marked words as they appear in the article (for tests and screen readers)."""
        return [selection.cursor.selectedText() for selection in self.browser.extraSelections()]

    # ------------------------------------------------------------ "Ask my team"

    def selected_text(self) -> str:
        """The text the user selected in the article, on one line."""
        return " ".join(self.browser.textCursor().selectedText().split())

    def selection_heading(self) -> str:
        """The heading of the section the selection (or the cursor) is in, or ""."""
        block = self.browser.document().findBlock(self.browser.textCursor().selectionStart())
        while block.isValid():
            if block.blockFormat().headingLevel() > 1:
                return block.text().strip()
            if block.blockFormat().headingLevel() == 1:
                return ""
            block = block.previous()
        return ""
