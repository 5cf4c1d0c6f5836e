"""Help > Getting started: the first steps with a new record, in order, each with a button.

Each button closes the window and goes to the place it names, through the main window's
own commands (its menu actions) or an app-level signal (``place_requested``), so this
window knows nothing of the tabs themselves. The keyboard lands in the place chosen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.views.signals import AppSignals
from caregiver_app.views.widgets.form_parts import button_line
from caregiver_app.views.widgets.tab_page import set_bold


class GettingStarted(QDialog):
    """The first steps, in order: the profile, the team, the medicines, the diary, the
    appointments, the questions, and what to print before a visit."""

    def __init__(self, parent: QWidget, signals: AppSignals, actions: dict[str, QAction]) -> None:
        super().__init__(parent)
        self.setObjectName("gettingStarted")
        self.setWindowTitle(self.tr("Getting started"))
        self.setAccessibleName(self.tr("Getting started"))
        self._signals = signals
        self._actions = actions
        self.buttons: dict[str, QPushButton] = {}

        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(16, 12, 16, 12)
        intro = QLabel(
            self.tr(
                "A few steps for the first days, in this order. Each button takes you to the "
                "place it names. You can come back to this list at any time from "
                "Help > Getting started."
            ),
            page,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(intro)
        for number, (title, text, buttons) in enumerate(self._steps(), start=1):
            column.addSpacing(12)
            heading = QLabel(self.tr("{number}. {title}").format(number=number, title=title), page)
            heading.setWordWrap(True)
            set_bold(heading)
            column.addWidget(heading)
            words = QLabel(text, page)
            words.setWordWrap(True)
            words.setTextFormat(Qt.TextFormat.PlainText)
            column.addWidget(words)
            made = []
            for name, label, spoken, go in buttons:
                button = QPushButton(label, page)
                button.setObjectName(name)
                button.setAccessibleName(spoken)
                button.setAccessibleDescription(text)
                button.setAutoDefault(False)  # Enter is not a step nobody chose
                button.clicked.connect(lambda _checked=False, go=go: self._go(go))
                self.buttons[name] = button
                made.append(button)
            column.addLayout(button_line(*made))
        column.addStretch(1)

        # At twice the text size the steps scroll; nothing is cut off at the right.
        scroller = QScrollArea(self)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no extra stop for Tab
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(page)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = box.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroller, 1)
        layout.addWidget(box)
        self._page, self._box = page, box

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Shown, it is as wide as easy reading wants and as tall as its steps, within the
        screen: at a large text size the steps scroll and nothing is cut off."""
        super().showEvent(event)
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() if screen else QSize(1280, 800)
        width = min(self.fontMetrics().averageCharWidth() * 96, room.width() - 20)
        margins = self.layout().contentsMargins()
        inner = width - margins.left() - margins.right()
        steps = self._page.layout().totalHeightForWidth(inner)
        height = steps + self._box.sizeHint().height() + margins.top() + margins.bottom() + 12
        self.resize(width, min(height, room.height() - 20))

    def _steps(self) -> list[tuple[str, str, list[tuple[str, str, str, Callable[[], None]]]]]:
        """(title, what to do, its buttons: (name, text, spoken name, where it goes))."""

        def action(name: str) -> Callable[[], None]:
            return lambda: self._actions[name].trigger()

        def place(name: str) -> Callable[[], None]:
            return lambda: self._signals.place_requested.emit(name)

        return [
            (
                self.tr("The profile"),
                self.tr(
                    "Type the name of the person you care for and their allergies, your name "
                    "and the names of the others who give care, and the home time zone: where "
                    "the person lives."
                ),
                [
                    (
                        "profileStep",
                        self.tr("Open the &profile..."),
                        self.tr("Open the profile"),
                        action("editProfile"),
                    )
                ],
            ),
            (
                self.tr("The care team"),
                self.tr(
                    "Add each person on the team with their phone numbers, and the after-hours "
                    "or 24-hour line. For the person the team said to call first about "
                    "symptoms, tick “Call first for symptoms”."
                ),
                [
                    (
                        "careTeamStep",
                        self.tr("Open the care &team"),
                        self.tr("Open the care team"),
                        place("care_team_tab"),
                    )
                ],
            ),
            (
                self.tr("The medicines"),
                self.tr(
                    "Copy each medicine from its label or the hospital's list, with the times "
                    "of day it is given: those doses then show on the Today page. For a "
                    "medicine given only when needed, tick “Taken as needed” and type what "
                    "the prescription allows: the least time between doses and the most in "
                    "24 hours."
                ),
                [
                    (
                        "medicinesStep",
                        self.tr("Open the &medicines"),
                        self.tr("Open the medicines"),
                        place("diary_medicines"),
                    )
                ],
            ),
            (
                self.tr("The symptom diary"),
                self.tr(
                    "Once or twice a day, note how the person feels: nine symptoms, each from "
                    "0 (none) to 10 (worst possible). The team sees how they change between "
                    "visits."
                ),
                [
                    (
                        "diaryStep",
                        self.tr("Open the symptom &diary"),
                        self.tr("Open the symptom diary"),
                        place("diary_entries"),
                    )
                ],
            ),
            (
                self.tr("Appointments"),
                self.tr(
                    "Add each visit, test or treatment to the calendar as soon as it is booked."
                ),
                [
                    (
                        "calendarStep",
                        self.tr("Open the &calendar"),
                        self.tr("Open the calendar"),
                        place("calendar_tab"),
                    )
                ],
            ),
            (
                self.tr("Questions for the team"),
                self.tr(
                    "When a question comes to mind, add it to the list, so it is not "
                    "forgotten at the next visit."
                ),
                [
                    (
                        "questionsStep",
                        self.tr("Open the &questions"),
                        self.tr("Open the questions"),
                        place("learn_questions"),
                    )
                ],
            ),
            (
                self.tr("Before a visit"),
                self.tr(
                    "Print the visit summary and hand it to the team: symptoms, doses, "
                    "medicines, appointments and your questions. Print the medicine chart "
                    "to keep with the medicines at home."
                ),
                [
                    (
                        "summaryStep",
                        self.tr("&Visit summary..."),
                        self.tr("Visit summary"),
                        action("visitSummary"),
                    ),
                    (
                        "chartStep",
                        self.tr("Print medicine c&hart..."),
                        self.tr("Print medicine chart"),
                        action("printMedicineChart"),
                    ),
                ],
            ),
        ]

    def _go(self, go: Callable[[], None]) -> None:
        # Closed first: the place (or the dialog it opens) then has the keyboard.
        self.accept()
        go()


def open_getting_started(
    parent: QWidget, signals: AppSignals, actions: dict[str, QAction]
) -> GettingStarted:
    """Help > Getting started, open beside the window (not modal: the window stays usable)."""
    dialog = GettingStarted(parent, signals, actions)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
