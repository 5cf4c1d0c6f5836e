"""The medicine form's as-needed limits and supply: what the prescription allows, what is on hand.

Every number box starts at its word for nothing ("not entered", "not counted"): the app
checks and says nothing about a limit the family has not entered from the prescription.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from caregiver_app.services.medication.supply_state import DEFAULT_REFILL_WARNING_DAYS
from caregiver_app.store.medication.schedules import AsNeededRules

NOT_ENTERED = -1  # the number boxes' word for nothing
HOUR = 60


def _number_box(parent: QWidget, name: str, high: int, nothing: str) -> QSpinBox:
    box = QSpinBox(parent)
    box.setObjectName(name)
    box.setRange(NOT_ENTERED, high)
    box.setSpecialValueText(nothing)
    box.setValue(NOT_ENTERED)
    return box


def name_box(box: QSpinBox, name: str) -> None:
    """Name a number box and the line inside it, which is what a screen reader meets."""
    box.setAccessibleName(name)
    box.lineEdit().setAccessibleName(name)


def _row(parent: QWidget, *widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


class AsNeededFields(QGroupBox):
    """What the prescription of an as-needed medicine says, as the family enters it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("As needed: what the prescription allows"))
        self.reasons = QPlainTextEdit(self)
        self.reasons.setObjectName("prnReasons")
        self.reasons.setAccessibleName(self.tr("Reasons it may be given"))
        self.reasons.setPlaceholderText(
            self.tr("One a line, as the prescription says: pain, breathlessness...")
        )
        self.reasons.setTabChangesFocus(True)
        self.reasons.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        nothing = self.tr("not entered")
        self.interval = _number_box(self, "prnInterval", 999, nothing)
        name_box(self.interval, self.tr("Smallest time between doses"))
        self.interval_unit = QComboBox(self)
        self.interval_unit.setObjectName("prnIntervalUnit")
        self.interval_unit.setAccessibleName(self.tr("Unit of the time between doses"))
        self.interval_unit.addItem(self.tr("hours"), HOUR)
        self.interval_unit.addItem(self.tr("minutes"), 1)
        self.max_per_day = _number_box(self, "prnMaxPerDay", 99, nothing)
        name_box(self.max_per_day, self.tr("Most doses in 24 hours"))
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Given for:"), self.reasons)
        layout.addRow(
            self.tr("At &least:"),
            _row(self, self.interval, self.interval_unit, QLabel(self.tr("between doses"), self)),
        )
        layout.addRow(self.tr("&Most in 24 hours:"), _row(self, self.max_per_day))
        for label_row, field in ((0, self.reasons), (1, self.interval), (2, self.max_per_day)):
            label = layout.itemAt(label_row, QFormLayout.ItemRole.LabelRole).widget()
            label.setBuddy(field)

    def set_rules(self, rules: AsNeededRules) -> None:
        """Show the limits entered before."""
        self.reasons.setPlainText(rules.reasons)
        minutes = rules.min_interval_minutes
        hours = minutes is not None and minutes % HOUR == 0 and minutes > 0
        self.interval_unit.setCurrentIndex(0 if hours or minutes is None else 1)
        if minutes is None:
            self.interval.setValue(NOT_ENTERED)
        else:
            self.interval.setValue(minutes // HOUR if hours else minutes)
        self.max_per_day.setValue(NOT_ENTERED if rules.max_per_day is None else rules.max_per_day)

    def rules(self) -> AsNeededRules:
        """The limits as typed (None where not entered)."""
        interval = self.interval.value()
        most = self.max_per_day.value()
        return AsNeededRules(
            reasons=self.reasons.toPlainText().strip(),
            min_interval_minutes=None
            if interval == NOT_ENTERED
            else interval * self.interval_unit.currentData(),
            max_per_day=None if most == NOT_ENTERED else most,
        )

    def field_widget(self, field: str) -> QWidget | None:
        """The box the store names in a refusal of the limits."""
        return {"min_interval": self.interval, "max_per_day": self.max_per_day}.get(field)


class SupplyFields(QGroupBox):
    """How many doses are on hand, and how long before they run out to remind."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Supply"))
        self.on_hand = _number_box(self, "onHand", 9999, self.tr("not counted"))
        name_box(self.on_hand, self.tr("Doses on hand"))
        self.on_hand.setAccessibleDescription(
            self.tr("Count them and type the number; each dose given counts it down.")
        )
        self.warning_days = _number_box(
            self,
            "refillWarningDays",
            90,
            self.tr("the usual {days}").format(days=DEFAULT_REFILL_WARNING_DAYS),
        )
        name_box(self.warning_days, self.tr("Days before running out to remind"))
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Doses on hand:"), _row(self, self.on_hand))
        layout.addRow(
            self.tr("Remind to re&fill:"),
            _row(self, self.warning_days, QLabel(self.tr("days before they run out"), self)),
        )
        for label_row, field in ((0, self.on_hand), (1, self.warning_days)):
            label = layout.itemAt(label_row, QFormLayout.ItemRole.LabelRole).widget()
            label.setBuddy(field)
        self.shown_on_hand: int | None = None

    def set_supply(self, on_hand: int | None, warning_days: int | None) -> None:
        """Show the doses on hand now (None: never counted) and the reminder's days."""
        self.shown_on_hand = on_hand
        self.on_hand.setValue(NOT_ENTERED if on_hand is None else on_hand)
        self.warning_days.setValue(NOT_ENTERED if warning_days is None else warning_days)

    def counted(self) -> int | None:
        """A new count typed in the form, or None when the number shown was left as it was."""
        value = self.on_hand.value()
        if value == NOT_ENTERED or value == self.shown_on_hand:
            return None
        return value

    def refill_warning_days(self) -> int | None:
        """The days chosen, or None for the app's default."""
        value = self.warning_days.value()
        return None if value == NOT_ENTERED else value

    def field_widget(self, field: str) -> QWidget | None:
        """The box the store names in a refusal of the supply."""
        return {"amount": self.on_hand, "refill_warning_days": self.warning_days}.get(field)
