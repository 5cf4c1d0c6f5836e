"""The line under the menu bar naming the person cared for, with a button to edit it."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from caregiver_app.store.queries import ProfileData
from caregiver_app.views.look.locale_format import format_date


class ProfileStrip(QFrame):
    """Who this record is about, and their allergies, always in view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileStrip")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.edit_button = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.edit_button)

    def show_profile(self, profile: ProfileData) -> None:
        """Describe ``profile`` in one line, or say how to fill it in."""
        if profile.is_empty():
            self.summary.setText(
                self.tr(
                    "No care record profile yet. The person's name, date of birth and "
                    "allergies head every visit summary."
                )
            )
            self.edit_button.setText(self.tr("Fill in the profile..."))
        else:
            parts = [
                self.tr("Caring for {name}").format(
                    name=profile.patient_name or self.tr("(name not given)")
                )
            ]
            if profile.date_of_birth:
                parts.append(self.tr("born {date}").format(date=format_date(profile.date_of_birth)))
            parts.append(
                self.tr("Allergies: {allergies}").format(
                    allergies=profile.allergies or self.tr("not recorded")
                )
            )
            self.summary.setText("  ·  ".join(parts))
            self.edit_button.setText(self.tr("Edit profile..."))
        self.edit_button.setAccessibleName(self.edit_button.text().rstrip("."))
        self.summary.setAccessibleName(self.summary.text())
