"""The family's alert thresholds for the diary: scores (Selby 2010), fever and low oxygen."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDialog,
    QDialogButtonBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.services.diary.alerts import (
    AlertSettings,
    load_alert_settings,
    save_alert_settings,
)
from caregiver_app.services.diary.vital_thresholds import (
    FEVER_HIGH_C,
    FEVER_HIGH_F,
    FEVER_LOW_C,
    FEVER_LOW_F,
    FEVER_SOURCE,
    SPO2_LOW,
    VitalThresholds,
    fahrenheit_threshold,
    load_vital_thresholds,
    save_vital_thresholds,
)
from caregiver_app.views.diary.vital_text import degrees, shown_fever_threshold, temperature_unit
from caregiver_app.views.forms.ui_alert_settings_form import Ui_AlertSettingsForm
from caregiver_app.views.look.text_size import fit_to_content
from caregiver_app.views.look.units import uses_us_units
from caregiver_app.views.widgets.form_parts import error_label, plural_suffix, scrolling_form
from caregiver_app.views.widgets.number_guard import check_numbers

OXYGEN_OFF = SPO2_LOW - 1  # the oxygen box's lowest value reads "off"


class AlertSettingsDialog(QDialog):
    """Set when the diary points out a score or a reading; Restore defaults brings back
    7, 3 and 7 days, a fever at the cited default, and no oxygen alert."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Alert settings"))
        self.form = QWidget(self)
        self.ui = Ui_AlertSettingsForm()
        self.ui.setupUi(self.form)
        plural_suffix(self.ui.riseSpin, lambda n: self.tr(" points or more", None, n))
        plural_suffix(self.ui.daysSpin, lambda n: self.tr(" days", None, n))
        self._setup_vitals()
        # A form lays each wrapped label out at its own guessed width and cut the last
        # line of the shorter ones off: every label gets the widest one's width.
        labels = [self.ui.severeLabel, self.ui.riseLabel, self.ui.daysLabel]
        labels += [self.ui.feverLabel, self.ui.oxygenLabel]
        widest = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(widest)
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
            self.restore_defaults
        )
        self.error = error_label(self)
        self.error.hide()
        layout = QVBoxLayout(self)
        # The form scrolls rather than being cut off at large text sizes.
        layout.addWidget(scrolling_form(self.form, self, self.tr("Alert settings")))
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.show_settings(load_alert_settings())
        self.show_thresholds(load_vital_thresholds())
        fit_to_content(self, self.form)

    def _setup_vitals(self) -> None:
        ui = self.ui
        unit = temperature_unit()
        if uses_us_units():
            ui.feverSpin.setRange(FEVER_LOW_F, FEVER_HIGH_F)
        else:
            ui.feverSpin.setRange(FEVER_LOW_C, FEVER_HIGH_C)
        ui.feverSpin.setSuffix(f"\u00a0{unit}")
        ui.oxygenSpin.setMinimum(OXYGEN_OFF)
        for spin in (ui.feverSpin, ui.oxygenSpin):
            spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        ui.feverSourceLabel.setText(
            self.tr(
                "Usually {threshold} (source: {source}). If your team gave you another "
                "number, type theirs: it replaces this one."
            ).format(
                threshold=degrees(shown_fever_threshold(VitalThresholds())), source=FEVER_SOURCE
            )
        )
        # A screen reader reads each box's source with it.
        ui.feverSpin.setAccessibleDescription(ui.feverSourceLabel.text())
        ui.oxygenSpin.setAccessibleDescription(ui.oxygenSourceLabel.text())

    def spins(self) -> tuple[QSpinBox, ...]:
        """The score number boxes, in order."""
        return self.ui.severeSpin, self.ui.riseSpin, self.ui.daysSpin

    def show_settings(self, settings: AlertSettings) -> None:
        """Fill the score boxes."""
        self.error.hide()
        self.ui.severeSpin.setValue(settings.severe_at)
        self.ui.riseSpin.setValue(settings.rise_by)
        self.ui.daysSpin.setValue(settings.baseline_days)

    def show_thresholds(self, thresholds: VitalThresholds) -> None:
        """Fill the fever box (in the unit shown) and the oxygen box ("off" when none)."""
        self.error.hide()
        self._shown_thresholds = thresholds
        self.ui.feverSpin.setValue(shown_fever_threshold(thresholds))
        spo2 = thresholds.spo2_below
        self.ui.oxygenSpin.setValue(OXYGEN_OFF if spo2 is None else spo2)

    def restore_defaults(self) -> None:
        """The usual score thresholds, the cited fever threshold, and no oxygen alert."""
        self.show_settings(AlertSettings())
        self.show_thresholds(VitalThresholds())

    def settings(self) -> AlertSettings:
        """What the score boxes hold."""
        return AlertSettings(
            severe_at=self.ui.severeSpin.value(),
            rise_by=self.ui.riseSpin.value(),
            baseline_days=self.ui.daysSpin.value(),
        )

    def thresholds(self) -> VitalThresholds:
        """What the fever and oxygen boxes hold, the fever as typed in the unit shown."""
        spo2 = self.ui.oxygenSpin.value()
        spo2_below = None if spo2 == OXYGEN_OFF else spo2
        fever = round(self.ui.feverSpin.value(), 1)
        shown = self._shown_thresholds
        if fever == shown_fever_threshold(shown):  # untouched: kept as it was
            return shown._replace(spo2_below=spo2_below)
        if uses_us_units():
            return fahrenheit_threshold(fever, spo2_below)
        return VitalThresholds(fever_at_c=fever, spo2_below=spo2_below)

    def accept(self) -> None:
        """Save, or say which number cannot be kept and leave it as typed."""
        problem = check_numbers(self.form)
        if problem is not None:
            self.error.setText(str(problem))
            self.error.show()
            problem.field.setFocus()
            return
        save_alert_settings(self.settings())
        save_vital_thresholds(self.thresholds())
        super().accept()
