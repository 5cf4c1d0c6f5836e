"""Parts of the appointment form: who takes part and what to ask them, and same-day suggestions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from caregiver_app.services.calendar.titles import shown_title
from caregiver_app.services.contacts.display_labels import role_label
from caregiver_app.store.calendar.occurrences import occurrences_between
from caregiver_app.store.calendar.records import AppointmentRecord
from caregiver_app.store.contacts import ContactRecord
from caregiver_app.views.calendar.appointment_labels import format_day, time_span
from caregiver_app.views.widgets.form_parts import tab_chain

ITEM_ID = Qt.ItemDataRole.UserRole
SAME_DAY_WINDOW = timedelta(days=7)
MAX_SUGGESTIONS = 4


def _questions_module():
    """The Learn tab's question store, if this version has it."""
    try:
        from caregiver_app.store import questions
    except ImportError:  # pragma: no cover - the question list arrives with the Learn tab
        return None
    return questions


class PeopleAndQuestions(QObject):
    """The care team people taking part (ticked), and the open questions to ask them.

    ``occurrence_start`` is the date of a series the form is for ("this visit only"):
    a question ticked there is planned for that date, and questions planned for its
    other dates are not offered. Otherwise a ticked question is for the whole
    appointment.
    """

    def __init__(
        self,
        ui,
        contacts: list[ContactRecord],
        record: AppointmentRecord,
        parent: QWidget,
        occurrence_start: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.contacts = {contact.id: contact for contact in contacts}
        self.appointment_id = record.id
        self.occurrence_start = occurrence_start
        # Every question planned for the appointment -> its date (None: the whole of it).
        self.planned: dict[int, datetime | None] = {
            question_id: record.question_dates.get(question_id)
            for question_id in record.question_ids
        }
        for listing in (ui.participantsList, ui.questionsList):  # long lines wrap, never scroll
            listing.setWordWrap(True)
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            listing.setResizeMode(QListView.ResizeMode.Adjust)
        for contact in contacts:
            text = contact.name
            if contact.role:
                text = self.tr("{name} ({role})").format(
                    name=contact.name, role=role_label(contact.role)
                )
            item = QListWidgetItem(text, ui.participantsList)
            item.setData(ITEM_ID, contact.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = contact.id in record.participant_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        ui.participantsList.setVisible(bool(contacts))
        ui.participantsHint.setText(
            self.tr(
                "No one is on the Care team list yet. Add the team in the Care team tab, "
                "then tick who takes part here."
            )
        )
        ui.participantsHint.setVisible(not contacts)
        self.questions = _questions_module()
        if self.questions is None:  # the Learn tab's questions are not in this version
            for widget in (ui.questionsLabel, ui.questionsList, ui.questionsHint):
                widget.hide()
        else:
            ui.participantsList.itemChanged.connect(lambda _item: self.fill_questions())
            ui.questionsList.itemChanged.connect(self._question_ticked)
            self.fill_questions()

    def participant_ids(self) -> list[int]:
        """The ids of the ticked people."""
        ids = []
        for row in range(self.ui.participantsList.count()):
            item = self.ui.participantsList.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(item.data(ITEM_ID))
        return ids

    def question_ids(self) -> list[int]:
        """The questions planned for the appointment (any of its dates)."""
        return sorted(self.planned)

    def question_dates(self) -> dict[int, datetime]:
        """Those planned for one date of the series: question id -> that date."""
        return {q: start for q, start in self.planned.items() if start is not None}

    def _ticked(self, question_id: int) -> bool:
        """Planned for what this form is for: the whole appointment, or this date."""
        return question_id in self.planned and self.planned[question_id] in (
            None,
            self.occurrence_start,
        )

    def _question_ticked(self, item: QListWidgetItem) -> None:
        question_id = item.data(ITEM_ID)
        if item.checkState() == Qt.CheckState.Checked:
            self.planned[question_id] = self.occurrence_start
        else:
            self.planned.pop(question_id, None)

    def _elsewhere(self, question_id: int) -> bool:
        """Planned for another date of this series than the one the form is for."""
        return self.occurrence_start is not None and self.planned.get(question_id) not in (
            None,
            self.occurrence_start,
        )

    def fill_questions(self) -> None:
        """The open questions for the people ticked (all, when no one is), and those chosen."""
        ids = self.participant_ids()
        roles = [self.contacts[i].role for i in ids if i in self.contacts and self.contacts[i].role]
        if ids:  # the questions for the people taking part (and those for anyone)
            found = self.questions.open_questions(
                roles=roles,
                contact_ids=ids,
                appointment_id=self.appointment_id,
                occurrence_start=self.occurrence_start,
            )
        else:  # no one chosen yet: any open question may be planned for this visit
            found = [q for q in self.questions.open_questions() if not self._elsewhere(q.id)]
        extra = [
            q
            for q in self.questions.open_questions()
            if self._ticked(q.id) and q.id not in {f.id for f in found}
        ]
        listing = self.ui.questionsList
        listing.blockSignals(True)
        listing.clear()
        for question in [*found, *extra]:
            who = question.contact_name
            if not who and question.ask_role:
                who = role_label(question.ask_role)
            text = question.text
            if who:
                text = self.tr("{question} (ask: {who})").format(question=question.text, who=who)
            item = QListWidgetItem(text, listing)
            item.setData(ITEM_ID, question.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = self._ticked(question.id)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        listing.blockSignals(False)
        listing.setVisible(listing.count() > 0)
        self.ui.questionsHint.setText(
            self.tr(
                "No open questions yet. Write them down in the Learn tab's question list "
                "as they come up; they will be offered here."
            )
        )
        self.ui.questionsHint.setVisible(listing.count() == 0)


class SameDaySuggestions(QObject):
    """For a palliative care visit: oncology visits a week either side, to book the same day.

    Teams often book palliative visits on the same day as oncology visits to spare
    the patient extra trips (see docs: domain notes, "How often").
    """

    def __init__(
        self,
        ui,
        appointment_id: int | None,
        use_day: Callable[[date, time], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.appointment_id = appointment_id
        self.use_day = use_day
        self.buttons: list[QPushButton] = []
        self.rows: list[QWidget] = []
        self._shown_for: tuple | None = None
        ui.sameDayBox.hide()

    def update(self, kind: str, day: date) -> None:
        """Offer the oncology days near ``day`` when the visit is a palliative care one."""
        key = (kind, day)
        if key == self._shown_for:
            return
        self._shown_for = key
        for row in self.rows:
            row.hide()
            row.deleteLater()
        self.rows: list[QWidget] = []
        self.buttons = []
        if kind != "palliative_care":
            self.ui.sameDayBox.hide()
            return
        low = datetime.combine(day - SAME_DAY_WINDOW, time())
        high = datetime.combine(day + SAME_DAY_WINDOW, time()) + timedelta(days=1)
        nearby = [
            o
            for o in occurrences_between(low, high)
            if o.record.kind == "oncology" and o.appointment_id != self.appointment_id
        ][:MAX_SUGGESTIONS]
        if not nearby:
            self.ui.sameDayBox.hide()
            return
        self.ui.sameDayLabel.setText(
            self.tr(
                "Teams often book palliative care on the same day as an oncology visit, to "
                "spare extra trips. Oncology visits within a week:"
            )
        )
        for occurrence in nearby:
            visit = self.tr("{title}: {day}, {time}").format(
                title=shown_title(occurrence.record.title),
                day=format_day(occurrence.local_start.date()),
                time=time_span(occurrence),
            )
            row = QWidget(self.ui.sameDayBox)
            label = QLabel(visit, row)
            label.setWordWrap(True)
            button = QPushButton(self.tr("Book that day"), row)
            button.setAccessibleName(self.tr("Book on the same day as {visit}").format(visit=visit))
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(label, 1)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            after = occurrence.local_end or occurrence.local_start + timedelta(hours=1)
            day, at = occurrence.local_start.date(), after.time()
            button.clicked.connect(lambda _checked=False, d=day, t=at: self.use_day(d, t))
            self.ui.sameDayButtons.addWidget(row)
            self.rows.append(row)
            self.buttons.append(button)
        chain = [self.ui.kindCombo, *self.buttons, self.ui.allDayCheck]
        tab_chain(chain)
        self.ui.sameDayBox.show()
