"""Which visits of a series a change or a delete is for: asking, and saying so on the form."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from caregiver_app.views.widgets.tab_page import set_bold

if TYPE_CHECKING:
    from caregiver_app.views.forms.ui_appointment_form import Ui_AppointmentForm

SCOPES = ("occurrence", "following", "series")


def ask_scope(
    parent: QWidget, deleting: bool, title: str, on_choice: Callable[[str], object]
) -> QMessageBox:
    """A window-modal question: only this visit, this and the following ones, or all of them."""
    heading, question = (
        (
            QCoreApplication.translate("AppointmentScope", "Delete a repeating appointment"),
            QCoreApplication.translate(
                "AppointmentScope",
                "“{title}” repeats. Delete only this visit, this visit and the following "
                "ones, or every visit? Edit > Undo brings them back.",
            ),
        )
        if deleting
        else (
            QCoreApplication.translate("AppointmentScope", "Change a repeating appointment"),
            QCoreApplication.translate(
                "AppointmentScope",
                "“{title}” repeats. Change only this visit, this visit and the following "
                "ones, or every visit?",
            ),
        )
    )
    question = question.format(title=title)
    labels = (
        QCoreApplication.translate("AppointmentScope", "Only this visit"),
        QCoreApplication.translate("AppointmentScope", "This and following"),
        QCoreApplication.translate("AppointmentScope", "All visits"),
    )
    box = QMessageBox(
        QMessageBox.Icon.Question, heading, question, QMessageBox.StandardButton.NoButton, parent
    )
    box.setObjectName("scopeQuestion")
    buttons = {}
    for scope, label in zip(SCOPES, labels, strict=True):
        button = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
        button.setAccessibleName(label)
        buttons[button] = scope
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel if deleting else next(iter(buttons)))
    box.setEscapeButton(cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(
        lambda button: on_choice(buttons[button]) if button in buttons else None
    )
    box.open()
    return box


def show_scope(ui: Ui_AppointmentForm, mode: str) -> None:
    """Say at the top of the form which visits it changes.

    For one date of a series, what belongs to the whole series is locked. The texts keep
    the translation context "AppointmentDialog", where they were first written.
    """
    notes = {
        "series": QCoreApplication.translate(
            "AppointmentDialog",
            "You are changing every visit of the series. The dates shown are those of "
            "its first visit.",
        ),
        "occurrence": QCoreApplication.translate(
            "AppointmentDialog",
            "You are changing this visit only. Its kind, people, repeats and reminders "
            "belong to the whole series.",
        ),
        "following": QCoreApplication.translate(
            "AppointmentDialog",
            "You are changing this visit and the ones after it; the visits before "
            "stay as they are.",
        ),
    }
    set_bold(ui.scopeNote)
    ui.scopeNote.setText(notes.get(mode, ""))
    ui.scopeNote.setVisible(mode in notes)
    if mode == "occurrence":
        for widget in (
            ui.kindCombo,
            ui.allDayCheck,
            ui.timezoneCombo,
            ui.repeatCombo,
            ui.repeatEndCombo,
            ui.untilDateEdit,
            ui.countSpin,
            ui.participantsList,
            ui.remindersGroup,
        ):
            widget.setEnabled(False)
