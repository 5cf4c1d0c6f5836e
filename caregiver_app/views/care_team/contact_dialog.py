"""Add or edit a care team contact (layout from ui/contact_form.ui)."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.services.contacts.checks import email_problem, link_problem, normalise_link
from caregiver_app.services.contacts.display_labels import (
    phone_kind_label,
    role_explanation_label,
    role_label,
    role_name_from_label,
)
from caregiver_app.services.contacts.roles import ROLES
from caregiver_app.store.contacts import (
    PHONE_KINDS,
    ContactRecord,
    call_first_names,
    save_contact,
)
from caregiver_app.views.care_team.office_hours_fields import OfficeHoursFields
from caregiver_app.views.forms.ui_contact_form import Ui_ContactForm
from caregiver_app.views.look.locale_format import display_locale
from caregiver_app.views.look.text_size import fit_to_content
from caregiver_app.views.widgets.flow_layout import FlowLayout
from caregiver_app.views.widgets.form_dialog import SavingDialog
from caregiver_app.views.widgets.form_fields import FieldTable, read_fields, show_fields
from caregiver_app.views.widgets.form_parts import (
    ERROR_COLOUR,
    fit_hints,
    form_room,
    hint_room,
    line_up_labels,
    note_under_check,
    save_cancel_buttons,
    scrolling_form,
    tab_chain,
)
from caregiver_app.views.widgets.tab_page import set_bold

OFFICE_HOURS_ROW = 6  # under the phones, the numbers they decide between


class PhoneRow(QWidget):
    """One phone number with its kind and a remove button."""

    def __init__(self, position: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = QLineEdit(self)
        self.number.setPlaceholderText(self.tr("Number, as you would dial it"))
        self.kind = QComboBox(self)
        for kind in PHONE_KINDS:
            self.kind.addItem(phone_kind_label(kind), kind)
        self.remove = QPushButton(self.tr("Remove"), self)
        # The number as wide as its hint, so the hint is read whole; at a large text size
        # the kind and the button go under it rather than squeeze it.
        fit_hints(self, hint_room(self))
        layout = FlowLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.number)
        layout.addWidget(self.kind)
        layout.addWidget(self.remove)
        # The row takes the field's width (as its line box did), and wraps within it.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.set_position(position)

    def set_position(self, position: int) -> None:
        """Name the controls after their place in the list, for screen readers."""
        self.number.setAccessibleName(self.tr("Phone number {n}").format(n=position))
        self.kind.setAccessibleName(self.tr("Kind of phone number {n}").format(n=position))
        self.remove.setAccessibleName(self.tr("Remove phone number {n}").format(n=position))

    def value(self) -> tuple[str, str]:
        """(kind, number as typed)."""
        return self.kind.currentData(), self.number.text().strip()


class ContactDialog(SavingDialog):
    """The contact form; ``record`` is None to add a new contact. Saves on Save."""

    def __init__(self, record: ContactRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactDialog")
        self.record_id = record.id if record else None
        self.setWindowTitle(self.tr("Edit contact") if record else self.tr("Add a contact"))
        self.form = QWidget()
        self.ui = Ui_ContactForm()
        self.ui.setupUi(self.form)
        scroll = scrolling_form(self.form, self, self.tr("Contact details form"))
        self.buttons, self.save_button, self.cancel_button = save_cancel_buttons(
            self, self.tr("Save contact")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

        ui = self.ui
        for role in ROLES:
            ui.roleCombo.addItem(role_label(role.name), role.name)
        ui.roleCombo.setCurrentIndex(-1)
        ui.roleCombo.currentTextChanged.connect(self._show_role_explanation)
        ui.roleExplanation.setObjectName("roleExplanation")
        for label in (ui.nameError, ui.emailError, ui.videoLinkError):
            set_bold(label)
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOUR)
            label.setPalette(palette)
        note_under_check(ui.callFirstNote, ui.callFirstCheck)
        self.call_first_note = ui.callFirstNote.text()
        self.was_call_first = record is not None and record.call_first
        ui.callFirstCheck.toggled.connect(self._show_call_first_note)
        self.office_hours = OfficeHoursFields(self.form)
        office_label = QLabel(self.tr("Office &hours:"), self.form)
        office_label.setBuddy(self.office_hours.focus_chain()[0])
        ui.formLayout.insertRow(OFFICE_HOURS_ROW, office_label, self.office_hours)
        ui.addPhoneButton.clicked.connect(lambda: self.add_phone_row(focus=True))
        ui.emailEdit.editingFinished.connect(self._check_email)
        ui.videoLinkEdit.editingFinished.connect(self._check_link)
        self.phone_rows: list[PhoneRow] = []
        self.set_record(record or ContactRecord(name="", phones=[("main", "")]))
        self.setMinimumSize(640, 560)
        self.resize(700, 600)
        # At a large text size the labels go above their fields, which then have the whole
        # width for what is typed and for their hints.
        line_up_labels(self.form, form_room(self, 700))
        fit_to_content(self, self.form)
        ui.nameEdit.setFocus()  # not the scroll area around the form: typing starts at once

    # ------------------------------------------------------------ phones

    def add_phone_row(
        self, kind: str = "main", number: str = "", focus: bool = False, at: int | None = None
    ) -> PhoneRow:
        """Add a line for one more phone number, at the end or at place ``at``."""
        at = len(self.phone_rows) if at is None else at
        row = PhoneRow(at + 1, self.ui.phoneRows)
        row.number.setText(number)
        row.kind.setCurrentIndex(max(0, row.kind.findData(kind)))
        row.remove.clicked.connect(lambda: self.remove_phone_row(row))
        row.number.textEdited.connect(lambda text: self._one_number_a_line(row, text))
        self.ui.phoneRowsLayout.insertWidget(at, row)
        self.phone_rows.insert(at, row)
        for position, other in enumerate(self.phone_rows, start=1):
            other.set_position(position)
        self._chain_tab_order()
        if focus:
            row.number.setFocus()
        return row

    def _one_number_a_line(self, row: PhoneRow, text: str) -> None:
        """Several lines pasted into a number (numbers copied from a letter) become one
        phone line each, in their order and of the same kind, instead of one number
        that glues them together."""
        lines = text.splitlines()
        if len(lines) < 2:
            return
        numbers = [line.strip() for line in lines if line.strip()] or [""]
        row.number.setText(numbers[0])
        at = self.phone_rows.index(row)
        for offset, number in enumerate(numbers[1:], start=1):
            self.add_phone_row(row.value()[0], number, at=at + offset)

    def remove_phone_row(self, row: PhoneRow) -> None:
        """Take one phone line away."""
        self.phone_rows.remove(row)
        row.hide()
        row.deleteLater()
        for position, other in enumerate(self.phone_rows, start=1):
            other.set_position(position)
        self._chain_tab_order()
        self.ui.addPhoneButton.setFocus()

    def _chain_tab_order(self) -> None:
        """Phone lines sit between the organisation and "Add a phone number" when tabbing."""
        chain = [self.ui.organisationEdit]
        for row in self.phone_rows:
            chain += [row.number, row.kind, row.remove]
        chain += [self.ui.addPhoneButton, *self.office_hours.focus_chain(), self.ui.emailEdit]
        tab_chain(chain)

    # ------------------------------------------------------------ values

    def _show_role_explanation(self, text: str) -> None:
        explanation = role_explanation_label(role_name_from_label(text))
        self.ui.roleExplanation.setText(explanation)
        self.ui.roleExplanation.setVisible(bool(explanation))

    def set_record(self, record: ContactRecord) -> None:
        """Fill the form."""
        ui = self.ui
        ui.nameEdit.setText(record.name)
        index = ui.roleCombo.findData(record.role.strip().casefold()) if record.role else -1
        if index >= 0:
            ui.roleCombo.setCurrentIndex(index)
        else:
            ui.roleCombo.setCurrentIndex(-1)
            ui.roleCombo.setEditText(record.role)
        self._show_role_explanation(ui.roleCombo.currentText())
        for row in list(self.phone_rows):
            self.remove_phone_row(row)
        for kind, number in record.phones or [("main", "")]:
            self.add_phone_row(kind, number)
        ui.videoLinkEdit.setText(record.video_link)
        self.office_hours.set_record(record)
        show_fields(record, self._fields())
        self._show_call_first_note(record.call_first)

    def _show_call_first_note(self, checked: bool) -> None:
        """Under "Call first", whom ticking it here takes the mark from."""
        others = call_first_names(leaving_out=self.record_id)
        note = self.call_first_note
        if checked and not self.was_call_first and others:
            note += "\n" + self.tr(
                "Saving takes this mark from {names}: Today, the alerts and the printouts "
                "then name this person to call first."
            ).format(names=display_locale().createSeparatedList(others))
        self.ui.callFirstNote.setText(note)
        self.ui.callFirstCheck.setAccessibleDescription(note)  # heard with the box

    def _fields(self) -> FieldTable:
        """The fields kept as typed (trimmed); name, role, phones and link have their own rules."""
        ui = self.ui
        return (
            ("organisation", ui.organisationEdit),
            ("email", ui.emailEdit),
            ("address", ui.addressEdit),
            ("call_about", ui.callAboutEdit),
            ("notes", ui.notesEdit),
            ("call_first", ui.callFirstCheck),
            ("emergency_contact", ui.emergencyCheck),
        )

    def record(self) -> ContactRecord:
        """What the form holds now."""
        ui = self.ui
        return ContactRecord(
            id=self.record_id,
            name=ui.nameEdit.text().strip(),
            role=role_name_from_label(ui.roleCombo.currentText()),
            phones=[row.value() for row in self.phone_rows if row.value()[1]],
            video_link=normalise_link(ui.videoLinkEdit.text()),
            **self.office_hours.values(),
            **read_fields(self._fields()),
        )

    # ------------------------------------------------------------ checks

    @staticmethod
    def _show(label: QLabel, message: str | None) -> bool:
        label.setText(message or "")
        label.setVisible(bool(message))
        return message is None

    def _check_name(self) -> bool:
        problem = None if self.ui.nameEdit.text().strip() else self.tr("Please type a name.")
        return self._show(self.ui.nameError, problem)

    def _check_email(self) -> bool:
        return self._show(self.ui.emailError, email_problem(self.ui.emailEdit.text()))

    def _check_link(self) -> bool:
        return self._show(self.ui.videoLinkError, link_problem(self.ui.videoLinkEdit.text()))

    def problems_found(self) -> bool:
        """Check every field, show each problem at its field, focus the first; True if any."""
        checks = (
            (self._check_name, self.ui.nameEdit),
            (self._check_email, self.ui.emailEdit),
            (self._check_link, self.ui.videoLinkEdit),
        )
        first = None
        for check, widget in checks:
            if not check() and first is None:
                first = widget
        if first is not None:
            first.setFocus()
        return first is not None

    def write(self) -> int:
        """Save the contact as typed; its id."""
        record = self.record()
        return save_contact(record, take_call_first=record.call_first and not self.was_call_first)

    def field_widget(self, field: str) -> QWidget | None:
        """The office hours' days or closing time, when the store refused them."""
        if field == "office_days":
            return self.office_hours.focus_chain()[0]
        if field in ("office_opens", "office_closes"):
            return self.office_hours.closes
        return None

    def show_error(self, message: str, widget: QWidget | None = None) -> None:
        """Say what is wrong under the name; keep everything typed."""
        self._show(self.ui.nameError, message)
        if widget is not None:
            widget.setFocus()

    def failed_text(self, error: Exception) -> str:
        """The sentence for a contact the record could not take."""
        return self.tr(
            "The contact could not be saved ({reason}). Check that the disk is not "
            "full and try again; what you typed is still here."
        ).format(reason=error)

    def saved_as(self, saved_id: int | None) -> None:
        """Saving again saves the same contact (which now holds the mark it was given)."""
        self.record_id = saved_id
        self.was_call_first = self.ui.callFirstCheck.isChecked()
