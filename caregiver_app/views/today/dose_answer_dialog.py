"""Answer a scheduled dose: given (at a typed time or now), skipped or refused, by whom.

Editing an answer later keeps each change in its history, shown under the form. A
time after the scheduled one's on-time window makes it "given late" by itself.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.services.medication.due import DoseSlot, status_for_given
from caregiver_app.store.home_clock import home_now
from caregiver_app.store.medication.administrations import (
    GIVEN_STATUSES,
    NURSE,
    PATIENT,
    REASONS,
    AdministrationRecord,
    ChangeRecord,
    answer_dose,
    history,
)
from caregiver_app.views.look.locale_format import format_datetime, format_given_at
from caregiver_app.views.look.text_size import fit_to_content
from caregiver_app.views.today.today_text import (
    Today,
    medicine_label,
    performer_label,
    reason_label,
)
from caregiver_app.views.widgets.date_fields import DateTimeField
from caregiver_app.views.widgets.file_messages import access_reason
from caregiver_app.views.widgets.form_dialog import SavingDialog
from caregiver_app.views.widgets.form_parts import (
    error_label,
    line_up_labels,
    save_cancel_buttons,
    scrolling_form,
    tab_chain,
)
from caregiver_app.views.widgets.hint_line import HintLine
from caregiver_app.views.widgets.long_names import NAME_CHARACTERS, breakable, shortened
from caregiver_app.views.widgets.pass_choice import ask_which_pass
from caregiver_app.views.widgets.tab_page import set_bold


class DoseAnswerDialog(SavingDialog):
    """The answer to one scheduled dose, with every detail a one-key answer leaves out."""

    def __init__(self, slot: DoseSlot, caregivers: list[str], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.slot = slot
        answer = slot.answer
        medicine = medicine_label(slot.medicine)
        self.setWindowTitle(
            Today.tr("Answer a dose") if answer is None else Today.tr("Change an answer")
        )
        heading = Today.tr("{medicine}, due {when}")
        when = format_datetime(slot.scheduled_for)
        # A long name wraps anywhere (not only at its spaces), so it keeps the dialog
        # on a small screen; a screen reader is given the heading as written.
        self.heading = QLabel(heading.format(medicine=breakable(medicine), when=when), self)
        self.heading.setAccessibleName(heading.format(medicine=medicine, when=when))
        self.heading.setWordWrap(True)
        set_bold(self.heading)
        self.error_label = error_label(self)
        self.form = QWidget(self)
        form = QFormLayout(self.form)

        self.status_combo = QComboBox(self.form)
        for text, status in (
            (Today.tr("Given"), "given"),
            (Today.tr("Skipped"), "skipped"),
            (Today.tr("Refused"), "refused"),
        ):
            self.status_combo.addItem(text, status)
        self.status_combo.setAccessibleName(Today.tr("Was the dose given?"))
        form.addRow(Today.tr("What &happened:"), self.status_combo)

        self.given_at = DateTimeField(self.form)
        self.given_at.setAccessibleName(Today.tr("Time given"))
        self.given_at.set_not_after_now(Today.tr("A dose cannot be given in the future."))
        self.now_button = QPushButton(Today.tr("&Now"), self.form)
        self.now_button.setAccessibleName(Today.tr("Set the time given to now"))
        self.now_button.clicked.connect(self.set_now)
        time_row = QHBoxLayout()
        time_row.addWidget(self.given_at, 1)
        time_row.addWidget(self.now_button)
        self.given_label = QLabel(Today.tr("&Time given:"), self.form)
        self.given_label.setBuddy(self.given_at.date_field)
        form.addRow(self.given_label, time_row)
        # A time in the hour the clocks go back through keeps which pass it is.
        self.pass_choice = ask_which_pass(self.given_at, form)

        self.who_combo = QComboBox(self.form)
        self.who_combo.setEditable(True)
        self.who_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.who_combo.addItem("", "")
        for name in caregivers:
            self.who_combo.addItem(name, name)
        self.who_combo.addItem(performer_label(PATIENT), PATIENT)
        self.who_combo.addItem(performer_label(NURSE), NURSE)
        line = self.who_combo.lineEdit()
        self.who_combo.setAccessibleName(Today.tr("Who gave it"))
        if line is not None:
            line.setPlaceholderText(Today.tr("Not said"))
            line.setAccessibleName(Today.tr("Who gave it"))
        form.addRow(Today.tr("&Who gave it:"), self.who_combo)

        self.dose_edit = HintLine(self.form)  # wide enough to read the medicine in its hint
        self.dose_edit.setAccessibleName(Today.tr("Dose given, if different from the list"))
        # A hint cannot wrap: past a long name the strength was cut off, and it is what the
        # hint is for (the heading names the medicine), so a long name gives it alone.
        listed = _listed_dose(slot.medicine.name, slot.medicine.strength)
        self.dose_edit.setPlaceholderText(
            Today.tr("As on the medicine list: {medicine}").format(medicine=listed)
        )
        self.dose_edit.setAccessibleDescription(
            Today.tr("As on the medicine list: {medicine}").format(medicine=medicine)
        )
        form.addRow(Today.tr("&Dose, if different:"), self.dose_edit)

        self.reason_combo = QComboBox(self.form)
        self.reason_combo.addItem(Today.tr("Not said"), "")
        for reason in REASONS:
            self.reason_combo.addItem(reason_label(reason), reason)
        self.reason_combo.setAccessibleName(Today.tr("Reason it was not given"))
        self.reason_label = QLabel(Today.tr("&Reason:"), self.form)
        self.reason_label.setBuddy(self.reason_combo)
        form.addRow(self.reason_label, self.reason_combo)

        self.note_edit = QLineEdit(self.form)
        self.note_edit.setAccessibleName(Today.tr("Note"))
        form.addRow(Today.tr("N&ote:"), self.note_edit)

        self.history_label = QLabel(self.form)
        self.history_label.setWordWrap(True)
        self.history_label.setObjectName("answerHistory")
        form.addRow(self.history_label)

        buttons, self.save_button, cancel = save_cancel_buttons(self, Today.tr("Save the answer"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.error_label)
        layout.addWidget(scrolling_form(self.form, self, Today.tr("The answer")), 1)
        layout.addWidget(buttons)
        tab_chain(
            [
                self.status_combo,
                # The pair itself, not its two boxes: left out, the pair stayed where it was
                # made, right after Cancel, so Tab from Cancel skipped What happened.
                self.given_at,
                self.now_button,
                self.pass_choice.first,  # under the time, while it asks which 1:15 AM
                self.pass_choice.second,
                self.who_combo,
                self.dose_edit,
                self.reason_combo,
                self.note_edit,
                self.save_button,
                cancel,
            ]
        )
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self._show(answer)
        self.setMinimumWidth(480)
        # At a large text size the labels go above their fields and the dialog grows.
        line_up_labels(self.form, 640)
        fit_to_content(self, self.form)
        self.status_combo.setFocus()

    def _show(self, answer: AdministrationRecord | None) -> None:
        if answer is None:
            # The time given is left blank: typed, or "Now" in one click, never assumed.
            self._status_changed()
            self.history_label.hide()
            return
        status = "given" if answer.status == "given_late" else answer.status
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(status)))
        if answer.effective_at is not None:
            self.given_at.set_value(answer.effective_at)
        who = self.who_combo.findData(answer.performer) if answer.performer else 0
        if who >= 0:
            self.who_combo.setCurrentIndex(who)
        else:
            self.who_combo.setCurrentText(answer.performer)
        self.dose_edit.setText(answer.dosage)
        self.reason_combo.setCurrentIndex(max(0, self.reason_combo.findData(answer.status_reason)))
        self.note_edit.setText(answer.note)
        self._status_changed()
        changes = history(answer.id) if answer.id is not None else []
        self.history_label.setText(history_text(answer, changes))
        self.history_label.setVisible(True)

    def _status_changed(self) -> None:
        given = self.status_combo.currentData() == "given"
        for widget in (self.given_at, self.now_button, self.given_label):
            widget.setEnabled(given)
        for widget in (self.reason_combo, self.reason_label):
            widget.setEnabled(not given)

    def set_now(self) -> None:
        """The Now button: the time given is this minute."""
        self.given_at.set_value(home_now().replace(second=0, microsecond=0))

    def performer(self) -> str:
        """Who gave it: a caregiver, PATIENT or NURSE when chosen, else the name as typed."""
        text = self.who_combo.currentText().strip()
        index = self.who_combo.findText(text)
        if index >= 0:
            return str(self.who_combo.itemData(index) or "")
        return text

    def record(self) -> AdministrationRecord:
        """What the form holds (raises FieldInputError for a time that is not a time)."""
        status = self.status_combo.currentData()
        given_at = self.given_at.value() if status == "given" else None
        if given_at is not None:
            status = status_for_given(self.slot.scheduled_for, given_at)
        previous = self.slot.answer
        dosage = self.dose_edit.text().strip()
        if given_at is not None and not dosage and not _given_on_the_list(previous):
            # Given "as on the medicine list", the strength the field's hint shows: kept as
            # the dose given, so a strength changed later (here or on another computer of
            # the family) does not become this dose's.
            dosage = self.slot.medicine.strength.strip()
        return AdministrationRecord(
            id=previous.id if previous else None,
            medicine_id=self.slot.medicine.id or 0,
            scheduled_for=self.slot.scheduled_for,
            status=status,
            status_reason="" if given_at else self.reason_combo.currentData(),
            effective_at=given_at,
            performer=self.performer() if given_at else "",
            dosage=dosage,
            note=self.note_edit.text(),
            recorded_at=previous.recorded_at if previous else None,
        )

    def write(self) -> int:
        """Keep the answer (a change is kept in its history)."""
        return answer_dose(self.record())

    def field_widget(self, field: str) -> QWidget | None:
        """The field the store named in a refusal."""
        return {
            "status": self.status_combo,
            "effective_at": self.given_at.time_field,
            "status_reason": self.reason_combo,
        }.get(field)

    def failed_text(self, error: Exception) -> str:
        """The sentence for an answer the record could not keep."""
        return Today.tr(
            "The answer could not be saved ({reason}). Check that the disk is not full and "
            "try again; what you chose is still here."
        ).format(reason=access_reason(error))


def _listed_dose(name: str, strength: str) -> str:
    """The medicine as the dose hint names it: its name and strength, or for a name too long
    for a hint its strength alone (or the name shortened, when it has no strength)."""
    if len(name) <= NAME_CHARACTERS:
        return " ".join(part for part in (name, strength) if part)
    return strength or shortened(name)


def _given_on_the_list(answer: AdministrationRecord | None) -> bool:
    """An answer kept as given with no dose, before doses given kept their strength: the
    strength it was given at is not known here, and is not guessed from today's list."""
    return answer is not None and answer.status in GIVEN_STATUSES and not answer.dosage


def history_text(answer: AdministrationRecord, changes: list[ChangeRecord]) -> str:
    """When the answer was first kept, and each change since, oldest first."""
    lines = [Today.tr("History:")]
    if answer.recorded_at is not None:
        lines.append(Today.tr("{when}: answered").format(when=format_datetime(answer.recorded_at)))
    for change in changes:
        lines.append(
            Today.tr("{when}: {field} changed from \u201c{old}\u201d to \u201c{new}\u201d").format(
                when=format_datetime(change.changed_at),
                field=field_label(change.field),
                old=value_label(change.field, change.old_value),
                new=value_label(change.field, change.new_value),
            )
        )
    if not changes:
        lines.append(Today.tr("No changes since."))
    return "\n".join(lines)


def field_label(name: str) -> str:
    """A tracked field's name in the user's language."""
    labels = {
        "status": Today.tr("status"),
        "status_reason": Today.tr("reason"),
        "effective_at": Today.tr("time given"),
        "performer": Today.tr("who gave it"),
        "dosage": Today.tr("dose"),
        "note": Today.tr("note"),
    }
    return labels.get(name, name)


def value_label(name: str, value: str) -> str:
    """A kept value as the page words it (status and reason in words, who in words)."""
    if not value:
        return Today.tr("nothing")
    if name == "status":
        words = {
            "given": Today.tr("Given"),
            "given_late": Today.tr("Given late"),
            "skipped": Today.tr("Skipped"),
            "refused": Today.tr("Refused"),
        }
        return words.get(value, value)
    if name == "status_reason" and value in REASONS:
        return reason_label(value)
    if name == "performer":
        return performer_label(value)
    if name == "effective_at":
        try:
            return format_given_at(datetime.fromisoformat(value))
        except ValueError:
            return value
    return value
