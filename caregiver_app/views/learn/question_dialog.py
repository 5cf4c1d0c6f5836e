"""Add or edit a question for the care team (layout from ui/question_form.ui)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtGui import QColor, QPalette, QTextCursor
from PySide6.QtWidgets import QDialogButtonBox, QVBoxLayout, QWidget

from caregiver_app.services.calendar.titles import shown_title
from caregiver_app.services.contacts.display_labels import role_label
from caregiver_app.services.contacts.roles import ROLES
from caregiver_app.store.calendar.question_visits import planned_visit, visits_ahead
from caregiver_app.store.contacts import list_contacts
from caregiver_app.store.home_clock import home_now
from caregiver_app.store.questions import QuestionRecord, save_question
from caregiver_app.views.forms.ui_question_form import Ui_QuestionForm
from caregiver_app.views.look.locale_format import format_datetime
from caregiver_app.views.widgets.form_dialog import SavingDialog
from caregiver_app.views.widgets.tab_page import set_bold

ERROR_COLOUR = QColor("#a61b1b")  # 6.5:1 against white
NO_VISIT = ""


def visit_key(appointment_id: int, occurrence_start: datetime | None) -> str:
    """What the visit list keeps for a choice: the appointment, and the date of a series."""
    return f"{appointment_id}@{occurrence_start.isoformat() if occurrence_start else ''}"


def _visit_of(key: str) -> tuple[int | None, datetime | None]:
    if not key:
        return None, None
    appointment, _sep, start = key.partition("@")
    return int(appointment), datetime.fromisoformat(start) if start else None


class QuestionDialog(SavingDialog):
    """The question form. ``record.id`` None adds a question; saving emits ``saved(id)``."""

    def __init__(
        self,
        record: QuestionRecord,
        article_title: str = "",
        parent: QWidget | None = None,
        focus_answer: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("questionDialog")
        self.record = record
        if record.id is None:
            self.setWindowTitle(self.tr("Add a question for the care team"))
        else:
            self.setWindowTitle(self.tr("Question for the care team"))
        self.form = QWidget(self)
        self.ui = Ui_QuestionForm()
        self.ui.setupUi(self.form)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAccessibleName(self.tr("Save question"))
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.buttons)

        ui = self.ui
        set_bold(ui.questionError)
        palette = ui.questionError.palette()
        palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOUR)
        ui.questionError.setPalette(palette)
        self._fill_who(record)
        self._fill_appointments(record)
        ui.articleValue.setText(article_title)
        ui.articleLabel.setVisible(bool(article_title))
        ui.articleValue.setVisible(bool(article_title))
        ui.questionEdit.setPlainText(record.text)
        ui.questionEdit.moveCursor(QTextCursor.MoveOperation.End)
        ui.answeredCheck.setChecked(not record.is_open or focus_answer)
        ui.answerEdit.setPlainText(record.answer)
        ui.answeredCheck.toggled.connect(self._answered_toggled)
        self._answered_toggled(ui.answeredCheck.isChecked())
        # A new question has no answer yet: the answer part appears once it is saved.
        is_new = record.id is None and not focus_answer
        for widget in (ui.answeredCheck, ui.answerLabel, ui.answerEdit):
            widget.setVisible(not is_new)
        (ui.answerEdit if focus_answer else ui.questionEdit).setFocus()
        self.setMinimumWidth(560)

    # ------------------------------------------------------------ choices

    def _fill_who(self, record: QuestionRecord) -> None:
        combo = self.ui.askCombo
        combo.addItem(self.tr("Anyone on the team"), "")
        known = set()
        for role in ROLES:
            combo.addItem(role_label(role.name), f"role:{role.name}")
            known.add(role.name)
        typed = record.ask_role.strip()
        if typed and typed.casefold() not in known:
            combo.addItem(typed, f"role:{typed}")  # a role the family typed somewhere
        contacts = list_contacts()
        if contacts:
            combo.insertSeparator(combo.count())
        for contact in contacts:
            label = contact.name
            if contact.role:
                label = self.tr("{name} ({role})").format(
                    name=contact.name, role=role_label(contact.role)
                )
            combo.addItem(label, f"contact:{contact.id}")
        if record.ask_contact_id is not None:
            wanted = f"contact:{record.ask_contact_id}"
        elif typed:
            wanted = f"role:{typed.casefold() if typed.casefold() in known else typed}"
        else:
            wanted = ""
        combo.setCurrentIndex(max(0, combo.findData(wanted)))

    def _fill_appointments(self, record: QuestionRecord) -> None:
        """The coming visits, a repeating one once per date, and the one already chosen."""
        combo = self.ui.appointmentCombo
        combo.addItem(self.tr("No visit chosen yet"), NO_VISIT)
        for visit in visits_ahead(home_now()):
            start = visit.original_start if visit.record.rrule else None
            combo.addItem(
                self._visit_label(visit.local_start, visit.record.title),
                visit_key(visit.appointment_id, start),
            )
        if record.appointment_id is None:
            return
        chosen = visit_key(record.appointment_id, record.occurrence_start)
        if combo.findData(chosen) < 0:  # a past date, one further ahead, or the whole series
            planned = planned_visit(record.appointment_id, record.occurrence_start)
            if planned is None:
                label = shown_title(record.appointment_title)
            elif planned.whole_series:
                label = self.tr("Any visit of {what}").format(what=shown_title(planned.title))
            else:
                label = self._visit_label(planned.starts, planned.title)
            combo.insertItem(1, label, chosen)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def _visit_label(self, starts: datetime, title: str) -> str:
        what = shown_title(title)
        return self.tr("{when}: {what}").format(when=format_datetime(starts), what=what)

    def _answered_toggled(self, checked: bool) -> None:
        self.ui.answerLabel.setEnabled(checked)
        self.ui.answerEdit.setEnabled(checked)
        if checked and self.isVisible():
            self.ui.answerEdit.setFocus()

    # ------------------------------------------------------------ values

    def question(self) -> QuestionRecord:
        """What the form holds now."""
        ui = self.ui
        kind, _sep, value = (ui.askCombo.currentData() or "").partition(":")
        appointment_id, occurrence_start = _visit_of(ui.appointmentCombo.currentData() or "")
        answered = ui.answeredCheck.isChecked()
        answered_at = None
        if answered:
            answered_at = self.record.answered_at or home_now()
        return QuestionRecord(
            id=self.record.id,
            text=ui.questionEdit.toPlainText().strip(),
            ask_role=value if kind == "role" else "",
            ask_contact_id=int(value) if kind == "contact" else None,
            article=self.record.article,
            appointment_id=appointment_id,
            occurrence_start=occurrence_start,
            position=self.record.position,
            created_at=self.record.created_at,
            answer=ui.answerEdit.toPlainText().strip() if answered else self.record.answer,
            answered_at=answered_at,
        )

    def show_error(self, message: str, widget: QWidget | None = None) -> None:
        """Say what is wrong under the question; keep everything typed."""
        self.ui.questionError.setText(message)
        self.ui.questionError.setVisible(bool(message))
        if widget is not None:
            widget.setFocus()

    def problems_found(self) -> bool:
        """A question with no words: say so at the question."""
        if self.question().text:
            return False
        self.show_error(self.tr("Please write the question."), self.ui.questionEdit)
        return True

    def write(self) -> int:
        """Save the question as typed; its id."""
        return save_question(self.question())

    def failed_text(self, error: Exception) -> str:
        """The sentence for a question the record could not take."""
        return self.tr(
            "The question could not be saved ({reason}). Check that the disk is not "
            "full and try again; what you typed is still here."
        ).format(reason=error)
