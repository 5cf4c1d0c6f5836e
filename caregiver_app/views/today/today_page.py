"""The Today tab: what to do now. Doses due with Given / Skipped, as-needed limits, the day.

Read in one call (``services/medication/today.today_data``) and laid out top to bottom
in one scrolling column, so it reads at twice the text size. A one-key answer goes on
the window's undo stack; the page reads the record again after any change it hears of.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.services.home_zone_text import home_zone_line
from caregiver_app.services.medication.due import DoseSlot
from caregiver_app.services.medication.running_out import RefillDue, log_refill
from caregiver_app.services.medication.today import TodayData, today_data
from caregiver_app.services.medication.today_answers import answer_now
from caregiver_app.store.diary.doses import DoseRecord
from caregiver_app.store.errors import InvalidValueError, RecordAccessError
from caregiver_app.store.home_clock import home_now
from caregiver_app.store.medication.administrations import NURSE, PATIENT
from caregiver_app.views.first_paint import after_first_paint
from caregiver_app.views.look.locale_format import display_locale
from caregiver_app.views.signals import AppSignals
from caregiver_app.views.today.answer_command import AnswerCommand
from caregiver_app.views.today.dose_rows import DoseRow
from caregiver_app.views.today.today_sections import (
    add_after_scores,
    add_as_needed,
    add_next_doses,
    add_numbers,
    add_refills,
    add_the_day,
    heading,
    keep_text_size,
    numbers_text,
    text_label,
)
from caregiver_app.views.today.today_text import (
    Today,
    medicine_label,
    performer_label,
    refill_said,
    warn_not_saved,
)
from caregiver_app.views.widgets.banner import Banner
from caregiver_app.views.widgets.tab_page import TabPage

if TYPE_CHECKING:
    from caregiver_app.views.today.dose_answer_dialog import DoseAnswerDialog

SlotKey = tuple[int | None, datetime]


def slot_key(slot: DoseSlot) -> SlotKey:
    """A dose, the same from one reading of the record to the next."""
    return (slot.medicine.id, slot.scheduled_for)


class TodayPage(TabPage):
    """The first tab: the doses of the day and everything else to do now."""

    def __init__(
        self, signals: AppSignals, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(signals, undo_stack, parent)
        self.setObjectName("todayTab")
        # Replaced in tests, which drive the clock.
        self.clock: Callable[[], datetime] = home_now
        self.data: TodayData | None = None
        self.rows: list[DoseRow] = []
        self.performer = ""  # who is giving the doses now, as chosen at the top
        self.dialog: DoseAnswerDialog | None = None
        # False only until the window's first paint (see numbers_after_paint).
        self.numbers_written_out = True
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setAccessibleName(Today.tr("Today"))
        self.set_content(self.scroll)
        self.show_content(True)
        self._texts()
        self._stale = True
        for signal in (
            signals.doses_changed,
            signals.medicines_changed,
            signals.diary_changed,
            signals.appointments_changed,
            signals.questions_changed,
            signals.contacts_changed,
            signals.profile_saved,
            signals.record_changed,
        ):
            signal.connect(self._changed)
        # A new text size is laid out at once, shown or not: the page's body carries the
        # size it was built at (see refresh), and must not keep the old one while hidden.
        signals.text_scale_changed.connect(self._text_size_changed)
        # Once a minute: "3 h 20 min ago", and a dose turns overdue by itself.
        self.timer = QTimer(self)
        self.timer.setInterval(60_000)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _texts(self) -> None:
        now = self.clock()
        day = display_locale().toString(QDate(now.date()), QLocale.FormatType.LongFormat)
        self.set_texts(
            Today.tr("Today, {day}").format(day=day),
            Today.tr("What is due now, what was given and by whom, and whom to call."),
            "",
        )

    # ------------------------------------------------------------ reading

    def _changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # read again when shown

    def _text_size_changed(self, _percent: int) -> None:
        self.refresh()

    def _tick(self) -> None:
        from caregiver_app.services.local_time import follow_time_zone

        follow_time_zone()  # the zone may have been changed since the last minute
        self._changed()  # the minutes "ago" and what is overdue moved on

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Read the record again if it changed while another tab was shown."""
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the day from the record and lay the page out again, keeping the focus."""
        self._stale = False
        try:
            data = today_data(self.clock())
        except RecordAccessError:  # the record is closed for a moment: read it next minute
            return
        focused = self._focused_key()
        self.data = data
        self._texts()
        position = self.scroll.verticalScrollBar().value()
        body = QWidget(self.scroll)
        body.setObjectName("todayBody")
        # The app's size now: a change of text size is announced before its font change
        # has reached every widget, and the page is built again at once.
        body.setFont(QApplication.font())
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 8, 8)
        layout.setSpacing(6)
        self._build(layout, body, data)
        layout.addStretch(1)
        self.scroll.setWidget(body)  # the old body is deleted
        self.body = body
        # Where the reader was: once the new body is laid out (the minute's refresh
        # must not jump back to the top).
        bar = self.scroll.verticalScrollBar()
        QTimer.singleShot(0, self, lambda: bar.setValue(position))
        self._restore_focus(focused)

    def _build(self, layout: QVBoxLayout, body: QWidget, data: TodayData) -> None:
        if zones := home_zone_line():  # this computer set to another zone than the family's
            layout.addWidget(text_label(zones, body, "homeZoneLine"))
        self.alert_banner: Banner | None = None
        if data.symptom_alert is not None:
            self.alert_banner = Banner("todayAlert", body)
            self.alert_banner.setText(self._alert_text(data))
            self.alert_banner.setAccessibleName(Today.tr("Symptom alert"))
            keep_text_size(self.alert_banner)
            self.alert_banner.show()
            layout.addWidget(self.alert_banner)
        self.rows = []
        self._add_doses(layout, body, data)
        self.limit_banners = add_as_needed(layout, data, body)
        self.after_buttons = add_after_scores(layout, data, body, self.record_after_score)
        self.refill_buttons = add_refills(layout, data, body, self.refill_collected)
        add_the_day(layout, data, body)
        add_numbers(layout, data, body, self.numbers_written_out)

    def _alert_text(self, data: TodayData) -> str:
        from caregiver_app.views.diary.alert_text import alert_text

        alert = data.symptom_alert
        if alert is None:
            return ""
        if self.numbers_written_out:
            return alert_text(alert.alerts, alert.vitals, data.now)
        return alert_text(alert.alerts, alert.vitals, data.now, shown=str)  # as typed

    def _add_doses(self, layout: QVBoxLayout, body: QWidget, data: TodayData) -> None:
        if not data.doses_today and not data.not_logged_earlier:
            if data.has_schedule:
                # Times set up, none due today: not "no schedule", which sends the family
                # to set the times they have just set.
                layout.addWidget(heading(Today.tr("Doses today"), body))
                said = Today.tr("The medicine times are set up. No dose is due today.")
                layout.addWidget(text_label(said, body, "noDoseToday"))
                add_next_doses(layout, data, body)
            elif not data.as_needed:
                layout.addWidget(heading(Today.tr("Medicines"), body))
                layout.addWidget(
                    text_label(
                        Today.tr(
                            "No medicine has a schedule set up yet. Set the times in the "
                            "Symptom diary tab, under Medicines; the doses of the day then "
                            "show here."
                        ),
                        body,
                        "noSchedule",
                    )
                )
            return
        layout.addWidget(heading(Today.tr("Doses today"), body))
        self.who_combo = QComboBox(body)
        self.who_combo.addItem(Today.tr("Not said"), "")
        for name in data.caregivers:
            self.who_combo.addItem(name, name)
        self.who_combo.addItem(performer_label(PATIENT), PATIENT)
        self.who_combo.addItem(performer_label(NURSE), NURSE)
        self.who_combo.setCurrentIndex(max(0, self.who_combo.findData(self.performer)))
        # A name taken off the profile since it was chosen shows "Not said": so it is.
        self.performer = self.who_combo.currentData() or ""
        self.who_combo.setAccessibleName(Today.tr("Who is giving the doses now"))
        self.who_combo.currentIndexChanged.connect(
            lambda _index: setattr(self, "performer", self.who_combo.currentData() or "")
        )
        who_form = QFormLayout()
        who_form.addRow(Today.tr("&Given by:"), self.who_combo)
        layout.addLayout(who_form)
        layout.addWidget(
            text_label(
                Today.tr("On a dose: G for given now, S for skipped, Enter for the details."),
                body,
                "keysHint",
            )
        )
        if not data.doses_today:
            layout.addWidget(text_label(Today.tr("No scheduled doses today."), body))
        for slot in data.doses_today:
            self._add_row(layout, body, slot, data)
        add_next_doses(layout, data, body)
        if data.not_logged_earlier:
            layout.addWidget(heading(Today.tr("Not logged yet, from the days before"), body))
            layout.addWidget(
                text_label(
                    Today.tr(
                        "Nobody answered these doses. Say what happened, or leave them "
                        "as not logged."
                    ),
                    body,
                )
            )
            for slot in data.not_logged_earlier:
                self._add_row(layout, body, slot, data)

    def _add_row(self, layout: QVBoxLayout, body: QWidget, slot: DoseSlot, data: TodayData) -> None:
        row = DoseRow(slot, data.now, self.answer, self.open_answer, body)
        layout.addWidget(row)
        self.rows.append(row)

    def numbers_after_paint(self, window: QWidget) -> None:
        """At start-up: the call-first numbers (and the alert's) as typed in the first paint,
        then in their usual written form once the window is on screen (the library that
        writes them takes longer to load, and more memory, than the rest of the page)."""
        self.numbers_written_out = False

        def write_out() -> None:
            self.numbers_written_out = True
            body = getattr(self, "body", None)  # none yet if the record could not be read
            if body is None or self.data is None:
                return
            label = body.findChild(QLabel, "callFirst")
            if label is not None:
                label.setText(numbers_text(self.data))
            if self.alert_banner is not None:
                self.alert_banner.setText(self._alert_text(self.data))

        after_first_paint(window, write_out)

    # ------------------------------------------------------------ focus

    def _focused_key(self) -> tuple[SlotKey, str] | None:
        focus = self.focusWidget()
        for row in self.rows:
            if focus is row:
                return slot_key(row.slot), "row"
            for name in ("given_button", "skipped_button", "more_button"):
                if focus is not None and focus is getattr(row, name):
                    return slot_key(row.slot), name
        return None

    def _restore_focus(self, focused: tuple[SlotKey, str] | None) -> None:
        if focused is None:
            return
        key, part = focused
        for index, row in enumerate(self.rows):
            if slot_key(row.slot) != key:
                continue
            target = row if part == "row" else getattr(row, part)
            if target is None or row.answered:
                # Answered: on to the next dose still open, else stay on this one.
                following = [later for later in self.rows[index + 1 :] if not later.answered]
                target = following[0] if following else row
            target.setFocus()
            self.scroll.ensureWidgetVisible(target)
            return

    # ------------------------------------------------------------ answers

    def answer(self, slot: DoseSlot, given: bool) -> None:
        """Given now (by whoever is chosen at the top) or skipped; Edit > Undo takes it back."""
        if slot.medicine.id is None:
            return
        try:
            quick = answer_now(
                slot.medicine.id,
                slot.scheduled_for,
                given,
                self.performer,
                self.clock(),
                strength=slot.medicine.strength,
            )
        except (InvalidValueError, RecordAccessError, OSError) as error:
            warn_not_saved(self, error)
            return
        name = medicine_label(slot.medicine)
        text = (
            Today.tr("given: {medicine}").format(medicine=name)
            if given
            else Today.tr("skipped: {medicine}").format(medicine=name)
        )
        self.undo_stack.push(
            AnswerCommand(
                text, quick, self.signals.doses_changed.emit, self.signals.undo_step_failed.emit
            )
        )
        self.signals.doses_changed.emit()

    def open_answer(self, slot: DoseSlot) -> DoseAnswerDialog:
        """The answer dialog for a dose (its history when it was answered before)."""
        # Loaded when first needed: its form's modules are not needed for the first paint.
        from caregiver_app.views.today.dose_answer_dialog import DoseAnswerDialog

        caregivers = self.data.caregivers if self.data else []
        dialog = DoseAnswerDialog(slot, caregivers, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _id: self.signals.doses_changed.emit())
        self.dialog = dialog
        dialog.open()
        return dialog

    def record_after_score(self, dose: DoseRecord) -> QWidget:
        """The diary's dose form, at its "score after" box."""
        from caregiver_app.store.diary.doses import get_dose
        from caregiver_app.views.diary.doses_panel import DoseDialog

        dialog = DoseDialog(get_dose(dose.id) if dose.id is not None else dose, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _id: self._after_score_saved())
        self.after_dialog = dialog
        dialog.open()
        dialog.ui.afterSpin.setFocus()
        return dialog

    def _after_score_saved(self) -> None:
        self.signals.diary_changed.emit()
        self.signals.doses_changed.emit()

    def refill_collected(self, line: RefillDue) -> None:
        """Log the refill (as many doses as the last one) in one click."""
        if line.medicine.id is None or line.usual_amount is None:
            return
        try:
            logged = log_refill(line, self.clock())
        except (InvalidValueError, RecordAccessError, OSError) as error:
            warn_not_saved(self, error, refill=True)
            return
        self.signals.status_reported.emit(refill_said(line.medicine, logged))
        self.signals.medicines_changed.emit()  # read again, here and in the other tabs
