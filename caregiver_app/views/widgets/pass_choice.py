"""Which of the two 1:15 AMs: a dose's time typed in the hour the clocks go back through.

That night (in New York the first Sunday of November) 1:00 to 1:59 AM comes twice. A time
typed in that hour is taken as the one pass that is not in the future when only one is;
when both have passed the form asks which, in two plain choices under the time, and never
guesses: Save says to choose until one is chosen. A time the form opened with and left as
it was keeps the pass it was saved with; when both of its passes have come the same choices
show it, that one chosen, so the form says which 1:15 AM it is and it can be changed.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QSignalBlocker
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLayoutItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.store.diary.saved_times import ahead_of_clock
from caregiver_app.store.home_clock import home_now
from caregiver_app.store.repeated_hour import passes
from caregiver_app.views.look.locale_format import display_locale
from caregiver_app.views.widgets.date_fields import DateTimeField, FieldInputError
from caregiver_app.views.widgets.typed_values import format_time

translate = QCoreApplication.translate


def past_passes(wall: datetime, now: datetime) -> tuple[datetime, ...]:
    """The moments ``wall`` names that are not in the future at ``now`` (the store's few
    minutes for a clock running ahead allowed)."""
    return tuple(moment for moment in passes(wall) if not ahead_of_clock(moment, now))


class PassChoice(QWidget):
    """The question under a time field, shown only while the typed time came twice and both
    times have passed: the first time (before the clocks went back) or the second."""

    def __init__(self, field: DateTimeField, parent: QWidget) -> None:
        super().__init__(parent)
        self.field = field
        self.asked_for: datetime | None = None  # the wall time the choice is about
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.first = QRadioButton(self)
        self.second = QRadioButton(self)
        self.group = QButtonGroup(self)
        for fold, button in enumerate((self.first, self.second)):
            self.group.addButton(button, fold)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.question, self.first, self.second):
            layout.addWidget(widget)
        self.hide()
        field.settle = self.settle
        field.changed.connect(self.follow)
        field.shown_set.connect(self.follow)
        # A choice changes the moment typed: the form's live lines (the limits) follow it.
        self.group.idToggled.connect(lambda _id, checked: checked and field.changed.emit())
        # Reached with Tab right after the time typed.
        QWidget.setTabOrder(field.time_field.line, self.first)
        QWidget.setTabOrder(self.first, self.second)

    def _typed(self) -> datetime | None:
        day = self.field.date_field.value_or_none()
        at = self.field.time_field.value_or_none()
        return datetime.combine(day, at) if day and at else None

    def _unchanged(self, wall: datetime) -> bool:
        """The time the form opened with, as it was: it keeps its pass."""
        shown = self.field.shown()
        return shown is not None and shown == wall

    def follow(self) -> None:
        """Ask, or stop asking, as the typed time changes; a time the form opened with shows
        its kept pass chosen."""
        wall = self._typed()
        if wall is None or len(past_passes(wall, home_now())) < 2:
            self.hide()
            return
        if wall != self.asked_for:
            shown = self.field.shown()
            self._ask(wall, shown.fold if shown is not None and self._unchanged(wall) else None)
        self.show()

    def _chosen(self, wall: datetime, past: tuple[datetime, ...]) -> datetime | None:
        """The pass chosen for ``wall`` under the time, when both have passed; else None."""
        if len(past) == 2 and wall == self.asked_for and self.group.checkedId() in (0, 1):
            return past[self.group.checkedId()]
        return None

    def moment_or_none(self) -> datetime | None:
        """The moment typed so far for live lines: its pass when known, else as the clock
        reads it (the first); None while the text is not (yet) a date and a time."""
        wall = self._typed()
        if wall is None:
            return None
        past = past_passes(wall, home_now())
        chosen = self._chosen(wall, past)
        if chosen is not None:
            return chosen
        if self._unchanged(wall):
            return self.field.shown()
        return past[0] if len(past) == 1 else wall

    def _ask(self, wall: datetime, kept: int | None = None) -> None:
        """Word the question for ``wall``, with the pass ``kept`` for it chosen, else none: a
        choice made for another time is not this one's."""
        self.asked_for = wall
        when = format_time(wall.time(), display_locale())
        self.question.setText(
            translate("PassChoice", "{time} came twice that night. Which one was it?").format(
                time=when
            )
        )
        self.first.setText(
            translate("PassChoice", "{time} the first time (before the clocks went back)").format(
                time=when
            )
        )
        self.second.setText(
            translate("PassChoice", "{time} the second time (after)").format(time=when)
        )
        self.first.setAccessibleName(self.first.text())
        self.second.setAccessibleName(self.second.text())
        self.setAccessibleName(self.question.text())
        # Quiet: the form's live lines follow the moment, which is the one shown until changed.
        with QSignalBlocker(self.group), QSignalBlocker(self.first), QSignalBlocker(self.second):
            self.group.setExclusive(False)
            for fold, button in enumerate((self.first, self.second)):
                button.setChecked(fold == kept)
            self.group.setExclusive(True)

    def settle(self, wall: datetime, shown: datetime | None) -> datetime:
        """The moment ``wall`` is: the one pass not in the future, the pass the time was
        shown with when it is unchanged, or the pass chosen; with none chosen when both have
        passed, FieldInputError asks for the choice."""
        past = past_passes(wall, home_now())
        chosen = self._chosen(wall, past)
        if chosen is not None:
            return chosen
        if shown is not None and shown == wall:
            return shown
        if len(past) < 2:
            return past[0] if past else wall  # a time in the future is refused after
        if wall != self.asked_for:
            self._ask(wall)
        self.show()
        raise FieldInputError(
            translate(
                "PassChoice",
                "{time} came twice that night: choose the first time (before the clocks went "
                "back) or the second (after).",
            ).format(time=format_time(wall.time(), display_locale())),
            self.first,
        )


def ask_which_pass(field: DateTimeField, form: QFormLayout) -> PassChoice:
    """Make ``field`` keep which pass of a repeated hour its time is, asking when needed in
    a row of ``form`` of its own, across the form, under the field's."""
    choice = PassChoice(field, form.parentWidget() or field)
    row, _role = form.getWidgetPosition(field)
    if row < 0:  # the field is in a row of its own layout: the row that holds that layout
        row = next(
            index
            for index in range(form.rowCount())
            if _holds(form.itemAt(index, QFormLayout.ItemRole.FieldRole), field)
        )
    form.insertRow(row + 1, choice)
    return choice


def _holds(item: QLayoutItem | None, widget: QWidget) -> bool:
    layout = item.layout() if item is not None else None
    return layout is not None and layout.indexOf(widget) >= 0
