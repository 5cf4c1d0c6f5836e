"""The appointment form's checks: each problem shown at its own field, the first focused.

The texts keep the translation context "AppointmentDialog", where they were first written.
"""

from __future__ import annotations

from datetime import datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractSpinBox, QLabel, QWidget

from caregiver_app.services.contacts.checks import link_problem
from caregiver_app.store.calendar import time_zones
from caregiver_app.store.day_range import LAST_DAY
from caregiver_app.views.calendar.zone_field import typed_zone
from caregiver_app.views.widgets.date_fields import FieldInputError
from caregiver_app.views.widgets.number_guard import spin_problem

if TYPE_CHECKING:
    from caregiver_app.views.forms.ui_appointment_form import Ui_AppointmentForm

CUSTOM_RULE = "custom"  # the repeat choice that keeps an imported file's own rule


def show_problem(label: QLabel, message: str | None) -> bool:
    """Show ``message`` at its field's label (or hide the label); True when there is none."""
    label.setText(message or "")
    label.setVisible(bool(message))
    return message is None


def check_link(ui: Ui_AppointmentForm) -> bool:
    """Show whether the video link can be opened; True when it can (or is empty)."""
    return show_problem(ui.videoLinkError, link_problem(ui.videoLinkEdit.text()))


def field_problem(*edits) -> tuple[str | None, QWidget | None]:
    """The first of ``edits`` whose text is not a value: its sentence and the field."""
    for edit in edits:
        if isinstance(edit, QAbstractSpinBox):
            problem = spin_problem(edit)
            if problem is not None:
                return str(problem), edit
            continue
        try:
            edit.value()
        except FieldInputError as error:
            return str(error), error.field
    return None, None


def typed_start(ui: Ui_AppointmentForm) -> datetime:
    """The typed start (FieldInputError when a part is not a date or time)."""
    day = ui.startDateEdit.value()
    if ui.allDayCheck.isChecked():
        return datetime.combine(day, time())
    return datetime.combine(day, ui.startTimeEdit.value())


def typed_end(ui: Ui_AppointmentForm) -> datetime:
    """The typed end (FieldInputError when a part is not a date or time)."""
    return datetime.combine(ui.endDateEdit.value(), ui.endTimeEdit.value())


def problems_found(ui: Ui_AppointmentForm) -> bool:
    """Check the fields, show each problem at its field, focus the first; True if any."""
    all_day = ui.allDayCheck.isChecked()
    checks = []
    title = (
        None
        if ui.titleEdit.text().strip()
        else QCoreApplication.translate("AppointmentDialog", "Please type a title.")
    )
    checks.append((show_problem(ui.titleError, title), ui.titleEdit))
    times = () if all_day else (ui.startTimeEdit,)
    start, start_field = field_problem(ui.startDateEdit, *times)
    if start is None and ui.startDateEdit.value() > LAST_DAY:  # said before the end is compared
        start = QCoreApplication.translate("Appointments", "Choose a date between 1900 and 2200.")
        start_field = ui.startDateEdit
    checks.append((show_problem(ui.startError, start), start_field))
    times = () if all_day else (ui.endTimeEdit,)
    end, end_field = field_problem(ui.endDateEdit, *times)
    if end is None and start is None:
        end_field = ui.endDateEdit
        if all_day and ui.endDateEdit.value() < ui.startDateEdit.value():
            end = QCoreApplication.translate(
                "AppointmentDialog", "The last day cannot be before the first day."
            )
        elif not all_day and typed_end(ui) <= typed_start(ui):
            end = QCoreApplication.translate(
                "AppointmentDialog", "The end must be after the start."
            )
    checks.append((show_problem(ui.endError, end), end_field))
    zone_text = ui.timezoneCombo.currentText().strip()
    zone = None
    if not all_day and not time_zones.is_known_zone(typed_zone(ui.timezoneCombo)):
        zone = QCoreApplication.translate(
            "AppointmentDialog",
            "“{zone}” is not a time zone this computer knows. Choose one from the list, "
            "such as New York.",
        ).format(zone=zone_text)
    checks.append((show_problem(ui.timezoneError, zone), ui.timezoneCombo))
    repeat, repeat_field = None, ui.untilDateEdit
    repeats_on_own_rule = ui.repeatCombo.currentData() not in ("", None, CUSTOM_RULE)
    if repeats_on_own_rule and ui.repeatEndCombo.currentData() == "until":
        repeat, _field = field_problem(ui.untilDateEdit)
        if repeat is None and start is None and ui.untilDateEdit.value() < typed_start(ui).date():
            repeat = QCoreApplication.translate(
                "AppointmentDialog", "The repeats cannot stop before the first visit."
            )
    elif repeats_on_own_rule and ui.repeatEndCombo.currentData() == "count":
        repeat, repeat_field = field_problem(ui.countSpin)
    checks.append((show_problem(ui.repeatError, repeat), repeat_field))
    pickup = None
    if ui.pickupCheck.isChecked():
        pickup, _field = field_problem(ui.pickupTimeEdit)
    checks.append((show_problem(ui.pickupError, pickup), ui.pickupTimeEdit))
    checks.append((check_link(ui), ui.videoLinkEdit))
    first = next((widget for ok, widget in checks if not ok), None)
    if first is not None:
        first.setFocus()
    return first is not None


def error_place(ui: Ui_AppointmentForm, field: str) -> tuple[QLabel, QWidget]:
    """Where to say what the store refused in ``field``: the label, and the field to focus."""
    return {
        "title": (ui.titleError, ui.titleEdit),
        "kind": (ui.titleError, ui.kindCombo),
        "starts_at": (ui.startError, ui.startDateEdit),
        "ends_at": (ui.endError, ui.endDateEdit),
        "last_day": (ui.endError, ui.endDateEdit),
        "timezone": (ui.timezoneError, ui.timezoneCombo),
        "rrule": (ui.repeatError, ui.repeatCombo),
        "video_link": (ui.videoLinkError, ui.videoLinkEdit),
    }.get(field, (ui.startError, ui.titleEdit))
