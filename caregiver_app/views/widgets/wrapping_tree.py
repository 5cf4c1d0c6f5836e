"""A tree whose rows wrap their text to the column width, at any text size.

Qt's own delegate elides long text in a tree once the font grows. The Learn
tab's lists (articles, search results, questions) draw each cell as a small
rich-text document instead, so titles and questions wrap and search matches can
be marked; rows are measured again when the width or the font changes.

Laying a cell's rich text out is most of the cost of showing and painting these
lists (the calendar's agenda is made again at every step through the months), so
each laid-out document is kept by its text, font and width, and drawn in the ink of
the moment: measuring, painting, selecting and repainting a row lay it out once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QBrush,
    QColor,
    QFont,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QWidget,
)

from caregiver_app.views.look.contrast import TEXT_MINIMUM, contrast, luminance, readable
from caregiver_app.views.widgets.tab_page import escape_html

RICH_TEXT = Qt.ItemDataRole.UserRole + 1  # a cell's text as rich text, when it has marks
PADDING = 3
OTHER_COLUMN_SHARE = 0.22  # no column but the first takes more than this of the width
# A quiet ink keeps this share of the theme's text contrast: grey, yet no heading fades out.
QUIET_SHARE = 0.6
QUIET_SHARE_DARK = 0.8
DARK_BASE = 0.2  # relative luminance below which a page counts as dark
# Laid-out cells kept per list: many screens of rows, and a bound on memory.
MAX_KEPT_DOCUMENTS = 600


def quiet_ink(foreground: QBrush, palette: QPalette) -> QColor:
    """A quieter ink, never below 7:1 nor below a share of the theme's own text contrast.

    On a dark page grey reads weaker than on a white one (the bright text around it
    glares), so there the share is larger: a grey heading stays a heading.
    """
    # Measured against the theme's active text: a heading that cannot be selected is
    # drawn as "disabled", but it is read like any other heading.
    active = QPalette.ColorGroup.Active
    base = palette.color(active, QPalette.ColorRole.Base)
    text = palette.color(active, QPalette.ColorRole.Text)
    share = QUIET_SHARE_DARK if luminance(base) < DARK_BASE else QUIET_SHARE
    least = max(TEXT_MINIMUM, share * contrast(text, base))
    return readable(foreground.color(), base, least)


class WrapDelegate(QStyledItemDelegate):
    """Draws every cell as wrapped rich text (``RICH_TEXT`` if set, else the plain text)."""

    def _markup(self, index: QModelIndex) -> str:
        rich = index.data(RICH_TEXT)
        if rich:
            return rich
        return escape_html(index.data(Qt.ItemDataRole.DisplayRole) or "").replace("\n", "<br>")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kept: dict[tuple[str, str, float], QTextDocument] = {}

    def _document(self, font: QFont, markup: str, width: float) -> QTextDocument:
        """``markup`` laid out in ``font`` at ``width`` (none when negative), kept.

        The document holds no colour: :meth:`paint` gives the ink as it draws.
        """
        key = (markup, font.key(), width)
        document = self._kept.get(key)
        if document is None:
            if len(self._kept) >= MAX_KEPT_DOCUMENTS:
                self._kept.clear()
            document = QTextDocument()
            document.setDefaultFont(font)
            document.setDocumentMargin(PADDING)
            document.setHtml(f"<body>{markup}</body>")
            if width >= 0:
                document.setTextWidth(max(40.0, width))
            self._kept[key] = document
        return document

    def _column_width(self, index: QModelIndex) -> float:
        view = self.parent()
        width = view.header().sectionSize(index.column())
        if index.column() == 0:
            depth = 0
            parent = index.parent()
            while parent.isValid():
                depth += 1
                parent = parent.parent()
            width -= view.indentation() * (depth + (1 if view.rootIsDecorated() else 0))
        return width

    def paint(self, painter, option, index) -> None:
        """Draw the item's text as wrapped rich text."""
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        markup = self._markup(index)
        options.text = ""
        style = options.widget.style() if options.widget else None
        if style is not None:
            style.drawControl(
                QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget
            )
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        if foreground is not None:  # a quieter ink set on the item (explanations, snippets)
            # Chosen for a light page: on a dark or high-contrast one it is lightened
            # until it reads at 7:1 on the background it is painted on.
            # The view's palette: the item's own already holds the quiet ink as its text.
            theme = self.parent().palette()
            options.palette.setColor(QPalette.ColorRole.Text, quiet_ink(foreground, theme))
        document = self._document(options.font, markup, option.rect.width())
        selected = options.state & QStyle.StateFlag.State_Selected
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ink = QPalette()  # as QTextDocument.drawContents draws, in the text colour chosen
        ink.setColor(QPalette.ColorRole.Text, options.palette.color(role))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = ink
        context.clip = QRectF(0, 0, option.rect.width(), option.rect.height())
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(0, 0, option.rect.width(), option.rect.height())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt's name
        """The item's height with its text wrapped to the column."""
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        markup = self._markup(index)
        if index.column() == 0:  # the first column stretches: wrap to its width
            width = self._column_width(index)
        else:  # the others take their text's width, up to a share of the view
            natural = self._document(options.font, markup, -1).idealWidth()
            width = min(natural, self.parent().viewport().width() * OTHER_COLUMN_SHARE)
        document = self._document(options.font, markup, width)
        return QSize(int(document.idealWidth()) + 1, int(document.size().height()) + 1)


class WrappingTree(QTreeWidget):
    """A QTreeWidget drawn by :class:`WrapDelegate`, re-measured on resize and font change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(WrapDelegate(self))
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.header().sectionResized.connect(lambda *_args: self.scheduleDelayedItemsLayout())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Lay the items out again at the new width."""
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Lay the items out again when the font changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.scheduleDelayedItemsLayout()
