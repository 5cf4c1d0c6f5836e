"""One scheduled dose on the Today page: its time, medicine and state, Given and Skipped.

Keys: on a row (or any of its buttons) G answers "given now" and S "skipped" (shortcuts
of the row); Enter on the row opens the answer dialog. Tab walks through the buttons.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from caregiver_app.services.medication.due import DoseSlot
from caregiver_app.views.look.contrast import OUTLINE_MINIMUM, TEXT_MINIMUM, readable
from caregiver_app.views.today.fitted_label import FittedLabel
from caregiver_app.views.today.today_text import Today, dose_state, medicine_label, when
from caregiver_app.views.widgets.tab_page import set_bold

# Answered doses read in grey (darkened to 7:1 on white, lightened on black); overdue ones
# are marked in words first, in dark red with a bold border, never by colour alone.
ANSWERED_COLOUR = "#56606b"
OVERDUE_COLOUR = "#8a1c1c"
FOCUS_COLOUR = "#1d4ed8"  # 6.7:1 on white


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
        medicine = medicine_label(slot.medicine, slot.answer)
        state = dose_state(slot, now)
        due = when(slot.scheduled_for, now)
        # Wrapped only when a line does not fit: forty wrapping rows were measured again
        # at every width the page passed through while it settled.
        self.label = FittedLabel(f"{due}  {medicine}\n{state}", self)
        self.label.setObjectName("doseText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setAccessibleName(
            Today.tr("{time}, {medicine}: {state}").format(time=due, medicine=medicine, state=state)
        )
        earlier = slot.scheduled_for.date() < now.date()
        # The keys this row takes, and no others (a screen reader says them).
        if self.answered:
            keys_said = Today.tr("Enter: change the answer.")
        elif earlier:
            keys_said = Today.tr("S: skipped. Enter: answer with the time, who and a note.")
        else:
            keys_said = Today.tr(
                "G: given now. S: skipped. Enter: answer with the time, who and a note."
            )
        self.setAccessibleDescription(keys_said)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        # An answered dose has only Change...: its Given and Skipped are not made at all.
        # A dose of a day before has no "given now" either: it was given then or not at
        # all, and its time is typed in the answer dialog.
        self.given_button: QPushButton | None = None
        self.skipped_button: QPushButton | None = None
        keys: list[tuple[Qt.Key, bool]] = []
        if not self.answered and not earlier:
            self.given_button = QPushButton(Today.tr("Given now"), self)
            self.given_button.setAccessibleName(
                Today.tr("Given now: {medicine}, due {time}").format(medicine=medicine, time=due)
            )
            self.given_button.setToolTip(Today.tr("Given now (key G)"))
            self.given_button.clicked.connect(lambda: self._answer(self.slot, True))
            buttons.addWidget(self.given_button)
            keys.append((Qt.Key.Key_G, True))
        if not self.answered:
            self.skipped_button = QPushButton(Today.tr("Skipped"), self)
            self.skipped_button.setAccessibleName(
                Today.tr("Skipped: {medicine}, due {time}").format(medicine=medicine, time=due)
            )
            self.skipped_button.setToolTip(Today.tr("Skipped (key S)"))
            self.skipped_button.clicked.connect(lambda: self._answer(self.slot, False))
            buttons.addWidget(self.skipped_button)
            keys.append((Qt.Key.Key_S, False))
        # G and S while the focus is on the row or one of its buttons (shortcuts, so no
        # key handler runs for every event of every row).
        for key, given in keys:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda given=given: self._answer(self.slot, given))
        self.more_button = QPushButton(
            Today.tr("Change...") if self.answered else Today.tr("Answer..."), self
        )
        self.more_button.setAccessibleName(
            Today.tr("Answer or change: {medicine}, due {time}").format(medicine=medicine, time=due)
        )
        self.more_button.setToolTip(Today.tr("Time given, who gave it, dose, reason, note (Enter)"))
        self.more_button.clicked.connect(lambda: self._open_dialog(self.slot))
        buttons.addWidget(self.more_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addLayout(buttons)
        self._style()

    def _style(self) -> None:
        # Painted, not a style sheet: forty rows with style sheets took most of the
        # page's time, and a style sheet stops a widget following the text size.
        # The colours are kept readable on the theme's own background (high contrast is
        # black): text at 7:1, the border at 3:1.
        background = self.palette().color(QPalette.ColorRole.Window)
        if self.overdue:
            (border, width), colour = (QColor(OVERDUE_COLOUR), 2), OVERDUE_COLOUR
            set_bold(self.label)
        elif self.answered:
            (border, width), colour = (QColor("#d0d5da"), 1), ANSWERED_COLOUR
        else:
            (border, width), colour = (QColor("#9aa5b1"), 1), "#1f2933"
        self._border = (readable(border, background, OUTLINE_MINIMUM), width)
        self._focus = readable(QColor(FOCUS_COLOUR), background, OUTLINE_MINIMUM)
        palette = self.label.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText, readable(QColor(colour), background, TEXT_MINIMUM)
        )
        self.label.setPalette(palette)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """The row's border: dark red and thick when overdue, blue and thick with the focus."""
        colour, width = self._border
        if self.hasFocus():
            colour, width = self._focus, 3
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, width))
        inset = width / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 4, 4)
        painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        """Show the focus border."""
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        """Hide the focus border."""
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Enter on the row: the answer dialog (G and S are the row's shortcuts)."""
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_dialog(self.slot)
            return
        super().keyPressEvent(event)
