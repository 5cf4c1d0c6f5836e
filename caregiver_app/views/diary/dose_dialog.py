"""The breakthrough (as-needed) dose form: when, who gave it, the scores, and the limits.

Before the dose is saved the form says where it stands against the limits the family
entered from the prescription, naming whom to call when it would fall inside the smallest
interval or over the most doses in 24 hours; it never suggests a dose. The texts keep the
translation context "Medicines", where they were first written.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from caregiver_app.esas import ESAS_ITEMS
from caregiver_app.store.diary.doses import DoseRecord, save_dose
from caregiver_app.store.diary.medicines import list_medicines
from caregiver_app.store.home_clock import home_now
from caregiver_app.store.medication.administrations import NURSE, PATIENT
from caregiver_app.store.queries import load_profile
from caregiver_app.views.diary.diary_labels import item_name
from caregiver_app.views.diary.dose_limits import dose_state, later_dose, limits_sentences
from caregiver_app.views.diary.entry_dialog import NOT_RATED, score_of
from caregiver_app.views.forms.ui_dose_form import Ui_DoseForm
from caregiver_app.views.look.text_size import fit_to_content
from caregiver_app.views.widgets.form_dialog import FormDialog
from caregiver_app.views.widgets.form_parts import fit_hints, hint_room
from caregiver_app.views.widgets.long_names import fit_long_names
from caregiver_app.views.widgets.pass_choice import ask_which_pass
from caregiver_app.views.widgets.tab_page import set_bold

DOSE_REASONS = (
    QT_TRANSLATE_NOOP("Medicines", "pain"),
    QT_TRANSLATE_NOOP("Medicines", "shortness of breath"),
    QT_TRANSLATE_NOOP("Medicines", "cough"),
    QT_TRANSLATE_NOOP("Medicines", "anxiety"),
    QT_TRANSLATE_NOOP("Medicines", "nausea"),
)


def performer_text(performer: str) -> str:
    """Who gave a dose, as shown: a caregiver's name, "The patient", "A nurse", or ""."""
    if performer == PATIENT:
        return QCoreApplication.translate("Medicines", "The patient")
    if performer == NURSE:
        return QCoreApplication.translate("Medicines", "A nurse")
    return performer


class DoseDialog(FormDialog):
    """Record a breakthrough dose, or its score afterwards."""

    def __init__(self, record: DoseRecord | None, parent: QWidget | None = None) -> None:
        super().__init__(
            Ui_DoseForm,
            QCoreApplication.translate("Medicines", "Breakthrough dose")
            if record
            else QCoreApplication.translate("Medicines", "Record a breakthrough dose"),
            parent,
        )
        self.record_id = record.id if record else None
        # The limits can take several lines: at large text sizes the form scrolls.
        self.scroll = self.let_form_scroll(
            QCoreApplication.translate("Medicines", "Breakthrough dose form")
        )
        ui = self.ui
        medicines = list_medicines(include_stopped=record is not None)
        medicines.sort(key=lambda medicine: not medicine.as_needed)
        for medicine in medicines:
            ui.medicineCombo.addItem(
                " ".join(part for part in (medicine.name, medicine.strength) if part), medicine.id
            )
        fit_long_names(ui.medicineCombo)
        fit_hints(ui.doseEdit, hint_room(self))  # "As given, for example 5 mg (2.5 mL)" whole
        for reason in DOSE_REASONS:
            ui.reasonCombo.addItem(QCoreApplication.translate("Medicines", reason))
        for item in ESAS_ITEMS:
            ui.symptomCombo.addItem(item_name(item.field), item.field)
        ui.givenAtEdit.set_not_after_now(
            QCoreApplication.translate("Medicines", "The time given cannot be in the future.")
        )
        # A time typed in the hour the clocks go back through keeps which pass it is.
        self.pass_choice = ask_which_pass(ui.givenAtEdit, ui.formLayout)
        record = record or DoseRecord(medicine_id=0, given_at=home_now().replace(second=0))
        ui.medicineCombo.setCurrentIndex(max(0, ui.medicineCombo.findData(record.medicine_id)))
        ui.givenAtEdit.set_value(record.given_at)
        # Never narrower than the date and time it shows: at large text sizes the row goes
        # under its label instead.
        ui.givenAtEdit.setMinimumWidth(ui.givenAtEdit.sizeHint().width())
        ui.doseEdit.setText(record.dose)
        # Unknown stays unknown: no reason is filled in for the family.
        ui.reasonCombo.lineEdit().setPlaceholderText(
            QCoreApplication.translate("Medicines", "Not recorded")
        )
        ui.reasonCombo.setCurrentIndex(-1)
        ui.reasonCombo.setCurrentText(record.reason)
        ui.symptomCombo.setCurrentIndex(max(0, ui.symptomCombo.findData(record.symptom)))
        ui.beforeSpin.setValue(NOT_RATED if record.score_before is None else record.score_before)
        ui.afterSpin.setValue(NOT_RATED if record.score_after is None else record.score_after)
        ui.noteEdit.setText(record.note)
        self._fill_performers(record.performer)
        # The line inside an editable box is what a screen reader meets: it has the box's name.
        for box in (ui.reasonCombo, ui.beforeSpin, ui.afterSpin):
            box.lineEdit().setAccessibleName(box.accessibleName())
        ui.limitsLabel.setObjectName("doseLimits")
        ui.medicineCombo.currentIndexChanged.connect(lambda _index: self.show_limits())
        ui.givenAtEdit.changed.connect(self.show_limits)
        self.show_limits()
        fit_to_content(self, self.form)
        self.had_after = record.score_after is not None
        self.after_recorded_at = record.after_recorded_at
        if ui.medicineCombo.count() == 0:
            self.show_error(
                QCoreApplication.translate(
                    "Medicines",
                    "Add the as-needed medicine to the Medicines list first, then record "
                    "its doses.",
                )
            )
            self.save_button.setEnabled(False)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Shown, tall enough for the limits' lines at its width (up to the screen's edge)."""
        super().showEvent(event)
        screen = self.screen() or QApplication.primaryScreen()
        margins = self.layout().contentsMargins()
        width = self.width() - margins.left() - margins.right()
        wanted = self.form.heightForWidth(width)
        if screen is None or wanted < 0:
            return
        around = self.sizeHint().height() - self.scroll.sizeHint().height()
        room = screen.availableGeometry().height() - 20
        self.resize(self.width(), min(room, max(self.height(), wanted + around)))

    def record(self) -> DoseRecord:
        """What the form holds."""
        ui = self.ui
        after = score_of(ui.afterSpin)
        after_at = self.after_recorded_at
        if after is not None and not self.had_after:
            after_at = home_now().replace(microsecond=0)
        return DoseRecord(
            id=self.record_id,
            medicine_id=ui.medicineCombo.currentData() or 0,
            given_at=ui.givenAtEdit.value(),
            dose=ui.doseEdit.text(),
            reason=ui.reasonCombo.currentText(),
            symptom=ui.symptomCombo.currentData(),
            score_before=score_of(ui.beforeSpin),
            score_after=after,
            after_recorded_at=after_at if after is not None else None,
            note=ui.noteEdit.text(),
            performer=ui.performerCombo.currentData() or "",
        )

    def _fill_performers(self, performer: str) -> None:
        """Who gave it: the caregivers named in the profile, the patient, a nurse."""
        combo = self.ui.performerCombo
        # Unknown stays unknown: nobody is chosen for the family.
        combo.addItem(QCoreApplication.translate("Medicines", "Not recorded"), "")
        for name in load_profile().caregivers():
            combo.addItem(name, name)
        for token in (PATIENT, NURSE):
            combo.addItem(performer_text(token), token)
        if performer and combo.findData(performer) < 0:
            combo.insertItem(1, performer, performer)  # a name no longer in the profile
        combo.setCurrentIndex(max(0, combo.findData(performer)))

    def given_at_or_none(self) -> datetime | None:
        """The time typed so far (its pass of a repeated hour when known), or None while it
        is not (yet) a date and a time."""
        return self.pass_choice.moment_or_none()

    def show_limits(self) -> None:
        """Say where a dose at the typed time stands against the limits entered."""
        label = self.ui.limitsLabel
        medicine_id = self.ui.medicineCombo.currentData()
        given_at = self.given_at_or_none()
        state = (
            dose_state(medicine_id, given_at, self.record_id)
            if medicine_id and given_at is not None
            else None
        )
        if state is None:
            label.clear()
            label.hide()
            return
        later = later_dose(state, self.record_id)
        label.setText("\n".join(limits_sentences(state, later)))
        self.over_a_limit = state.over_a_limit or later is not None
        if self.over_a_limit:
            set_bold(label)
        else:
            label.setFont(self.font())
        label.show()

    def field_widget(self, field: str) -> QWidget | None:
        """The dose form's field the store names in a refusal."""
        ui = self.ui
        return {
            "given_at": ui.givenAtEdit,
            "medicine": ui.medicineCombo,
            "performer": ui.performerCombo,
            "score_before": ui.beforeSpin,
            "score_after": ui.afterSpin,
        }.get(field)

    def save(self) -> int:
        """Save the dose as typed; its id."""
        return save_dose(self.record())
