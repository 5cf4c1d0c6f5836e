"""The Trackers window: the symptoms the family follows beyond ESAS-r, to rename or stop.

A typo ("Coguh") is renamed; a symptom that went away is no longer followed, so it leaves
the entry form for new entries while its past scores stay everywhere they showed. Each
change goes on the window's undo stack (Edit > Undo) and to the family's other computers.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.store.diary.trackers import (
    TrackerRow,
    rename_tracker,
    set_tracker_followed,
    tracker_rows,
)
from caregiver_app.store.errors import InvalidValueError, RecordAccessError, RowTakenError
from caregiver_app.views.signals import AppSignals
from caregiver_app.views.widgets.done_command import DoneCommand, StepRefusedError
from caregiver_app.views.widgets.form_parts import error_label
from caregiver_app.views.widgets.read_only_table import ReadOnlyTable
from caregiver_app.views.widgets.tab_page import TabPage


def _renaming(tracker_id: int, name: str, expected: str, refused: str) -> Callable[[], str]:
    """Renaming the tracker ``tracker_id`` from ``expected`` to ``name`` again, for Undo or
    Redo. When another tracker has taken ``name`` since, it is refused in ``refused``: the
    sentence that says so and what to do (not that the tracker itself changed elsewhere)."""

    def run() -> str:
        try:
            return rename_tracker(tracker_id, name, expected_name=expected)
        except InvalidValueError as error:
            raise StepRefusedError(refused) from error

    return run


class TrackersDialog(QDialog):
    """The family's trackers, followed or not, with Rename, Stop following and Follow again."""

    def __init__(self, page: TabPage, over: QWidget | None = None) -> None:
        super().__init__(over or page)
        # The page's signals and undo stack: its changes reach the whole window.
        self.signals: AppSignals = page.signals
        self.undo_stack: QUndoStack = page.undo_stack
        signals = self.signals
        self.setWindowTitle(self.tr("Trackers"))
        self.rows: list[TrackerRow] = []
        intro = QLabel(
            self.tr(
                "Symptoms the family follows besides the nine ESAS-r ones. A tracker you stop "
                "following leaves the form of new entries; its past scores stay in the diary, "
                "the trends, the export and the visit summary."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.error_label = error_label(self)
        # With no tracker yet, the empty list says where one is added.
        self.empty_hint = QLabel(
            self.tr(
                "No trackers yet. To follow another symptom, such as cough or constipation, "
                "click New entry in the diary, then Follow another symptom in the entry."
            ),
            self,
        )
        self.empty_hint.setWordWrap(True)
        self.table = ReadOnlyTable(self.tr("Trackers"), self)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        name_label = QLabel(self.tr("New &name:"), self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("New name of the selected tracker"))
        name_label.setBuddy(self.name_edit)
        self.rename_button = QPushButton(self.tr("&Rename"), self)
        self.rename_button.setAccessibleName(self.tr("Rename the selected tracker"))
        self.name_edit.returnPressed.connect(self.rename_selected)
        self.rename_button.clicked.connect(self.rename_selected)
        rename_row = QHBoxLayout()
        rename_row.addWidget(name_label)
        rename_row.addWidget(self.name_edit, 1)
        rename_row.addWidget(self.rename_button)

        self.stop_button = QPushButton(self.tr("&Stop following"), self)
        self.stop_button.setAccessibleName(self.tr("Stop following the selected tracker"))
        self.stop_button.clicked.connect(lambda: self.set_followed(False))
        self.follow_button = QPushButton(self.tr("&Follow again"), self)
        self.follow_button.setAccessibleName(self.tr("Follow the selected tracker again"))
        self.follow_button.clicked.connect(lambda: self.set_followed(True))
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.stop_button)
        follow_row.addWidget(self.follow_button)
        follow_row.addStretch(1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close the trackers window"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.error_label)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(rename_row)
        layout.addLayout(follow_row)
        layout.addWidget(buttons)
        chars = self.fontMetrics().averageCharWidth()
        self.name_edit.setMinimumWidth(12 * chars)
        signals.diary_changed.connect(self.refresh)
        signals.record_changed.connect(self.refresh)
        self.refresh()
        # Never narrower than the buttons, the name row and the headings need at this text
        # size: an explicit minimum replaces the one the layout would keep.
        header = self.table.horizontalHeader()
        margins = layout.contentsMargins()
        headings = sum(header.sectionSizeHint(column) for column in range(header.count()))
        headings += 2 * self.table.frameWidth() + margins.left() + margins.right()
        self.setMinimumSize(layout.minimumSize().expandedTo(QSize(max(480, headings), 360)))
        # Wider with the text size, so the headings and buttons are whole at 200%.
        room = self.screen().availableGeometry()
        self.resize(
            min(max(640, 56 * chars), room.width()),
            min(max(460, 20 * self.fontMetrics().height()), room.height()),
        )

    # ------------------------------------------------------------ list

    def refresh(self) -> None:
        """Read the trackers again, keeping the selected one selected."""
        chosen = self.selected()
        focused = self.focusWidget()  # kept: the list is made again, the typing goes on
        self.rows = tracker_rows()
        followed, stopped = self.tr("Followed"), self.tr("Not followed")
        self.table.set_rows(
            # The widest heading last: the last column takes the room the others leave.
            [self.tr("Tracker"), self.tr("Scores"), self.tr("In new entries")],
            [[row.name, str(row.scores), followed if row.active else stopped] for row in self.rows],
        )
        self.empty_hint.setVisible(not self.rows)
        ids = [row.id for row in self.rows]
        if chosen is not None and chosen.id in ids:
            self.table.selectRow(ids.index(chosen.id))
        elif self.rows:
            self.table.selectRow(0)
        self._selection_changed()
        if focused is not None and focused.isEnabled():
            focused.setFocus()

    def selected(self) -> TrackerRow | None:
        """The selected tracker, if any."""
        row = self.table.currentRow()
        if not self.table.selectedItems() or not 0 <= row < len(self.rows):
            return None
        return self.rows[row]

    def select_tracker(self, name: str) -> None:
        """Select the tracker called ``name``."""
        names = [row.name for row in self.rows]
        self.table.selectRow(names.index(name))

    def _selection_changed(self) -> None:
        row = self.selected()
        self.name_edit.setEnabled(row is not None)
        self.rename_button.setEnabled(row is not None)
        self.stop_button.setEnabled(row is not None and row.active)
        self.follow_button.setEnabled(row is not None and not row.active)
        if row is not None and self.name_edit.property("tracker_id") != row.id:
            self.name_edit.setText(row.name)  # to correct, not to type again
            self.name_edit.setProperty("tracker_id", row.id)

    # ------------------------------------------------------------ changes

    def _done(self) -> None:
        self.error_label.hide()
        self.signals.diary_changed.emit()  # the entry form, trends and this list reload

    def _push(self, text: str, again: Callable[[], object], back: Callable[[], object]) -> None:
        self.undo_stack.push(
            DoneCommand(
                text,
                again,
                back,
                self.signals.diary_changed.emit,
                self.signals.undo_step_failed.emit,
            )
        )

    def _refused(self, error: Exception) -> None:
        self.error_label.setText(str(error))
        self.error_label.show()

    def rename_selected(self) -> None:
        """Give the selected tracker the name typed, or say why it cannot have it."""
        row = self.selected()
        if row is None:
            return
        new = self.name_edit.text().strip()
        try:
            old = rename_tracker(row.id, new)
        except (InvalidValueError, RowTakenError, RecordAccessError) as error:
            self._refused(error)
            return
        if new != old:
            step = self.tr("Rename tracker {old} to {new}").format(old=old, new=new)
            undone = self.tr(
                "{step}: cannot be undone, as another tracker is now called {name}. Nothing "
                "was changed. To give this tracker that name again, first rename the other "
                "one in Edit > Diary trackers."
            ).format(step=step, name=old)
            redone = self.tr(
                "{step}: cannot be redone, as another tracker is now called {name}. Nothing "
                "was changed. To give this tracker that name, first rename the other one in "
                "Edit > Diary trackers."
            ).format(step=step, name=new)
            self._push(
                step,
                _renaming(row.id, new, old, redone),
                _renaming(row.id, old, new, undone),
            )
        self._done()

    def set_followed(self, followed: bool) -> None:
        """Stop following the selected tracker in new entries, or follow it again."""
        row = self.selected()
        if row is None:
            return
        try:
            set_tracker_followed(row.id, followed)
        except (RowTakenError, RecordAccessError) as error:
            self._refused(error)
            return
        text = (
            self.tr("Follow tracker {name} again")
            if followed
            else self.tr("Stop following tracker {name}")
        ).format(name=row.name)
        self._push(
            text,
            lambda: set_tracker_followed(row.id, followed),
            lambda: set_tracker_followed(row.id, not followed),
        )
        self._done()
        (self.follow_button if followed else self.stop_button).setEnabled(False)
        (self.stop_button if followed else self.follow_button).setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Enter renames (in the name box) or presses the button that has the focus; it
        never closes the window unasked."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not isinstance(
            self.focusWidget(), QPushButton
        ):
            return
        super().keyPressEvent(event)
