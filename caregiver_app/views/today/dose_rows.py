"""One scheduled dose on the Today page: its time, medicine and state, Given and Skipped.

Keys: on a row (or any of its buttons) G answers "given now" and S "skipped"; Enter on
the row opens the answer dialog. Tab walks through the buttons as usual.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from caregiver_app.services.medication.due import DoseSlot
from caregiver_app.views.today.today_sections import keep_text_size
from caregiver_app.views.today.today_text import Today, dose_state, medicine_label, when
from caregiver_app.views.widgets.tab_page import set_bold

# Answered doses read in grey (still 5.7:1 on white); overdue ones are marked in words
# first, in dark red (7.6:1) with a bold border, never by colour alone.
ANSWERED_COLOUR = "#56606b"
OVERDUE_COLOUR = "#8a1c1c"


class DoseRow(QFrame):
    """A dose due today (or not logged before): its sentence and its buttons."""

    def __init__(
        self,
        slot: DoseSlot,
        now: datetime,
        answer: Callable[[DoseSlot, bool], None],
        open_dialog: Callable[[DoseSlot], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.slot = slot
        self._answer = answer
        self._open_dialog = open_dialog
        self.setObjectName("doseRow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.overdue = slot.overdue(now)
        self.answered = slot.answer is not None
        medicine = medicine_label(slot.medicine)
        state = dose_state(slot, now)
        due = when(slot.scheduled_for, now)
        self.label = QLabel(f"{due}  {medicine}\n{state}", self)
        self.label.setObjectName("doseText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setAccessibleName(
            Today.tr("{time}, {medicine}: {state}").format(time=due, medicine=medicine, state=state)
        )
        self.setAccessibleDescription(
            Today.tr("G: given now. S: skipped. Enter: answer with the time, who and a note.")
        )
        self.given_button = QPushButton(Today.tr("Given"), self)
        self.given_button.setAccessibleName(
            Today.tr("Given now: {medicine}, due {time}").format(medicine=medicine, time=due)
        )
        self.given_button.setToolTip(Today.tr("Given now (key G)"))
        self.skipped_button = QPushButton(Today.tr("Skipped"), self)
        self.skipped_button.setAccessibleName(
            Today.tr("Skipped: {medicine}, due {time}").format(medicine=medicine, time=due)
        )
        self.skipped_button.setToolTip(Today.tr("Skipped (key S)"))
        self.more_button = QPushButton(
            Today.tr("Change...") if self.answered else Today.tr("Answer..."), self
        )
        self.more_button.setAccessibleName(
            Today.tr("Answer or change: {medicine}, due {time}").format(medicine=medicine, time=due)
        )
        self.more_button.setToolTip(Today.tr("Time given, who gave it, dose, reason, note (Enter)"))
        self.given_button.clicked.connect(lambda: self._answer(self.slot, True))
        self.skipped_button.clicked.connect(lambda: self._answer(self.slot, False))
        self.more_button.clicked.connect(lambda: self._open_dialog(self.slot))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        if not self.answered:
            buttons.addWidget(self.given_button)
            buttons.addWidget(self.skipped_button)
        else:
            self.given_button.hide()
            self.skipped_button.hide()
        buttons.addWidget(self.more_button)
        buttons.addStretch(1)
        for button in (self.given_button, self.skipped_button, self.more_button):
            button.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addLayout(buttons)
        self._style()

    def _style(self) -> None:
        # Colours only: a font in a style sheet would stop following the app's text size.
        if self.overdue:
            border, colour = f"2px solid {OVERDUE_COLOUR}", OVERDUE_COLOUR
            set_bold(self.label)
        elif self.answered:
            border, colour = "1px solid #d0d5da", ANSWERED_COLOUR
        else:
            border, colour = "1px solid #9aa5b1", "#1f2933"
        self.setStyleSheet(
            f"QFrame#doseRow {{ border: {border}; border-radius: 4px; }}"
            "QFrame#doseRow:focus { border: 2px solid #1d4ed8; }"
        )
        keep_text_size(self)
        palette = self.label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
        self.label.setPalette(palette)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """G: given now; S: skipped; Enter: the answer dialog."""
        if not self._handle_key(event):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """The same keys while one of the row's buttons has the focus."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_G, Qt.Key.Key_S) and self._handle_key(event):
                return True
        return super().eventFilter(watched, event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        key = event.key()
        if key == Qt.Key.Key_G and not self.answered:
            self._answer(self.slot, True)
            return True
        if key == Qt.Key.Key_S and not self.answered:
            self._answer(self.slot, False)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.hasFocus():
            self._open_dialog(self.slot)
            return True
        return False
