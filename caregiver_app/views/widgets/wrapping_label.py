"""A label on one line while there is room for it, wrapped onto more when there is not."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QWidget


class WrappingLabel(QLabel):
    """A word-wrapped label that asks for its whole text on one line.

    A plain word-wrapped QLabel asks for about twenty characters' width, so in a grid
    with room to spare "Wellbeing (how you feel overall)" would still take two lines.
    This one asks for its one-line width and wraps only when the layout has less.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """The whole text on one line (its height at that width)."""
        hint = super().sizeHint()
        shown = self.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        margins = self.contentsMargins()
        extra = margins.left() + margins.right() + 2 * self.margin() + max(self.indent(), 0)
        # One pixel more: the advance is rounded, and a pixel short would wrap the last word.
        width = max(hint.width(), self.fontMetrics().horizontalAdvance(shown) + extra + 1)
        return QSize(width, self.heightForWidth(width))
