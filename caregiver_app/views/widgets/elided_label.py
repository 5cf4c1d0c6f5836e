"""A one-line label that ends in "…" when the room is too short, its whole text a hover away.

The status bar's lines (the family folder's sentence, say) are whole sentences; at large
text a status bar cannot hold them, and a plain label there ran past the window's edge,
cut mid-word. This label gives way: it draws as much as fits and "…", keeps the whole
sentence as its text (what a screen reader reads) and as its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

# The least the label shrinks to, in average characters: enough to see what it is about.
FEWEST_CHARACTERS = 12


class ElidedLabel(QLabel):
    """One line of text, shortened with "…" to the width it is given."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        """Show ``text`` (shortened if need be); hovering shows it whole."""
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """A dozen characters wide: the status bar may give it less than its whole text."""
        hint = super().minimumSizeHint()
        least = self.fontMetrics().averageCharWidth() * FEWEST_CHARACTERS
        return QSize(min(hint.width(), least), hint.height())

    def shown_text(self) -> str:
        """What fits in the label's width now: the text, or its start and "…"."""
        metrics = self.fontMetrics()
        return metrics.elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """Draw the text as it fits, in the label's colours and alignment."""
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment()), self.shown_text())
        painter.end()
