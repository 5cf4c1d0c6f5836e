"""A dialog around a Designer form: Save and Cancel, and one sentence for what went wrong.

Saving checks the typed numbers and dates first, then the store's own checks; a refused
value or a full disk keeps the dialog open with everything typed still there. The texts
keep the translation context "Medicines", where this dialog was first written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from caregiver_app.store.errors import InvalidValueError, RecordAccessError
from caregiver_app.views.widgets.date_fields import FieldInputError
from caregiver_app.views.widgets.number_guard import check_numbers
from caregiver_app.views.widgets.tab_page import set_bold


class FormDialog(QDialog):
    """A Designer form with Save and Cancel and a sentence for what went wrong."""

    saved = Signal(int)

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

    def show_error(self, message: str, widget: QWidget | None = None) -> None:
        """Say what is wrong; keep everything typed."""
        self.error_label.setText(message)
        self.error_label.show()
        if widget is not None:
            widget.setFocus()

    def field_widget(self, field: str) -> QWidget | None:
        """The widget to focus for a field the store refused."""
        return None

    def accept(self) -> None:
        # Each form's save() writes it to the store and returns the id; a refused
        # value raises InvalidValueError and keeps the dialog open.
        problem = check_numbers(self.form)
        if problem is not None:
            self.show_error(str(problem), problem.field)
            return
        try:
            saved_id = self.save()
        except FieldInputError as error:
            self.show_error(str(error), error.field)
            return
        except InvalidValueError as error:
            self.show_error(str(error), self.field_widget(error.field))
            return
        except (RecordAccessError, OSError) as error:
            self.show_error(
                QCoreApplication.translate(
                    "Medicines",
                    "This could not be saved ({reason}). Check that the disk is not full and "
                    "try again; what you typed is still here.",
                ).format(reason=error)
            )
            return
        super().accept()
        self.saved.emit(saved_id)
