"""The reminder banners above the tabs, kept to a third of the window: the rest scrolls.

At large text three banners (a visit tomorrow, a dose due, a refill to ask for) took half
of a 1280x800 window and squeezed the page under them. The stack shows all of its banners
when they fit in a third of the window's height, and scrolls them when they do not.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

# The share of the window's height the banners may take before they scroll.
MOST_OF_WINDOW = 1 / 3
# A first banner taller than that is still shown whole, up to this share of the window.
MOST_FOR_ONE = 1 / 2


class BannerStack(QScrollArea):
    """A column of banners that never takes more than a third of the window.

    Empty when made: the reminders and the notes add their banners to ``column`` (hidden
    until they have something to say) once the window is on screen.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bannerStack")
        self.setAccessibleName(self.tr("Reminders"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the banners' buttons take the focus
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._watched_window: QWidget | None = None
        # The viewport made here, as Qt makes its own: asking Qt for the one it made
        # (``viewport()``) first has PySide6 load every widget class to name its type,
        # tens of milliseconds before the window's first paint.
        self.setViewport(QWidget(self))
        inner = QWidget(self)
        inner.setObjectName("bannerColumn")
        self.column = QVBoxLayout(inner)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(0)
        self.setWidget(inner)
        inner.installEventFilter(self)  # a banner shown or hidden: the stack's height follows

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Ask the window for a new height when a banner appears, goes or grows, or the
        window's own height (which sets the most the banners may take) changes."""
        if (watched is self.widget() and event.type() == QEvent.Type.LayoutRequest) or (
            watched is self._watched_window and event.type() == QEvent.Type.Resize
        ):
            self.updateGeometry()
        return False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Follow the window's height from the first time the stack is shown."""
        super().showEvent(event)
        window = self.window()
        if window is not self and window is not self._watched_window:
            window.installEventFilter(self)
            self._watched_window = window

    def _content_height(self) -> int:
        inner = self.widget()
        width = self.viewport().width() or self.width()
        layout = inner.layout()
        if layout is not None and layout.hasHeightForWidth():
            return layout.totalHeightForWidth(width)
        return inner.sizeHint().height()

    def _row_bottoms(self, width: int) -> list[int]:
        """Where each banner shown ends, from the column's top, at ``width``."""
        bottoms, top = [], 0
        for index in range(self.column.count()):
            item = self.column.itemAt(index)
            widget = item.widget()
            if widget is None or widget.isHidden():
                continue
            top += (
                item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()
            )
            bottoms.append(top)
        return bottoms

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As tall as the banners, up to a third of the window, and then only as tall as the
        banners that fit in it whole: a banner is never shown cut through its words (the
        rest are scrolled to). The first is shown whole up to half the window."""
        window = self.window()
        content = self._content_height()
        if window is self or content <= int(window.height() * MOST_OF_WINDOW):
            return QSize(super().sizeHint().width(), content)
        most = int(window.height() * MOST_OF_WINDOW)
        bottoms = self._row_bottoms(self.viewport().width() or self.width())
        whole = [bottom for bottom in bottoms if bottom <= most]
        if whole:
            height = whole[-1]
        else:  # the first banner alone is taller than a third
            height = min(bottoms[0], int(window.height() * MOST_FOR_ONE)) if bottoms else most
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """The same as the size hint: the page under it gives way, the banners do not."""
        return self.sizeHint()

    def resizeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """A new width wraps the banners' words anew, so their height changes too."""
        super().resizeEvent(event)
        self.updateGeometry()
