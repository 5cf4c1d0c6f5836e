"""The diary's breakthrough dose log and its form, with the prompt for the score after."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from caregiver_app.services.local_time import follow_time_zone
from caregiver_app.services.medication.as_needed import awaiting_after_score
from caregiver_app.store.diary.doses import (
    DoseRecord,
    delete_dose,
    doses_between,
    get_dose,
    save_dose,
)
from caregiver_app.store.errors import RecordAccessError
from caregiver_app.store.home_clock import home_now
from caregiver_app.views.diary.diary_labels import item_name
from caregiver_app.views.diary.dose_dialog import DoseDialog, performer_text
from caregiver_app.views.diary.list_panel import ListPanel
from caregiver_app.views.look.locale_format import format_date, format_given_at
from caregiver_app.views.sharing.origin_lookup import origins_of, sharing_on
from caregiver_app.views.sharing.sharing_words import recorded_on
from caregiver_app.views.signals import AppSignals
from caregiver_app.views.widgets.banner import Banner
from caregiver_app.views.widgets.confirm import confirm_delete
from caregiver_app.views.widgets.file_messages import access_reason, file_message
from caregiver_app.views.widgets.form_parts import command_button
from caregiver_app.views.widgets.undo_delete import UndoableDeletes


class DosesPanel(ListPanel[DoseRecord, DoseDialog]):
    """Breakthrough doses: the log, doses per day, how much they helped, and the "after" prompt."""

    def __init__(
        self, signals: AppSignals, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(signals, signals.doses_changed, DoseDialog, get_dose, parent)
        self.undo_stack = undo_stack
        self.prompt = Banner("afterScorePrompt", self)
        self.prompt_button = command_button(
            self,
            self.tr("Record the score now..."),
            lambda: self.record_after_score(),
            self.tr("Record the score after the dose"),
        )
        self.prompt_button.hide()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("doseSummary")
        self.add_button = command_button(
            self,
            self.tr("&Record a dose..."),
            lambda: self.record_dose(),
            self.tr("Record a breakthrough dose"),
        )
        self.edit_button = command_button(
            self,
            self.tr("Edit or add the score after..."),
            lambda: self.edit_selected(),
            self.tr("Edit the selected dose"),
        )
        self.delete_button = command_button(
            self,
            self.tr("Delete"),
            lambda: self.delete_selected(),
            self.tr("Delete the selected dose"),
        )
        prompt_row = QHBoxLayout()
        prompt_row.addWidget(self.prompt, 1)
        prompt_row.addWidget(self.prompt_button)
        self.lay_out(
            self.tr("Breakthrough doses, newest first"),
            (prompt_row, self.summary),
            (self.add_button, self.edit_button, self.delete_button),
        )
        self.awaiting: list[DoseRecord] = []
        self.timer = QTimer(self)
        self.timer.setInterval(60_000)
        self.timer.timeout.connect(self.check_after_scores)
        self.timer.start()

    # ------------------------------------------------------------ list

    def refresh(self) -> None:
        """Reload the last 90 days of doses, the per-day counts and the prompt."""
        now = home_now()
        self.records = list(reversed(doses_between(now - timedelta(days=90), None)))
        # While the record is shared, which computer recorded each dose.
        sharing = sharing_on()
        origins = origins_of("breakthroughdose", (dose.id for dose in self.records))
        rows = []
        for dose in self.records:
            before = "–" if dose.score_before is None else str(dose.score_before)
            after = "–" if dose.score_after is None else str(dose.score_after)
            rows.append(
                [
                    format_given_at(dose.given_at),
                    dose.medicine_name,
                    dose.dose,
                    dose.reason,
                    f"{item_name(dose.symptom)}: {before} → {after}",
                    dose.note,
                    performer_text(dose.performer),
                    *([recorded_on(origins.get(dose.id))] if sharing else []),
                ]
            )
        self.table.set_rows(
            [
                self.tr("Given at"),
                self.tr("Medicine"),
                self.tr("Dose"),
                self.tr("Reason"),
                self.tr("Score before → after"),
                self.tr("Note"),
                self.tr("Given by"),
                *([self.tr("Recorded on")] if sharing else []),
            ],
            rows,
        )
        self.summary.setText(self.summary_text(now))
        self.check_after_scores()
        self._update_buttons()

    def summary_text(self, now: datetime) -> str:
        """Doses per day over the last week and the average score before and after."""
        if not self.records:
            return self.tr(
                "No breakthrough doses recorded in the last 90 days. When an as-needed dose "
                "is given, record it here with the score before, and the score 30 to 60 "
                "minutes later: the team uses both."
            )
        per_day = Counter(dose.given_at.date() for dose in self.records)
        days = [now.date() - timedelta(days=offset) for offset in range(7)]
        counts = ", ".join(f"{format_date(day)}: {per_day.get(day, 0)}" for day in days)
        paired = [
            dose
            for dose in self.records
            if dose.score_before is not None and dose.score_after is not None
        ]
        text = self.tr("Doses per day, last 7 days: {counts}.").format(counts=counts)
        if paired:
            before = sum(dose.score_before for dose in paired) / len(paired)
            after = sum(dose.score_after for dose in paired) / len(paired)
            text += " " + self.tr(
                "Where both scores were recorded (%n doses), the average went from "
                "{before:.1f} before to {after:.1f} after.",
                None,
                len(paired),
            ).format(before=before, after=after)
        return text

    def _update_buttons(self) -> None:
        selected = self.selected() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    # ------------------------------------------------------------ after-score prompt

    def check_after_scores(self) -> None:
        """Ask for the "after" score once a dose is 30 minutes old and still has none."""
        follow_time_zone()  # the zone may have been changed since the last minute
        try:
            self.awaiting = awaiting_after_score(home_now())
        except RecordAccessError:  # the record is closed for a moment (a restore, a new
            return  # password, the window closing): ask again on the next minute
        if not self.awaiting:
            self.prompt.hide()
            self.prompt_button.hide()
            return
        dose = self.awaiting[0]
        self.prompt.setText(
            self.tr(
                "The dose of {medicine} at {when} was given for {reason}. How is it now? "
                "Recording the score 30 to 60 minutes after shows the team how much it helped."
            ).format(
                medicine=dose.medicine_name,
                when=format_given_at(dose.given_at),
                reason=dose.reason or item_name(dose.symptom).lower(),
            )
        )
        self.prompt.show()
        self.prompt_button.show()

    def record_after_score(self) -> DoseDialog | None:
        """Open the oldest dose still waiting for its "after" score."""
        if not self.awaiting:
            return None
        dialog = self._open(get_dose(self.awaiting[0].id))
        dialog.ui.afterSpin.setFocus()
        return dialog

    # ------------------------------------------------------------ changes

    # The menu's Record a dose and the tab's button call it by this name.
    record_dose = ListPanel.add_new

    def delete_selected(self) -> None:
        """Delete the selected dose after asking; Edit > Undo brings it back."""
        record = self.selected()
        if record is None:
            return
        self.delete_box = confirm_delete(
            self,
            self.tr("Delete dose"),
            self.tr(
                "Delete the dose of {medicine} given at {when}? Edit > Undo brings it back."
            ).format(medicine=record.medicine_name, when=format_given_at(record.given_at)),
            lambda: self._delete_confirmed(record),
        )

    def _delete_confirmed(self, record: DoseRecord) -> None:
        doses = UndoableDeletes(self, delete_dose, save_dose, self._changed)
        doses.delete(
            record.id,
            lambda _deleted: QCoreApplication.translate("Medicines", "Delete breakthrough dose"),
            "",
            lambda error: self._not_deleted(record, error),
        )

    def _not_deleted(self, record: DoseRecord, error: RecordAccessError) -> None:
        """A full disk refused the deletion: say so; the dose stays as it was."""
        text = self.tr(
            "The dose of {medicine} given at {when} could not be deleted ({reason}). "
            "Nothing was changed. Free some disk space and try again."
        )
        when, reason = format_given_at(record.given_at), access_reason(error)
        text = text.format(medicine=record.medicine_name, when=when, reason=reason)
        self.message = file_message(self, self.tr("Delete dose"), text, warning=True)
