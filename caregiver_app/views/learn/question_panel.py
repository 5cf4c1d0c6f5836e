"""The family's questions for the care team, under the Learn reader: add, edit, order, answer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.services.contacts.display_labels import role_label
from caregiver_app.store.errors import RecordAccessError
from caregiver_app.store.questions import (
    QuestionRecord,
    delete_question,
    get_question,
    list_questions,
    move_question,
    save_question,
)
from caregiver_app.views.learn.answer_command import AnswerQuestionCommand, short_text
from caregiver_app.views.learn.question_dialog import QuestionDialog
from caregiver_app.views.look.locale_format import format_date, format_datetime
from caregiver_app.views.signals import AppSignals
from caregiver_app.views.widgets.form_parts import command_button, on_delete_key
from caregiver_app.views.widgets.tab_page import set_bold
from caregiver_app.views.widgets.undo_delete import UndoableDeletes
from caregiver_app.views.widgets.wrapping_tree import WrappingTree

QUESTION_ID = Qt.ItemDataRole.UserRole
ANSWER_INK = QColor("#46515c")  # 7.9:1 on white


class QuestionPanel(QWidget):
    """Open questions in the family's order, answered ones on request, and the commands."""

    def __init__(
        self,
        signals: AppSignals,
        undo_stack: QUndoStack,
        article_title: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("questionPanel")
        self.signals = signals
        self.undo_stack = undo_stack
        self.article_title = article_title
        self.questions: list[QuestionRecord] = []

        self.heading = QLabel(self.tr("Questions for the care team"), self)
        self.heading.setObjectName("questionsHeading")
        set_bold(self.heading)

        self.add_button = command_button(self, self.tr("&Add a question..."), self.add_question)
        self.edit_button = command_button(self, self.tr("Ed&it..."), self.edit_selected)
        self.up_button = command_button(self, self.tr("Move &up"), lambda: self.move_selected(-1))
        self.down_button = command_button(
            self, self.tr("Move do&wn"), lambda: self.move_selected(1)
        )
        self.answer_button = command_button(
            self, self.tr("&Mark answered..."), self.answer_selected
        )
        self.delete_button = command_button(self, self.tr("Delete"), self.delete_selected)
        self.show_answered = QCheckBox(self.tr("&Show answered"), self)
        self.show_answered.setAccessibleName(self.tr("Show answered questions"))
        self.show_answered.toggled.connect(lambda _checked: self.populate())

        title_row = QHBoxLayout()
        title_row.addWidget(self.heading)
        title_row.addStretch(1)
        title_row.addWidget(self.show_answered)
        tools = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.up_button,
            self.down_button,
            self.answer_button,
            self.delete_button,
        ):
            tools.addWidget(button)
        tools.addStretch(1)

        self.tree = WrappingTree(self)
        self.tree.setObjectName("questionList")
        self.tree.setAccessibleName(self.tr("Questions for the care team"))
        self.tree.setAccessibleDescription(
            self.tr("A question stays here until you mark it answered or delete it.")
        )
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [
                self.tr("Question"),
                self.tr("Who to ask"),
                self.tr("Plan to ask at"),
                self.tr("Added"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemActivated.connect(lambda _item, _column: self.edit_selected())
        on_delete_key(self.tree, self.delete_selected)

        self.empty_hint = QLabel(
            self.tr(
                "No questions yet. While you read, press “Ask my team about this”, or click "
                "Add a question, to note what you want to ask at the next visit. A question "
                "stays here until you mark it answered or delete it."
            ),
            self,
        )
        self.empty_hint.setObjectName("questionsHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.tree)
        self.list_stack.addWidget(self.empty_hint)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(title_row)
        layout.addLayout(tools)
        layout.addWidget(self.list_stack, 1)

        signals.questions_changed.connect(self.refresh)
        signals.contacts_changed.connect(self.refresh)
        signals.record_changed.connect(self.refresh)

    # ------------------------------------------------------------ list

    def refresh(self) -> None:
        """Reload the questions and redraw, keeping the selection."""
        self.questions = list_questions(include_answered=True)
        self.populate()

    def open_questions(self) -> list[QuestionRecord]:
        """The questions shown as still to ask, in order."""
        return [record for record in self.questions if record.is_open]

    def who(self, record: QuestionRecord) -> str:
        """Who the question is for, as the list shows it."""
        if record.ask_contact_id is not None and record.contact_name:
            return record.contact_name
        if record.ask_role:
            return role_label(record.ask_role)
        return self.tr("Anyone on the team")

    def _item(self, record: QuestionRecord, parent) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent)
        item.setText(0, record.text)
        item.setText(1, self.who(record))
        if record.appointment_starts_at is not None:
            item.setText(
                2,
                self.tr("{when}: {what}").format(
                    when=format_datetime(record.appointment_starts_at),
                    what=record.appointment_title,
                ),
            )
        if record.created_at is not None:
            item.setText(3, format_date(record.created_at.date()))
        item.setData(0, QUESTION_ID, record.id)
        source = self.article_title(record.article) if record.article else ""
        if source:
            item.setToolTip(0, self.tr("From the article “{title}”").format(title=source))
        return item

    def keyboard_start(self) -> QWidget:
        """Where the keyboard goes when the questions are asked for: Add a question."""
        return self.add_button

    def populate(self) -> None:
        """Fill the list from the loaded questions."""
        current = self.selected_id()
        self.tree.clear()
        for record in self.open_questions():
            self._item(record, self.tree)
        answered = [record for record in self.questions if not record.is_open]
        if self.show_answered.isChecked() and answered:
            group = QTreeWidgetItem(self.tree)
            group.setText(0, self.tr("Answered"))
            group.setFirstColumnSpanned(True)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            set_item_bold(group)
            for record in answered:
                item = self._item(record, self.tree)
                answer = record.answer or self.tr("(no answer written down)")
                line = QTreeWidgetItem(item)
                line.setText(
                    0,
                    self.tr("Answer ({when}): {answer}").format(
                        when=format_date(record.answered_at.date()), answer=answer
                    ),
                )
                line.setFirstColumnSpanned(True)
                line.setFlags(Qt.ItemFlag.ItemIsEnabled)
                line.setForeground(0, ANSWER_INK)
            self.tree.expandAll()
        shown = self.tree.topLevelItemCount() > 0
        self.list_stack.setCurrentWidget(self.tree if shown else self.empty_hint)
        if current is not None:
            self.select_question(current)
        self._update_buttons()

    def selected_id(self) -> int | None:
        """The id of the selected question, or None."""
        items = self.tree.selectedItems()
        return items[0].data(0, QUESTION_ID) if items else None

    def selected(self) -> QuestionRecord | None:
        """The selected question, or None."""
        question_id = self.selected_id()
        return next((record for record in self.questions if record.id == question_id), None)

    def select_question(self, question_id: int) -> bool:
        """Select a question in the list; False if it is not shown."""
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item.data(0, QUESTION_ID) == question_id:
                self.tree.setCurrentItem(item)
                item.setSelected(True)
                return True
        return False

    def _update_buttons(self) -> None:
        record = self.selected()
        is_open = record is not None and record.is_open
        open_ids = [item.id for item in self.open_questions()]
        place = open_ids.index(record.id) if is_open else -1
        self.edit_button.setEnabled(record is not None)
        self.delete_button.setEnabled(record is not None)
        self.answer_button.setEnabled(is_open)
        self.up_button.setEnabled(is_open and place > 0)
        self.down_button.setEnabled(is_open and place < len(open_ids) - 1)

    # ------------------------------------------------------------ changes

    def _saved(self, question_id: int) -> None:
        self.signals.questions_changed.emit()
        self.select_question(question_id)

    def open_dialog(self, record: QuestionRecord, focus_answer: bool = False) -> QuestionDialog:
        """Open the question form for ``record`` (a new one when its id is None)."""
        title = self.article_title(record.article) if record.article else ""
        dialog = QuestionDialog(record, title, self, focus_answer=focus_answer)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        self.question_dialog = dialog
        dialog.open()
        return dialog

    def add_question(self, record: QuestionRecord | None = None) -> QuestionDialog:
        """Open the form for a new question, prefilled from ``record`` if given."""
        return self.open_dialog(record or QuestionRecord(text=""))

    def edit_selected(self) -> QuestionDialog | None:
        """Open the form for the selected question."""
        record = self.selected()
        return self.open_dialog(record) if record else None

    def answer_selected(self) -> QuestionDialog | None:
        """Open the form at the answer, for the selected open question."""
        record = self.selected()
        if record is None or not record.is_open:
            return None
        dialog = self.open_dialog(record, focus_answer=True)
        dialog.saved.connect(lambda _id, before=record: self._answered(before))
        return dialog

    def _answered(self, before: QuestionRecord) -> None:
        after = get_question(before.id)
        if after is None or after.is_open:
            return
        self.undo_stack.push(
            AnswerQuestionCommand(
                before, self.signals.questions_changed.emit, self.signals.undo_step_failed.emit
            )
        )
        self.signals.status_reported.emit(
            self.tr("Marked as answered. Tick Show answered to see it again.")
        )

    def move_selected(self, steps: int) -> None:
        """Move the selected open question up (negative) or down."""
        record = self.selected()
        if record is None or not record.is_open:
            return
        try:
            moved = move_question(record.id, steps)
        except RecordAccessError as error:
            self._failed(error)
            return
        if moved:
            self.signals.questions_changed.emit()
            self.select_question(record.id)
            self.tree.setFocus()

    def delete_selected(self) -> None:
        """Delete the selected question at once; Edit > Undo brings it back."""
        record = self.selected()
        if record is None:
            return
        questions = UndoableDeletes(
            self, delete_question, save_question, self.signals.questions_changed.emit
        )
        questions.delete(
            record.id,
            lambda deleted: QCoreApplication.translate(
                "QuestionPanel", "Delete question “{text}”"
            ).format(text=short_text(deleted.text)),
            self.tr("Deleted the question. Edit > Undo brings it back."),
            self._failed,
        )

    def _failed(self, error: Exception) -> None:
        QMessageBox.warning(
            self,
            self.tr("Questions for the care team"),
            self.tr("The change could not be saved ({reason}). Nothing was changed.").format(
                reason=error
            ),
        )


def set_item_bold(item: QTreeWidgetItem) -> None:
    """Make a list row's first column bold."""
    font = item.font(0)
    font.setBold(True)
    item.setFont(0, font)
