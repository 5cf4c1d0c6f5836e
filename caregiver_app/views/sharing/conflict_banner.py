"""The note above the tabs when a row was changed on two computers, with the other version.

The later change was kept on every computer; the note says which, and the other version
is a click away, so nothing typed anywhere is out of sight. OK marks the note seen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.store.home_clock import home_now
from caregiver_app.views.sharing.field_labels import HIDDEN, field_label, in_form_order
from caregiver_app.views.sharing.sharing_words import ShareWindow, conflict_sentence, moment
from caregiver_app.views.widgets.banner_row import BannerRow
from caregiver_app.views.widgets.form_dialog import grow_to_fit
from caregiver_app.views.widgets.form_parts import command_button

if TYPE_CHECKING:
    from caregiver_app.services.sharing.reports import ConflictNote


class ConflictBanner(BannerRow):
    """One unseen conflict at a time: what was kept, the other version, and OK."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("conflictNote", parent, margins=(16, 8, 16, 0))
        self.setObjectName("conflictNoteArea")
        self.notes: tuple[ConflictNote, ...] = ()
        self.dialog: OtherVersionDialog | None = None
        self.other_button = command_button(self, "", self.show_other)
        self.ok_button = command_button(self, "", self.mark_seen)
        self.add_buttons(self.other_button, self.ok_button)
        self.retranslate()

    def retranslate(self) -> None:
        """The buttons' words and the note, in the language now installed."""
        self.other_button.setText(ShareWindow.tr("Show the &other version..."))
        self.other_button.setAccessibleName(ShareWindow.tr("Show the other version"))
        self.ok_button.setText(ShareWindow.tr("OK"))
        self.ok_button.setAccessibleName(ShareWindow.tr("OK, the note is read"))
        self.show_notes(self.notes)

    @property
    def note(self) -> ConflictNote | None:
        """The conflict on show."""
        return self.notes[0] if self.notes else None

    def show_unseen(self) -> None:
        """Read the conflicts not yet marked seen and show the first."""
        from caregiver_app.services.sharing.conflicts import unseen_conflicts

        self.show_notes(unseen_conflicts())

    def show_notes(self, notes: tuple[ConflictNote, ...]) -> None:
        """Show the first of ``notes`` (hidden when there are none)."""
        self.notes = tuple(notes)
        note = self.note
        if note is None:
            self.hide()
        else:
            text = conflict_sentence(note, home_now())
            self.banner.setText(text)
            self.banner.setAccessibleName(text)
            self.show()

    def mark_seen(self) -> None:
        """OK: this conflict is read; the next one, if any, shows."""
        note = self.note
        if note is None:
            return
        from caregiver_app.services.sharing.conflicts import mark_conflicts_seen

        mark_conflicts_seen([note.conflict_id])
        self.show_notes(self.notes[1:])

    def show_other(self) -> OtherVersionDialog | None:
        """The version that was not kept, field by field, in a small read-only dialog."""
        note = self.note
        if note is None:
            return None
        self.dialog = OtherVersionDialog(note, self.window())
        self.dialog.open()
        return self.dialog


class OtherVersionDialog(QDialog):
    """The other computer's version of a row changed on two computers, to read (or copy)."""

    def __init__(self, note: ConflictNote, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(ShareWindow.tr("The other version"))
        now = home_now()
        intro = QLabel(
            ShareWindow.tr(
                "The version of {what} from {computer} ({time}), which was not kept. To use "
                "any of it, copy it from here into the record."
            ).format(what=note.what, computer=note.other_device, time=moment(note.other_at, now)),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        # The value goes under its field's name when the two do not fit side by side (large
        # text, Spanish): never cut off at the dialog's edge.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for column in in_form_order(note.other_values):
            value = note.other_values[column]
            if column in HIDDEN:
                continue
            field = field_label(column)
            name = QLabel(field, self)
            shown = QLabel(value or "–", self)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            shown.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            shown.setAccessibleName(field)
            shown.setAccessibleDescription(value)
            form.addRow(name, shown)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(ShareWindow.tr("Close"))
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """At large text the dialog grows to fit its words, up to the screen's edge."""
        super().showEvent(event)
        grow_to_fit(self)
