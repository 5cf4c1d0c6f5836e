"""Add or edit an appointment, a series, or one date of a series (ui/appointment_form.ui)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.services.calendar.appointment_kinds import kind_label
from caregiver_app.services.contacts.checks import normalise_link
from caregiver_app.store.calendar import recurrence, time_zones
from caregiver_app.store.calendar.records import KINDS, AppointmentRecord
from caregiver_app.store.contacts import list_contacts
from caregiver_app.store.day_range import LAST_DAY
from caregiver_app.store.errors import InvalidValueError
from caregiver_app.views.calendar.appointment_checks import (
    CUSTOM_RULE,
    check_link,
    error_place,
    problems_found,
    show_problem,
    typed_end,
    typed_start,
)
from caregiver_app.views.calendar.appointment_form_parts import (
    PeopleAndQuestions,
    SameDaySuggestions,
)
from caregiver_app.views.calendar.appointment_labels import (
    REMINDER_CHOICES,
    REPEAT_LABELS,
    reminder_label,
)
from caregiver_app.views.calendar.appointment_scope import show_scope
from caregiver_app.views.calendar.clock_change_note import follow_clock_changes
from caregiver_app.views.calendar.month_end_note import follow_month_ends
from caregiver_app.views.calendar.zone_field import fill_zones, show_zone, typed_zone
from caregiver_app.views.forms.ui_appointment_form import Ui_AppointmentForm
from caregiver_app.views.look.text_size import fit_to_content
from caregiver_app.views.widgets.form_dialog import SavingDialog
from caregiver_app.views.widgets.form_parts import (
    line_up_labels,
    mark_as_error,
    plural_suffix,
    save_cancel_buttons,
    scrolling_form,
    tab_chain,
)

# What the form edits: a new appointment, one visit, a whole series, one date of a
# series, or a date and the ones after it.
MODES = ("new", "single", "series", "occurrence", "following")


class AppointmentDialog(SavingDialog):
    """The appointment form. ``save`` stores what the form holds (raising InvalidValueError
    naming the field) and returns the id; on success the dialog closes and emits ``saved``.
    """

    asks_before_discarding = True

    def __init__(
        self,
        record: AppointmentRecord,
        save: Callable[[AppointmentRecord], int],
        mode: str = "new",
        parent: QWidget | None = None,
        occurrence_start: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("appointmentDialog")
        self.original = record
        self.save = save
        self.mode = mode
        titles = {
            "new": self.tr("New appointment"),
            "single": self.tr("Edit appointment"),
            "series": self.tr("Edit every visit of the series"),
            "occurrence": self.tr("Edit this visit only"),
            "following": self.tr("Edit this and the following visits"),
        }
        self.setWindowTitle(titles[mode])
        self.form = QWidget()
        self.ui = Ui_AppointmentForm()
        self.ui.setupUi(self.form)
        scroll = scrolling_form(self.form, self, self.tr("Appointment form"))
        self.buttons, self.save_button, self.cancel_button = save_cancel_buttons(
            self, self.tr("Save appointment")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

        self._prepare_widgets()
        contacts = list_contacts()
        # "This visit only": the questions ticked are for this date of the series.
        self.people = PeopleAndQuestions(self.ui, contacts, record, self, occurrence_start)
        self.same_day = SameDaySuggestions(self.ui, record.id, self._use_day, self)
        self._fill(record, contacts)
        show_scope(self.ui, mode)
        fit_to_content(self, self.form)
        chain = [ui_widget for ui_widget in (self.ui.notesEdit, *self.reminder_boxes.values())]
        chain += [self.ui.decisionsEdit, self.save_button, self.cancel_button]
        tab_chain(chain)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumSize(560, 480)
        self._fit_to_text()
        self.ui.titleEdit.setFocus()

    # ------------------------------------------------------------ set-up

    def _prepare_widgets(self) -> None:
        ui = self.ui
        for label in (
            ui.titleError,
            ui.startError,
            ui.endError,
            ui.timezoneError,
            ui.repeatError,
            ui.videoLinkError,
            ui.pickupError,
        ):
            mark_as_error(label)
        for kind in KINDS:
            ui.kindCombo.addItem(kind_label(kind), kind)
        # Each is needed whenever it is shown (the pick-up time only when ticked).
        for edit in (
            ui.startDateEdit,
            ui.endDateEdit,
            ui.untilDateEdit,
            ui.startTimeEdit,
            ui.endTimeEdit,
            ui.pickupTimeEdit,
        ):
            edit.set_required(True)
        fill_zones(ui.timezoneCombo)
        for choice, text in REPEAT_LABELS.items():
            ui.repeatCombo.addItem(QCoreApplication.translate("CalendarTab", text), choice)
        for key, text in (
            ("never", self.tr("Never")),
            ("until", self.tr("On a date")),
            ("count", self.tr("After a number of visits")),
        ):
            ui.repeatEndCombo.addItem(text, key)
        plural_suffix(ui.countSpin, lambda n: self.tr(" visits", None, n))
        ui.allDayCheck.toggled.connect(self._all_day_toggled)
        ui.repeatCombo.currentIndexChanged.connect(self._repeat_changed)
        ui.repeatEndCombo.currentIndexChanged.connect(self._repeat_changed)
        ui.pickupCheck.toggled.connect(ui.pickupTimeEdit.setEnabled)
        ui.startDateEdit.changed.connect(self._start_changed)
        ui.startTimeEdit.changed.connect(self._start_changed)
        ui.endDateEdit.changed.connect(self._end_changed)
        ui.endTimeEdit.changed.connect(self._end_changed)
        ui.kindCombo.currentIndexChanged.connect(lambda _i: self._suggest())
        ui.videoLinkEdit.editingFinished.connect(lambda: check_link(self.ui))
        follow_clock_changes(ui)
        follow_month_ends(ui)
        self.reminder_boxes: dict[int, QCheckBox] = {}

    def _fit_to_text(self) -> None:
        """A size that suits the text size; with large text, labels go above their fields."""
        metrics = self.fontMetrics()
        width, height = max(760, metrics.averageCharWidth() * 84), max(720, metrics.height() * 34)
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = (
                min(width, int(room.width() * 0.95)),
                min(height, int(room.height() * 0.95)),
            )
        self.resize(width, height)
        line_up_labels(self.form, width)

    def _reminder_box(self, minutes: int) -> QCheckBox:
        box = QCheckBox(reminder_label(minutes), self.ui.remindersGroup)
        box.setAccessibleName(self.tr("Reminder {when}").format(when=reminder_label(minutes)))
        position = len(self.reminder_boxes)
        self.ui.remindersLayout.addWidget(box, position // 3, position % 3)
        self.reminder_boxes[minutes] = box
        return box

    def _fill(self, record: AppointmentRecord, contacts) -> None:
        ui = self.ui
        self._filling = True
        ui.titleEdit.setText(record.title)
        ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(record.kind)))
        ui.allDayCheck.setChecked(record.all_day)
        ui.startDateEdit.set_value(record.starts_at.date())
        ui.startTimeEdit.set_value(record.starts_at.time())
        end = record.ends_at or record.starts_at + timedelta(hours=1)
        if record.all_day:
            ui.endDateEdit.set_value(record.last_day or record.starts_at.date())
        else:
            ui.endDateEdit.set_value(end.date())
        ui.endTimeEdit.set_value(end.time())
        self._duration = end - record.starts_at if not record.all_day else timedelta(hours=1)
        show_zone(ui.timezoneCombo, time_zones.effective_zone_name(record.timezone))
        choice = recurrence.simple_choice(record.rrule)
        if choice is None:
            ui.repeatCombo.addItem(self.tr("As in the imported file"), CUSTOM_RULE)
            choice = CUSTOM_RULE
        ui.repeatCombo.setCurrentIndex(max(0, ui.repeatCombo.findData(choice)))
        until, count = (None, None)
        if choice not in ("", None):
            until, count = recurrence.rule_end(record.rrule)
        ui.untilDateEdit.set_value(
            until.date() if until else record.starts_at.date() + timedelta(weeks=12)
        )
        if count is not None:
            ui.countSpin.setValue(count)
        end_key = "count" if count is not None else "until" if until is not None else "never"
        if not record.rrule:
            end_key = "count"
        ui.repeatEndCombo.setCurrentIndex(ui.repeatEndCombo.findData(end_key))
        ui.locationEdit.setText(record.location)
        ui.videoLinkEdit.setText(record.video_link)
        names = [contact.name for contact in contacts]
        ui.driverCombo.addItem("")
        ui.driverCombo.addItems(names)
        ui.driverCombo.setCurrentText(record.driver)
        ui.pickupCheck.setChecked(record.pickup_time is not None)
        ui.pickupTimeEdit.setEnabled(record.pickup_time is not None)
        pickup = record.pickup_time or (record.starts_at - timedelta(hours=1)).time()
        ui.pickupTimeEdit.set_value(pickup)
        ui.bringEdit.setPlainText(record.bring)
        ui.notesEdit.setPlainText(record.notes)
        ui.decisionsEdit.setPlainText(record.decisions)
        for minutes in sorted({*REMINDER_CHOICES, *record.reminders}, reverse=True):
            self._reminder_box(minutes).setChecked(minutes in record.reminders)
        self._filling = False
        self._all_day_toggled(record.all_day)
        self._repeat_changed()
        self._suggest()

    # ------------------------------------------------------------ reactions

    def _all_day_toggled(self, checked: bool) -> None:
        ui = self.ui
        ui.startTimeEdit.setVisible(not checked)
        ui.endTimeEdit.setVisible(not checked)
        ui.timezoneLabel.setVisible(not checked)
        ui.timezoneCombo.setVisible(not checked)
        ui.endLabel.setText(self.tr("Last &day:") if checked else self.tr("&Ends:"))
        ui.endDateEdit.setAccessibleName(self.tr("Last day") if checked else self.tr("End date"))

    def _repeat_changed(self) -> None:
        ui = self.ui
        choice = ui.repeatCombo.currentData()
        repeats = choice not in ("", None)
        editable = repeats and choice != CUSTOM_RULE and self.mode != "occurrence"
        end_key = ui.repeatEndCombo.currentData()
        ui.repeatEndLabel.setVisible(repeats)
        ui.repeatEndCombo.setVisible(repeats)
        ui.repeatEndCombo.setEnabled(editable)
        ui.untilDateEdit.setVisible(repeats and end_key == "until")
        ui.untilDateEdit.setEnabled(editable)
        ui.countSpin.setVisible(repeats and end_key == "count")
        ui.countSpin.setEnabled(editable)

    def typed_start(self) -> datetime:
        """The typed start (FieldInputError when a part is not a date or time)."""
        return typed_start(self.ui)

    def typed_end(self) -> datetime:
        """The typed end (FieldInputError when a part is not a date or time)."""
        return typed_end(self.ui)

    def _typed(self, date_edit, time_edit) -> datetime | None:
        """What the two fields say so far, or None while either is not yet a value."""
        day, at = date_edit.value_or_none(), time_edit.value_or_none()
        # A day past the calendar's last (9999) is refused at its field; no end follows it.
        if day is None or day > LAST_DAY or (at is None and not self.ui.allDayCheck.isChecked()):
            return None
        return datetime.combine(day, time() if self.ui.allDayCheck.isChecked() else at)

    def _start_changed(self) -> None:
        if self._filling:
            return
        ui = self.ui
        start = self._typed(ui.startDateEdit, ui.startTimeEdit)
        if start is None:
            return
        self._filling = True
        if ui.allDayCheck.isChecked():
            last = ui.endDateEdit.value_or_none()
            if last is None or last < start.date():
                ui.endDateEdit.set_value(start.date())
        else:
            end = start + self._duration  # the end follows the start, as it was typed
            ui.endDateEdit.set_value(end.date())
            ui.endTimeEdit.set_value(end.time())
        self._filling = False
        self._suggest()

    def _end_changed(self) -> None:
        if self._filling or self.ui.allDayCheck.isChecked():
            return
        ui = self.ui
        start = self._typed(ui.startDateEdit, ui.startTimeEdit)
        end = self._typed(ui.endDateEdit, ui.endTimeEdit)
        if start is not None and end is not None and end > start:
            self._duration = end - start

    def _suggest(self) -> None:
        if self._filling:
            return
        start = self.ui.startDateEdit.value_or_none()
        if start is not None:
            self.same_day.update(self.ui.kindCombo.currentData(), start)

    def _use_day(self, day: date, at: time) -> None:
        """Move the visit to ``day`` at ``at`` (from a same-day suggestion), keeping its length."""
        self.ui.startDateEdit.set_value(day)
        self.ui.startTimeEdit.set_value(at)
        self.ui.startTimeEdit.setFocus()

    # ------------------------------------------------------------ values

    def _rule(self) -> str:
        ui = self.ui
        choice = ui.repeatCombo.currentData()
        if choice in ("", None):
            return ""
        if choice == CUSTOM_RULE:
            return self.original.rrule
        end_key = ui.repeatEndCombo.currentData()
        if end_key == "until":
            return recurrence.simple_rule(choice, until=ui.untilDateEdit.value())
        if end_key == "count":
            return recurrence.simple_rule(choice, count=ui.countSpin.value())
        return recurrence.simple_rule(choice)

    def record(self) -> AppointmentRecord:
        """What the form holds now (FieldInputError for a date or time that is not one)."""
        ui = self.ui
        all_day = ui.allDayCheck.isChecked()
        zone = typed_zone(ui.timezoneCombo)
        last_day = ui.endDateEdit.value() if all_day else None
        return replace(
            self.original,
            title=ui.titleEdit.text().strip(),
            kind=ui.kindCombo.currentData(),
            starts_at=self.typed_start(),
            ends_at=None if all_day else self.typed_end(),
            all_day=all_day,
            last_day=last_day,
            timezone="" if all_day else zone,
            location=ui.locationEdit.text().strip(),
            video_link=normalise_link(ui.videoLinkEdit.text()),
            notes=ui.notesEdit.toPlainText().strip(),
            bring=ui.bringEdit.toPlainText().strip(),
            decisions=ui.decisionsEdit.toPlainText().strip(),
            driver=ui.driverCombo.currentText().strip(),
            pickup_time=ui.pickupTimeEdit.value() if ui.pickupCheck.isChecked() else None,
            rrule=self._rule(),
            reminders=tuple(m for m, box in self.reminder_boxes.items() if box.isChecked()),
            participant_ids=self.people.participant_ids(),
            question_ids=self.people.question_ids(),
            question_dates=self.people.question_dates(),
        )

    def problems_found(self) -> bool:
        """Check every field, show each problem at its field, focus the first; True if any."""
        return problems_found(self.ui)

    def write(self) -> int:
        """Save the appointment as typed (through the tab's save); its id."""
        return self.save(self.record())

    def show_error(self, message: str, widget: QWidget | None = None) -> None:
        """Say what is wrong under the start; keep everything typed."""
        show_problem(self.ui.startError, message)
        if widget is not None:
            widget.setFocus()

    def refused(self, error: InvalidValueError) -> None:
        """Say what the store refused under the field it names, and focus that field."""
        label, widget = error_place(self.ui, error.field)
        show_problem(label, str(error))
        widget.setFocus()

    def failed_text(self, error: Exception) -> str:
        """The sentence for an appointment the record could not take."""
        return self.tr(
            "The appointment could not be saved ({reason}). Check that the disk is "
            "not full and try again; what you typed is still here."
        ).format(reason=error)
