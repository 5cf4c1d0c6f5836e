"""What the Learn list shows when a search finds nothing: the glossary, or a question."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

TEXT_FLAGS = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic


class WrappingButton(QPushButton):
    """A push button whose words wrap onto more lines when the pane is narrow.

    The list beside the reader is narrow, and at 200% text in Spanish a one-line
    button would widen the whole window; this one grows taller instead.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _padding(self) -> QSize:
        """Room the style needs around the words (frame and margins)."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        around = self.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, QSize(0, 0), self
        )
        return QSize(around.width() + 8, around.height())

    def _text_size(self, width: int) -> QSize:
        bounds = QRect(0, 0, max(1, width), 100_000)
        return self.fontMetrics().boundingRect(bounds, TEXT_FLAGS, self.text()).size()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        """Yes: narrower means taller."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        """The height that shows every word at this width."""
        padding = self._padding()
        return self._text_size(width - padding.width()).height() + padding.height()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As narrow as the longest word."""
        padding = self._padding()
        longest = max(
            (self.fontMetrics().horizontalAdvance(word) for word in self.text().split()),
            default=0,
        )
        width = longest + padding.width()
        return QSize(width, self.heightForWidth(width))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """One line when there is room."""
        padding = self._padding()
        text = self._text_size(100_000)
        return QSize(text.width() + padding.width(), text.height() + padding.height())

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        """The style's button, then the words wrapped inside it."""
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        text, option.text = option.text, ""
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        padding = self._padding()
        inner = self.rect().adjusted(padding.width() // 2, 0, -(padding.width() // 2), 0)
        painter.drawItemText(
            inner,
            int(TEXT_FLAGS),
            self.palette(),
            self.isEnabled(),
            text,
            QPalette.ColorRole.ButtonText,
        )


class NoResultsPanel(QScrollArea):
    """In place of an empty list: what was not found, and two ways on from there.

    A scroll area, so at large text sizes in a short pane the sentences and buttons
    scroll up and down instead of being cut off; its buttons wrap their words.
    """

    glossary_requested = Signal()
    question_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noResults")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inside = QWidget(self)
        self.message = QLabel(inside)
        self.message.setObjectName("noResultsMessage")
        self.message.setWordWrap(True)
        # A word too long for the pane is cut at its edge rather than widening the panel
        # past it, which left the buttons below blank.
        self.message.setMinimumWidth(1)
        self.hint = QLabel(
            self.tr(
                "The glossary explains the words the team uses. Or keep the question for "
                "your care team: it goes on the list below, to ask at the next visit."
            ),
            inside,
        )
        self.hint.setWordWrap(True)
        self.glossary_button = WrappingButton(self.tr("Open the &glossary"), inside)
        self.glossary_button.setObjectName("openGlossary")
        self.glossary_button.setAccessibleName(self.tr("Open the glossary"))
        self.glossary_button.clicked.connect(lambda _checked=False: self.glossary_requested.emit())
        self.ask_button = WrappingButton(self.tr("Ask m&y team about this..."), inside)
        self.ask_button.setObjectName("askAboutSearch")
        self.ask_button.setAccessibleName(self.tr("Ask my team about what I searched for"))
        self.ask_button.clicked.connect(lambda _checked=False: self.question_requested.emit())
        layout = QVBoxLayout(inside)
        layout.setContentsMargins(0, 0, 4, 4)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addWidget(self.glossary_button)
        layout.addWidget(self.ask_button)
        layout.addStretch(1)
        self.setWidget(inside)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As wide as the longest word of a button and the scroll bar beside it; any height."""
        hint = super().minimumSizeHint()
        inside = self.widget().minimumSizeHint().width()
        return QSize(
            max(hint.width(), inside + self.verticalScrollBar().sizeHint().width()), hint.height()
        )

    def set_message(self, text: str) -> None:
        """The sentence saying what was not found, and what to try."""
        self.message.setText(text)
