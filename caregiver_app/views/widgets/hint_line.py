"""A line box that asks for the width its hint needs, so the hint is read whole.

A plain line edit asks for a fixed width whatever its placeholder says, so a layout
sharing a row between boxes ("Time given": the date, the time, Now) gave the time box
less than "for example 2:30 PM" and Qt cut it to "for example 2:3…". Only the size it
asks for grows: a narrow window can still squeeze it, so no form scrolls sideways for it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLineEdit, QStyle, QWidget

TEXT_SIDE = 2  # QLineEdit's own margin each side of its text, inside the frame


class HintLine(QLineEdit):
    """A QLineEdit whose size hint is wide enough for its placeholder text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def setPlaceholderText(self, text: str) -> None:  # noqa: N802 - Qt's name
        """Show ``text`` when empty, and ask the layout again for room for it."""
        super().setPlaceholderText(text)
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Qt's own hint, widened to the placeholder (and the clear button beside it)."""
        hint = super().sizeHint()
        text = self.placeholderText()
        if not text:
            return hint
        metric = QStyle.PixelMetric.PM_DefaultFrameWidth
        frame = self.style().pixelMetric(metric, None, self) if self.hasFrame() else 0
        margins = self.textMargins()
        need = (
            self.fontMetrics().horizontalAdvance(text)
            + 2 * frame
            + margins.left()
            + margins.right()
            + 2 * TEXT_SIDE
            + 4  # rounding, and the cursor's width at the end
        )
        if self.isClearButtonEnabled():
            need += hint.height()  # the clear button is about as wide as the box is tall
        return QSize(max(hint.width(), need), hint.height())
