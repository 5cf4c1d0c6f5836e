"""The frame every tab shares: a heading, a sentence on what it holds, then content or a hint."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from caregiver_app.views.signals import AppSignals


class _ScrolledPage(QWidget):
    """The page inside the scroll area: it asks for the least height its words need.

    A scroll area gives a page with wrapping text the height it would like, not the
    least it needs: the page would scroll long before it must, lists squeezed off the
    bottom. Asking for the least lets the lists shrink first and the page scroll last.
    """

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        """The least height the page's layout needs at ``width``."""
        layout = self.layout()
        return layout.totalMinimumHeightForWidth(width) if layout else super().heightForWidth(width)


class TabPage(QWidget):
    """A tab with a heading, an introduction, and either its content or an empty-state hint.

    Its changes go on the window's ``undo_stack``; ``open_url`` is replaced by the window
    (and by tests), so a file the tab saves opens in the system's viewer.
    """

    def __init__(
        self, signals: AppSignals, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.signals = signals
        self.undo_stack = undo_stack
        self.open_url: Callable[[QUrl], object] = lambda url: None
        # At large text a page that needs more room than the window has scrolls,
        # instead of squeezing its lists and buttons until they are cut off.
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("tabPageScroller")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no extra stop for Tab
        page = _ScrolledPage(self.scroller)
        self.heading = QLabel(page)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.intro = QLabel(page)
        self.intro.setWordWrap(True)
        self.empty_hint = QLabel(page)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty_hint.setObjectName("emptyHint")
        self.stack = QStackedWidget(page)
        self.stack.addWidget(self.empty_hint)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.stack, 1)
        self.scroller.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroller)

    def set_texts(self, heading: str, intro: str, empty_hint: str) -> None:
        """Set the heading (plain text), the introduction and the empty-state hint."""
        self.heading.setText(f"<h2>{escape_html(heading)}</h2>")
        self.heading.setAccessibleName(heading)
        self.scroller.setAccessibleName(heading)
        self.intro.setText(intro)
        self.empty_hint.setText(empty_hint)

    def set_content(self, widget: QWidget) -> None:
        """The widget shown when there is something to show."""
        self.stack.addWidget(widget)
        self._content = widget

    def show_content(self, has_content: bool) -> None:
        """Show the content, or the hint that says how to start."""
        self.stack.setCurrentWidget(self._content if has_content else self.empty_hint)

    def refresh(self) -> None:
        """Reload what the tab shows from the store."""


def set_bold(widget: QWidget) -> None:
    """Make a widget's text bold while its size keeps following the app's text size."""
    font = QFont()
    font.setBold(True)  # only the weight is set, so the size still comes from the app
    widget.setFont(font)


def escape_html(text: str) -> str:
    """Text typed by the user, safe inside a rich-text label.

    What ``html.escape(text, quote=False)`` gives; written out here because the ``html``
    package loads its table of every named entity, which the window's start never uses.
    """
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
