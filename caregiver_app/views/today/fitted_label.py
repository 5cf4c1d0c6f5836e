"""A label that wraps its words only when its lines do not fit, so a long page lays out once."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class FittedLabel(QLabel):
    """Plain text on as many lines as it has, wrapped only when a line is wider than the label.

    A wrapping label makes every layout above it ask its height at each width: the
    Today page's forty rows were measured again and again while the page settled in its
    scroll area. Most lines fit at any usual width, so the label wraps only when one
    does not (narrow window, large text), and the page is laid out once otherwise.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._natural: tuple[str, str, int] | None = None  # (text, font, width)
        # Narrower than its longest line is allowed: it then wraps (see resizeEvent).
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 8)

    def natural_width(self) -> int:
        """The width of the longest line, unwrapped (measured once per text and font)."""
        text, font = self.text(), self.font().key()
        if self._natural is None or self._natural[:2] != (text, font):
            metrics = self.fontMetrics()
            widest = max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)
            margins = self.contentsMargins()
            extra = margins.left() + margins.right() + 2 * self.margin() + 2 * self.indent()
            self._natural = (text, font, widest + max(extra, 0) + 1)
        return self._natural[2]

    def _fit(self, width: int) -> None:
        wrap = self.natural_width() > width
        if wrap != self.wordWrap():
            self.setWordWrap(wrap)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Wrap the words when the longest line no longer fits, and stop when it does."""
        super().resizeEvent(event)
        self._fit(event.size().width())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """At a new text size the lines are measured again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 8)
            self._fit(self.width())
