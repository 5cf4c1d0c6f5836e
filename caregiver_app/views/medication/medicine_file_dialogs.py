"""The two questions before a medicine file is saved: which week for the chart, which
period and format for the log. What is typed is checked whole; a wrong date is one
sentence under the form, with the text kept as typed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.store.day_range import LAST_DAY
from caregiver_app.views.widgets.date_fields import DateField, FieldInputError


@dataclass(frozen=True)
class ChartChoice:
    """The week (any day of it) and whether its boxes are filled in from the log."""

    day: date
    filled: bool


@dataclass(frozen=True)
class LogChoice:
    """The period (None: from the first dose logged / to today) and the format."""

    start: date | None
    end: date | None
    fhir: bool


class _ChoiceDialog(QDialog):
    """A small form, a sentence for what is wrong, and Save... / Cancel."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        # wide enough that the explanation reads in a few lines, at any text size
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        # translate(), not tr(): tr() would look in the context of each subclass
        self.save_button.setText(QCoreApplication.translate("MedicineFiles", "Save..."))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        """The sentence and the buttons below the fields."""
        self.layout_.addWidget(self.error_label)
        self.layout_.addWidget(self.buttons)

    def say(self, text: str, field: QWidget | None = None) -> None:
        """Show what is wrong and put the cursor where to mend it."""
        self.error_label.setText(text)
        self.error_label.show()
        if field is not None:
            field.setFocus()

    def radio(self, text: str, name: str) -> QRadioButton:
        """A choice with its accessible name."""
        button = QRadioButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        return button


class ChartDialog(_ChoiceDialog):
    """File > Print medicine chart: which week, blank or filled in from the log."""

    def __init__(self, parent: QWidget | None, today: date) -> None:
        super().__init__(parent, self.tr("Print medicine chart"))
        self.choice: ChartChoice | None = None
        intro = QLabel(
            self.tr(
                "A week of the medicines by the clock, Monday to Sunday, with a box for each "
                "dose, the as-needed limits, allergies and the number to call first."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.layout_.insertWidget(0, intro)
        self.week_edit = DateField(self)
        self.week_edit.setObjectName("weekEdit")
        self.week_edit.set_required(True)
        self.week_edit.set_value(today)
        # A week past the record's last day has no chart (its Sunday may be past year 9999).
        self.week_edit.set_latest(LAST_DAY, self.tr("Choose a date between 1900 and 2200."))
        self.week_edit.setAccessibleName(self.tr("A day of the week to print"))
        self.form.addRow(self.tr("&Week of:"), self.week_edit)
        self.blank_radio = self.radio(self.tr("&Blank, to fill in by hand"), "blankRadio")
        self.filled_radio = self.radio(self.tr("&Filled in from the log"), "filledRadio")
        self.blank_radio.setChecked(True)
        self.form.addRow(self.blank_radio)
        self.form.addRow(self.filled_radio)
        self.finish_layout()

    def accept(self) -> None:
        """Keep the choice if the day is a date; else say so at the field."""
        try:
            day = self.week_edit.value()
        except FieldInputError as error:
            self.say(str(error), error.field)
            return
        assert day is not None  # required: a blank field is refused above
        self.choice = ChartChoice(day, self.filled_radio.isChecked())
        super().accept()


class LogDialog(_ChoiceDialog):
    """File > Export medicine log: which days, a spreadsheet or FHIR."""

    def __init__(self, parent: QWidget | None, today: date) -> None:
        super().__init__(parent, self.tr("Export medicine log"))
        self.choice: LogChoice | None = None
        intro = QLabel(
            self.tr(
                "Every scheduled dose that came due, given or not (“not logged” when nobody "
                "answered), and every as-needed dose. Leave the days blank for the whole log."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.layout_.insertWidget(0, intro)
        self.from_edit = DateField(self)
        self.from_edit.setObjectName("fromEdit")
        self.from_edit.setAccessibleName(self.tr("First day"))
        self.to_edit = DateField(self)
        self.to_edit.setObjectName("toEdit")
        self.to_edit.setAccessibleName(self.tr("Last day"))
        for edit in (self.from_edit, self.to_edit):
            edit.set_latest(today, self.tr("The log cannot go past today."))
        self.form.addRow(self.tr("&From:"), self.from_edit)
        self.form.addRow(self.tr("&To:"), self.to_edit)
        self.csv_radio = self.radio(self.tr("&Spreadsheet (.csv)"), "csvRadio")
        self.fhir_radio = self.radio(self.tr("F&HIR R4 for a clinical system (.json)"), "fhirRadio")
        self.csv_radio.setChecked(True)
        self.form.addRow(self.csv_radio)
        self.form.addRow(self.fhir_radio)
        self.finish_layout()

    def accept(self) -> None:
        """Keep the choice if the days are dates in order; else say what is wrong."""
        try:
            start = self.from_edit.value()
            end = self.to_edit.value()
        except FieldInputError as error:
            self.say(str(error), error.field)
            return
        if start and end and start > end:
            self.say(self.tr("The first day must not be after the last."), self.from_edit)
            return
        self.choice = LogChoice(start, end, self.fhir_radio.isChecked())
        super().accept()
