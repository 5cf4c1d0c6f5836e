"""A check box on one line while there is room for it, its text wrapped onto more when not."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFocusRect,
    QStylePainter,
    QWidget,
)

WRAPPED = (
    Qt.AlignmentFlag.AlignLeft
    | Qt.AlignmentFlag.AlignVCenter
    | Qt.TextFlag.TextWordWrap
    | Qt.TextFlag.TextShowMnemonic
)


class WrappingCheckBox(QCheckBox):
    """A QCheckBox whose text wraps instead of pushing the form wider than its window.

    It asks for its whole text on one line and is drawn exactly as a check box while it has
    that; given less (large text on a small screen), the text goes onto more lines beside the
    box, and a click anywhere on it still ticks it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        # A check box's height is fixed at one line: a wrapped one needs to be let grow.
        policy.setVerticalPolicy(QSizePolicy.Policy.Preferred)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        self.setSizePolicy(policy)

    def _text_start(self) -> int:
        style = self.style()
        return style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self) + (
            style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, self)
        )

    def _text_size(self, width: int) -> QSize:
        room = QRect(0, 0, max(width - self._text_start(), 1), 100_000)
        return self.fontMetrics().boundingRect(room, int(WRAPPED), self.text()).size()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        """Its height depends on its width (how many lines the text takes)."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        """One line's height, and more for each line the text wraps onto at ``width``."""
        one_line = super().sizeHint()
        if width >= one_line.width():
            return one_line.height()
        extra = self._text_size(width).height() - self.fontMetrics().height()
        return one_line.height() + max(extra, 0)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As narrow as its longest word; one line high (the layout asks ``heightForWidth`` for
        more, and a taller minimum would have a scroll area scroll at any width)."""
        words = self.text().replace("&&", "\0").replace("&", "").replace("\0", "&").split()
        widest = max((self.fontMetrics().horizontalAdvance(word) for word in words), default=0)
        width = min(self._text_start() + widest + 4, super().sizeHint().width())
        return QSize(width, super().sizeHint().height())

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 - Qt's name
        """The box and all its lines of text take a click."""
        return self.rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """A plain check box when its text fits on one line; the box and wrapped text if not."""
        if self.width() >= super().sizeHint().width():
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.rect = self.style().subElementRect(
            QStyle.SubElement.SE_CheckBoxIndicator, option, self
        )
        painter.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, option)
        text = self.rect().adjusted(self._text_start(), 0, 0, 0)
        painter.drawItemText(
            text,
            int(WRAPPED),
            self.palette(),
            self.isEnabled(),
            self.text(),
            QPalette.ColorRole.WindowText,
        )
        if self.hasFocus():
            focus = QStyleOptionFocusRect()
            focus.initFrom(self)
            used = self._text_size(self.width())
            focus.rect = QRect(text.left(), (self.height() - used.height()) // 2, *used.toTuple())
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus)
