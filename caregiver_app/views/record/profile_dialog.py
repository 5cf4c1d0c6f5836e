"""The care record profile: the person cared for and the caregiver.

Also the first-start welcome: the same form, with a sentence of welcome and
a "Skip for now" button.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCompleter,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.services.home_zone_text import zone_place
from caregiver_app.store.calendar import time_zones
from caregiver_app.store.home_clock import home_today
from caregiver_app.store.queries import ProfileData, load_profile, save_profile
from caregiver_app.views.forms.ui_profile_form import Ui_ProfileForm
from caregiver_app.views.widgets.form_dialog import SavingDialog
from caregiver_app.views.widgets.form_fields import FieldTable, read_fields, show_fields
from caregiver_app.views.widgets.form_parts import (
    error_label,
    form_room,
    line_up_labels,
    scrolling_form,
)


class ProfileDialog(SavingDialog):
    """Edit the care record profile; ``first_run`` adds a welcome and a skip button."""

    def __init__(self, parent: QWidget | None = None, first_run: bool = False) -> None:
        super().__init__(parent)
        self.first_run = first_run
        self.setObjectName("profileDialog")
        self.form_widget = QWidget(self)
        self.ui = Ui_ProfileForm()
        self.ui.setupUi(self.form_widget)
        self.setWindowTitle(
            self.tr("Welcome to Care Companion") if first_run else self.tr("Care record profile")
        )
        layout = QVBoxLayout(self)
        if first_run:
            self.welcome = QLabel(
                self.tr(
                    "Welcome. A few details about the person you care for and about you "
                    "will head every visit summary you print. Fill in what you know now; "
                    "you can change it any time from Edit > Care record profile, or skip "
                    "this for now. The first steps after it open next; Help > Getting "
                    "started (F1) shows them again."
                ),
                self,
            )
            self.welcome.setWordWrap(True)
            layout.addWidget(self.welcome)
        # At a large text size the labels go above their fields and the form is taller
        # than a small screen: it scrolls rather than squeezing its rows.
        self.scroll = scrolling_form(self.form_widget, self, self.windowTitle())
        layout.addWidget(self.scroll, 1)
        self.error_label = error_label(self)
        layout.addWidget(self.error_label)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAccessibleName(self.tr("Save profile"))
        self.save_button.setDefault(True)
        cancel_text = self.tr("Sk&ip for now") if first_run else self.tr("Cancel")
        self.cancel_button = self.buttons.addButton(
            cancel_text, QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setAccessibleName(cancel_text.replace("&", ""))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # The scroll area is a Tab stop of its own (its arrow keys scroll the form): after the
        # buttons, as in every other form, so Save comes straight after the last field.
        QWidget.setTabOrder(self.cancel_button, self.scroll)

        future = {
            self.ui.dateOfBirthEdit: self.tr("The date of birth cannot be in the future."),
            self.ui.diagnosisDateEdit: self.tr("The date of diagnosis cannot be in the future."),
        }
        for edit, message in future.items():
            edit.set_blank_text(self.tr("Not recorded"))
            edit.set_latest(home_today(), message)
        self._set_up_home_zone()
        self.set_profile(load_profile())
        self._size_other_caregivers()
        self.setMinimumWidth(620)
        # The two groups' fields in one column; at a large text size (labels over 30% of
        # the width) the labels go above their fields, so each field and its hint get the
        # whole width.
        line_up_labels(self.form_widget, form_room(self, 620))
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Shown (its style and fonts applied), the dialog takes the form's whole height."""
        super().showEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """Tall enough for the whole form (the scroll area alone asks for less), within the
        screen: it scrolls only where the screen is too small."""
        width = max(self.sizeHint().width(), self.form_widget.sizeHint().width() + 40)
        rest = self.sizeHint().height() - self.scroll.sizeHint().height()
        height = rest + self.form_widget.heightForWidth(width - 40)
        if height <= rest:  # no height-for-width: the form's own size hint
            height = rest + self.form_widget.sizeHint().height()
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 20), min(height, room.height() - 20)
        self.resize(width, height)

    def _size_other_caregivers(self) -> None:
        """Three lines of the text size in use: room for a few names and the whole hint."""
        edit = self.ui.otherCaregiversEdit
        margin = int(edit.document().documentMargin())
        edit.setFixedHeight(
            edit.fontMetrics().lineSpacing() * 3 + 2 * margin + 2 * edit.frameWidth()
        )

    # ------------------------------------------------------------ values

    def _fields(self) -> FieldTable:
        ui = self.ui
        return (
            ("patient_name", ui.patientNameEdit),
            ("date_of_birth", ui.dateOfBirthEdit),
            ("diagnosis", ui.diagnosisEdit),
            ("diagnosis_date", ui.diagnosisDateEdit),
            ("allergies", ui.allergiesEdit),
            ("advance_directive_location", ui.advanceDirectiveEdit),
            ("preferred_pharmacy", ui.pharmacyEdit),
            ("caregiver_name", ui.caregiverNameEdit),
            ("caregiver_phone", ui.caregiverPhoneEdit),
            ("other_caregivers", ui.otherCaregiversEdit),
        )

    def _set_up_home_zone(self) -> None:
        """Every zone name, searchable as in the appointment form, this computer's first as
        the suggested choice; while none is set the box stays empty (saved only if chosen)."""
        combo = self.ui.homeZoneCombo
        zones = time_zones.zone_names()
        combo.addItem(time_zones.local_zone_name())
        combo.insertSeparator(1)
        combo.addItems(zones)
        completer = QCompleter(zones, combo)
        completer.setFilterMode(completer.filterMode().MatchContains)
        completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
        combo.setCompleter(completer)
        line = combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Not set"))
        combo.editTextChanged.connect(self._show_zone_hint)

    def _show_zone_hint(self, text: str) -> None:
        """What the chosen zone means, or that none is set and which is this computer's."""
        zone, here = text.strip(), time_zones.local_zone_name()
        if not zone:
            hint = self.tr(
                "Not set yet: each computer uses its own time zone. Choose the zone where "
                "the person you care for lives; this computer's is {here}."
            ).format(here=here)
        elif not time_zones.is_known_zone(zone):
            hint = ""
        elif zone == here:
            hint = self.tr(
                "Every time in the record is read as {home} time, on each of the family's "
                "computers."
            ).format(home=zone_place(zone))
        else:
            hint = self.tr(
                "Every time in the record is read as {home} time. This computer is set to "
                "{here} time."
            ).format(home=zone_place(zone), here=zone_place(here))
        self.ui.homeZoneHint.setText(hint)
        self.ui.homeZoneHint.setVisible(bool(hint))

    def set_profile(self, profile: ProfileData) -> None:
        """Fill the form from ``profile``."""
        show_fields(profile, self._fields())
        combo = self.ui.homeZoneCombo
        if not profile.home_time_zone and combo.itemText(0):
            combo.insertItem(0, "")  # "Not set": Down from it is this computer's zone
        combo.setCurrentIndex(max(0, combo.findText(profile.home_time_zone)))
        combo.setEditText(profile.home_time_zone)
        self._show_zone_hint(profile.home_time_zone)

    def profile(self) -> ProfileData:
        """What the form holds now, trimmed; a date that is not one raises FieldInputError."""
        zone = self.ui.homeZoneCombo.currentText().strip()
        return ProfileData(**read_fields(self._fields()), home_time_zone=zone)

    # ------------------------------------------------------------ saving

    def field_widget(self, field: str) -> QWidget | None:
        """The profile's field the store names in a refusal (else the person's name)."""
        field_edits = {
            "date_of_birth": self.ui.dateOfBirthEdit,
            "diagnosis_date": self.ui.diagnosisDateEdit,
            "caregiver_name": self.ui.caregiverNameEdit,
            "home_time_zone": self.ui.homeZoneCombo,
        }
        return field_edits.get(field, self.ui.patientNameEdit)

    def write(self) -> None:
        """Save the profile as typed (the one profile: no id to announce)."""
        save_profile(self.profile())

    def failed_text(self, error: Exception) -> str:
        """The sentence for a profile the record could not take."""
        return self.tr(
            "The profile could not be saved ({reason}). Check that the disk is not "
            "full and try again; what you typed is still here."
        ).format(reason=error)
