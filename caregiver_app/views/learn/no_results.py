"""What the Learn list shows when a search finds nothing: the glossary, or a question."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget


class NoResultsPanel(QScrollArea):
    """In place of an empty list: what was not found, and two ways on from there.

    A scroll area, so at large text sizes in a short pane the sentences and buttons
    scroll up and down instead of being cut off; it asks for the buttons' full width, so
    the pane beside the reader widens rather than cutting a button's words.
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
        self.hint = QLabel(
            self.tr(
                "The glossary explains the words the team uses. Or keep the question for "
                "your care team: it goes on the list below, to ask at the next visit."
            ),
            inside,
        )
        self.hint.setWordWrap(True)
        self.glossary_button = QPushButton(self.tr("Open the &glossary"), inside)
        self.glossary_button.setObjectName("openGlossary")
        self.glossary_button.setAccessibleName(self.tr("Open the glossary"))
        self.glossary_button.clicked.connect(lambda _checked=False: self.glossary_requested.emit())
        self.ask_button = QPushButton(self.tr("Ask m&y team about this..."), inside)
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
        """As wide as the widest button and the scroll bar beside it; any height."""
        hint = super().minimumSizeHint()
        inside = self.widget().minimumSizeHint().width()
        return QSize(
            max(hint.width(), inside + self.verticalScrollBar().sizeHint().width()), hint.height()
        )

    def set_message(self, text: str) -> None:
        """The sentence saying what was not found, and what to try."""
        self.message.setText(text)
