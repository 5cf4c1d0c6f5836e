"""The family's alert thresholds for the diary (defaults from Selby 2010)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QSpinBox, QVBoxLayout, QWidget

from caregiver_app.services.diary.alerts import (
    AlertSettings,
    load_alert_settings,
    save_alert_settings,
)
from caregiver_app.views.forms.ui_alert_settings_form import Ui_AlertSettingsForm
from caregiver_app.views.widgets.form_parts import error_label, plural_suffix
from caregiver_app.views.widgets.number_guard import check_numbers


class AlertSettingsDialog(QDialog):
    """Set when the diary points out a score; Restore defaults brings back 7, 3 and 7 days."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Alert settings"))
        self.form = QWidget(self)
        self.ui = Ui_AlertSettingsForm()
        self.ui.setupUi(self.form)
        plural_suffix(self.ui.riseSpin, lambda n: self.tr(" points or more", None, n))
        plural_suffix(self.ui.daysSpin, lambda n: self.tr(" days", None, n))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self.show_settings(AlertSettings())
        )
        self.error = error_label(self)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.show_settings(load_alert_settings())

    def spins(self) -> tuple[QSpinBox, ...]:
        """The number boxes, in order."""
        return self.ui.severeSpin, self.ui.riseSpin, self.ui.daysSpin

    def show_settings(self, settings: AlertSettings) -> None:
        """Fill the boxes."""
        self.error.hide()
        self.ui.severeSpin.setValue(settings.severe_at)
        self.ui.riseSpin.setValue(settings.rise_by)
        self.ui.daysSpin.setValue(settings.baseline_days)

    def settings(self) -> AlertSettings:
        """What the boxes hold."""
        return AlertSettings(
            severe_at=self.ui.severeSpin.value(),
            rise_by=self.ui.riseSpin.value(),
            baseline_days=self.ui.daysSpin.value(),
        )

    def accept(self) -> None:
        """Save, or say which number cannot be kept and leave it as typed."""
        problem = check_numbers(self.form)
        if problem is not None:
            self.error.setText(str(problem))
            self.error.show()
            problem.field.setFocus()
            return
        save_alert_settings(self.settings())
        super().accept()
