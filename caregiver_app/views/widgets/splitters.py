"""Two panes side by side or one above the other, sharing the space in a set proportion."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QSplitter, QWidget

# The narrowest a pane may get, in average characters of its font: a list of titles
# still shows two or three words a line at twice the text size.
MINIMUM_CHARACTERS = 18
# The lowest a pane may get, in lines of its font: enough for a row of buttons that wraps
# and a few lines of what is under it; a page that needs more scrolls, never squeezes.
MINIMUM_LINES = 8


class ReadableSplitter(QSplitter):
    """A splitter whose panes keep a readable minimum, measured again when the font changes."""

    def pane_minimum(self) -> int:
        """The least width (side by side) or height (one above the other) of a pane now."""
        metrics = self.fontMetrics()
        if self.orientation() == Qt.Orientation.Horizontal:
            return MINIMUM_CHARACTERS * metrics.averageCharWidth()
        return MINIMUM_LINES * metrics.lineSpacing()

    def keep_panes_readable(self) -> None:
        """Give every pane the current minimum, or its own layout's if that is larger.

        An explicit minimum replaces the one a pane's layout asks for, so the larger of
        the two is set: a row of buttons is never squeezed below its words.
        """
        least = self.pane_minimum()
        for index in range(self.count()):
            pane = self.widget(index)
            own = pane.minimumSizeHint()
            if self.orientation() == Qt.Orientation.Horizontal:
                pane.setMinimumWidth(max(least, own.width()))
            else:
                pane.setMinimumHeight(max(least, own.height()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Measure the minimum again at a new text size, once the panes have their font."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            QTimer.singleShot(0, self, self.keep_panes_readable)  # not once deleted


def split(
    orientation: Qt.Orientation,
    panes: tuple[QWidget, QWidget],
    stretch: tuple[int, int],
    sizes: tuple[int, int] | None = None,
    parent: QWidget | None = None,
) -> QSplitter:
    """A splitter of two panes that neither can be dragged shut, growing by ``stretch``."""
    splitter = ReadableSplitter(orientation, parent)
    splitter.setChildrenCollapsible(False)  # a pane dragged to nothing looks like a lost list
    for index, (pane, share) in enumerate(zip(panes, stretch, strict=True)):
        splitter.addWidget(pane)
        splitter.setStretchFactor(index, share)
    splitter.keep_panes_readable()
    if sizes is not None:
        splitter.setSizes(list(sizes))
    return splitter
