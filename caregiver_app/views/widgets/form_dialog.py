"""Dialogs whose Save writes to the store, and the one around a plain Designer form.

Saving checks what was typed first, then the store's own checks; a refused value or a
full disk keeps the dialog open with everything typed still there. FormDialog's texts
keep the translation context "Medicines", where it was first written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.store.errors import InvalidValueError, RecordAccessError
from caregiver_app.views.widgets.date_fields import FieldInputError
from caregiver_app.views.widgets.form_parts import scrolling_form
from caregiver_app.views.widgets.number_guard import check_numbers
from caregiver_app.views.widgets.tab_page import set_bold
from caregiver_app.views.widgets.unsaved_changes import (
    FormState,
    ask_to_discard,
    changed_since,
    form_state,
)


def grow_to_fit(dialog: QDialog, room: QRect | None = None) -> None:
    """Make ``dialog`` at least as large as its layout asks, within ``room`` (the screen's)."""
    if room is None:
        screen = dialog.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        room = screen.availableGeometry()
    wanted = dialog.size().expandedTo(dialog.sizeHint())
    dialog.resize(min(wanted.width(), room.width() - 20), min(wanted.height(), room.height() - 20))


class SavingDialog(QDialog):
    """A dialog whose Save writes to the store, or says in one sentence what went wrong.

    Each dialog gives ``write`` (save what the form holds; its id), ``show_error`` (where
    the sentence goes) and ``failed_text`` (its sentence for a full disk or a record it
    cannot write); ``problems_found`` and ``field_widget`` when it checks fields itself.
    """

    saved = Signal(int)
    form: QWidget | None = None  # the form whose number and date boxes are checked first
    error_label: QLabel  # where the sentence goes, unless the dialog says it elsewhere
    # A long form (a diary entry, an appointment) asks before Escape or Cancel loses typing.
    asks_before_discarding = False
    _opened: FormState | None = None  # what ``form`` held when first shown
    discard_box: QMessageBox | None = None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Shown at a large text size or in a wordier language, the dialog grows to fit its
        words (up to the screen's edge) instead of cutting labels and boxes short."""
        super().showEvent(event)
        grow_to_fit(self)
        if self._opened is None and self.form is not None:
            self._opened = form_state(self.form)

    def keep_as_opened(self, widget: QWidget) -> None:
        """A control added after the form opened: what it holds now is not typing."""
        if self._opened is not None:
            self._opened.update(form_state(widget, [widget]))

    def reject(self) -> None:
        """Close without saving; with typing not yet saved, ask first (keep editing is the
        default, and Escape again keeps the form)."""
        typed = (
            self.asks_before_discarding
            and self.form is not None
            and self._opened is not None
            and changed_since(self._opened, self.form)
        )
        if not typed:
            super().reject()
            return
        if self.discard_box is None:
            self.discard_box = ask_to_discard(self, self._discard)
            self.discard_box.finished.connect(self._asked)

    def _asked(self) -> None:
        self.discard_box = None

    def _discard(self) -> None:
        self._opened = None
        super().reject()

    def problems_found(self) -> bool:
        """A number or date box of ``form`` whose text is not a value: say so at the box."""
        problem = check_numbers(self.form) if self.form is not None else None
        if problem is not None:
            self.show_error(str(problem), problem.field)
        return problem is not None

    def write(self) -> int | None:
        """Save what the form holds to the store; the saved row's id (None: it has none)."""
        raise NotImplementedError(type(self).__name__)

    def show_error(self, message: str, widget: QWidget | None = None) -> None:
        """Say what is wrong in ``error_label`` and focus ``widget``; keep everything typed."""
        self.error_label.setText(message)
        self.error_label.show()
        if widget is not None:
            widget.setFocus()

    def failed_text(self, error: Exception) -> str:
        """The sentence for a save the record refused (a full disk, a record it cannot write)."""
        raise NotImplementedError(type(self).__name__)

    def field_widget(self, field: str) -> QWidget | None:
        """The widget to focus for a field the store refused."""
        return None

    def refused(self, error: InvalidValueError) -> None:
        """Say what the store refused, at the field it names."""
        self.show_error(str(error), self.field_widget(error.field))

    def saved_as(self, saved_id: int | None) -> None:
        """Remember what was saved (an edit of it saves the same row); nothing by default."""

    def accept(self) -> None:
        """Save the form, or say what is wrong and keep what was typed."""
        if self.problems_found():
            return
        try:
            saved_id = self.write()
        except FieldInputError as error:
            self.show_error(str(error), error.field)
            return
        except InvalidValueError as error:
            self.refused(error)
            return
        except (RecordAccessError, OSError) as error:
            self.show_error(self.failed_text(error))
            return
        self.saved_as(saved_id)
        super().accept()
        if saved_id is not None:
            self.saved.emit(saved_id)


class FormDialog(SavingDialog):
    """A Designer form with Save and Cancel and a sentence for what went wrong above it."""

    def __init__(self, form_class, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QWidget(self)
        self.ui = form_class()
        self.ui.setupUi(self.form)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        set_bold(self.error_label)
        self.error_label.hide()
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            QCoreApplication.translate("Medicines", "&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAccessibleName(QCoreApplication.translate("Medicines", "Save"))
        self.save_button.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(QCoreApplication.translate("Medicines", "Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addWidget(self.form, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def let_form_scroll(self, accessible_name: str) -> QScrollArea:
        """Put the form in a scroll area: at large text sizes it scrolls, never squeezed."""
        layout = self.layout()
        index = layout.indexOf(self.form)
        layout.removeWidget(self.form)
        scroll = scrolling_form(self.form, self, accessible_name)
        layout.insertWidget(index, scroll, 1)
        return scroll

    def write(self) -> int:
        """Save the form through the dialog's ``save``."""
        return self.save()

    def save(self) -> int:
        """Write what the form holds to the store; the saved row's id."""
        raise NotImplementedError(type(self).__name__)

    def failed_text(self, error: Exception) -> str:
        """The sentence for a save the record refused."""
        return QCoreApplication.translate(
            "Medicines",
            "This could not be saved ({reason}). Check that the disk is not full and "
            "try again; what you typed is still here.",
        ).format(reason=error)
