"""The medicine form: what it is, when it is given, what an as-needed dose allows, the supply.

The texts keep the translation context "Medicines", where they were first written.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from caregiver_app.services.medication.supply_state import supply_state
from caregiver_app.store.contacts import list_contacts
from caregiver_app.store.diary.medicines import MedicineRecord
from caregiver_app.store.home_clock import home_now
from caregiver_app.store.medication.medicine_plan import MedicinePlan, save_medicine_plan
from caregiver_app.store.medication.schedules import (
    AsNeededRules,
    Schedule,
    get_rules,
    get_schedule,
    usual_times,
)
from caregiver_app.store.medication.supply import get_refill_warning
from caregiver_app.views.forms.ui_medicine_form import Ui_MedicineForm
from caregiver_app.views.widgets.form_dialog import FormDialog
from caregiver_app.views.widgets.form_parts import note_under_check

ROUTES = (
    QT_TRANSLATE_NOOP("Medicines", "by mouth"),
    QT_TRANSLATE_NOOP("Medicines", "under the tongue or in the cheek"),
    QT_TRANSLATE_NOOP("Medicines", "skin patch"),
    QT_TRANSLATE_NOOP("Medicines", "injection under the skin"),
    QT_TRANSLATE_NOOP("Medicines", "inhaler or nebuliser"),
    QT_TRANSLATE_NOOP("Medicines", "suppository"),
)


class MedicineDialog(FormDialog):
    """Add or edit a medicine on the list, with its schedule, limits and supply."""

    # When Save is pressed: a start or stop dated today, a change of the times, counts
    # from then (the tests set a fixed moment).
    clock: Callable[[], datetime] = staticmethod(home_now)

    def __init__(self, record: MedicineRecord | None, parent: QWidget | None = None) -> None:
        super().__init__(
            Ui_MedicineForm,
            QCoreApplication.translate("Medicines", "Edit medicine")
            if record
            else QCoreApplication.translate("Medicines", "Add a medicine"),
            parent,
        )
        self.setObjectName("medicineDialog")
        # The form is long (schedule, limits, supply): it scrolls at large text sizes.
        self.scroll = self.let_form_scroll(
            QCoreApplication.translate("Medicines", "Medicine form")
        )
        self.record_id = record.id if record else None
        ui = self.ui
        ui.routeCombo.lineEdit().setAccessibleName(ui.routeCombo.accessibleName())
        for route in ROUTES:
            ui.routeCombo.addItem(QCoreApplication.translate("Medicines", route))
        ui.prescriberCombo.addItem(QCoreApplication.translate("Medicines", "Not recorded"), None)
        for contact in list_contacts():
            ui.prescriberCombo.addItem(contact.name, contact.id)
        # Unknown stays unknown: a new medicine has no start date until one is typed,
        # or the summary would say "started today" of a medicine taken for months.
        ui.startedEdit.set_blank_text(QCoreApplication.translate("Medicines", "Not recorded"))
        ui.stoppedEdit.set_blank_text(QCoreApplication.translate("Medicines", "Still taking"))
        record = record or MedicineRecord(name="")
        ui.nameEdit.setText(record.name)
        ui.strengthEdit.setText(record.strength)
        ui.routeCombo.setCurrentText(record.route)
        ui.scheduleEdit.setText(record.schedule)
        ui.asNeededCheck.setChecked(record.as_needed)
        note_under_check(ui.asNeededNote, ui.asNeededCheck)
        ui.purposeEdit.setText(record.purpose)
        ui.prescriberCombo.setCurrentIndex(
            max(0, ui.prescriberCombo.findData(record.prescriber_id))
        )
        ui.startedEdit.set_value(record.started_on)
        ui.stoppedEdit.set_value(record.stopped_on)
        ui.notesEdit.setPlainText(record.notes)
        self._show_plan(record)
        ui.asNeededCheck.toggled.connect(lambda _on: self._show_as_needed())
        ui.scheduleEdit.textChanged.connect(ui.scheduleEditor.set_free_text)
        self._show_as_needed()
        self._fit_to_screen()

    def _show_plan(self, record: MedicineRecord) -> None:
        usual: dict[str, time | None] = usual_times()
        medicine_id = record.id
        schedule = get_schedule(medicine_id) if medicine_id else Schedule()
        rules = get_rules(medicine_id) if medicine_id else AsNeededRules()
        ui = self.ui
        ui.scheduleEditor.set_free_text(record.schedule)
        ui.scheduleEditor.set_schedule(schedule, usual, saved=medicine_id is not None)
        ui.asNeededFields.set_rules(rules)
        if medicine_id:
            warning = get_refill_warning(medicine_id)
            ui.supplyFields.set_supply(
                supply_state(medicine_id, schedule, usual, warning).on_hand, warning
            )
        else:
            ui.supplyFields.set_supply(None, None)

    def _show_as_needed(self) -> None:
        """An as-needed medicine has limits, not times; a regular one has times."""
        as_needed = self.ui.asNeededCheck.isChecked()
        self.ui.scheduleEditor.setVisible(not as_needed)
        self.ui.asNeededFields.setVisible(as_needed)

    def _fit_to_screen(self) -> None:
        wanted = self.form.sizeHint()
        screen = self.screen() or QApplication.primaryScreen()
        room = screen.availableGeometry().size() * 0.9 if screen else wanted
        self.resize(
            max(self.minimumWidth(), min(wanted.width() + 40, room.width())),
            min(wanted.height() + 120, room.height()),
        )

    def record(self) -> MedicineRecord:
        """The medicine as the form holds it."""
        ui = self.ui
        return MedicineRecord(
            id=self.record_id,
            name=ui.nameEdit.text(),
            strength=ui.strengthEdit.text(),
            route=ui.routeCombo.currentText(),
            schedule=ui.scheduleEdit.text(),
            as_needed=ui.asNeededCheck.isChecked(),
            purpose=ui.purposeEdit.text(),
            prescriber_id=ui.prescriberCombo.currentData(),
            started_on=ui.startedEdit.value(),
            stopped_on=ui.stoppedEdit.value(),
            notes=ui.notesEdit.toPlainText(),
        )

    def plan(self) -> MedicinePlan:
        """Everything the form holds; a typed time or date that is not one raises."""
        ui = self.ui
        medicine = self.record()
        as_needed = medicine.as_needed
        return MedicinePlan(
            medicine=medicine,
            schedule=Schedule() if as_needed else ui.scheduleEditor.schedule(),
            rules=ui.asNeededFields.rules() if as_needed else get_rules(self.record_id or 0),
            usual_times={} if as_needed else ui.scheduleEditor.usual_changes(),
            counted_on_hand=ui.supplyFields.counted(),
            refill_warning_days=ui.supplyFields.refill_warning_days(),
        )

    def field_widget(self, field: str) -> QWidget | None:
        """The medicine form's field the store names in a refusal."""
        ui = self.ui
        named = {
            "name": ui.nameEdit,
            "started_on": ui.startedEdit,
            "stopped_on": ui.stoppedEdit,
        }.get(field)
        for part in (ui.scheduleEditor, ui.asNeededFields, ui.supplyFields):
            named = named or (part.field_widget(field) if part.isVisibleTo(self.form) else None)
        return named

    def show_error(self, message: str, widget: QWidget | None = None) -> None:
        """Say what is wrong, and scroll the field it is about into view."""
        super().show_error(message, widget)
        if widget is not None:
            self.scroll.ensureWidgetVisible(widget)

    def save(self) -> int:
        """Save the medicine, its schedule, limits and supply as typed; its id."""
        return save_medicine_plan(self.plan(), self.clock())
