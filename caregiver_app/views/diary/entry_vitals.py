"""The entry form's measurement boxes: each one's unit, range and steps.

The lowest value of each box, one below what the record takes, reads as "not recorded".
The texts keep the translation context "EntryDialog", where they were first written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractSpinBox

from caregiver_app.views.forms.ui_entry_form import Ui_EntryForm
from caregiver_app.views.look.units import uses_us_units


def set_up_vital_boxes(ui: Ui_EntryForm) -> None:
    """Units, ranges and steps of the temperature, oxygen, weight and pulse boxes, in the
    family's units (Fahrenheit and pounds in the US), each at "not recorded"."""
    translate = QCoreApplication.translate
    us = uses_us_units()
    temperature = ui.temperatureSpin
    temperature.setDecimals(1)
    temperature.setSingleStep(0.1)
    if us:
        temperature.setRange(85.9, 113.0)
        temperature.setSuffix(" °F")
    else:
        temperature.setRange(29.9, 45.0)
        temperature.setSuffix(" °C")
    saturation = ui.oxygenSaturationSpin
    saturation.setRange(49, 100)
    saturation.setSuffix(" %")
    flow = ui.oxygenFlowSpin
    flow.setDecimals(1)
    flow.setSingleStep(0.5)
    flow.setRange(-0.5, 30.0)
    flow.setSuffix(translate("EntryDialog", " L/min"))
    weight = ui.weightSpin
    weight.setDecimals(1)
    if us:
        weight.setRange(1.0, 880.0)
        weight.setSuffix(translate("EntryDialog", " lb"))
    else:
        weight.setRange(0.5, 400.0)
        weight.setSuffix(translate("EntryDialog", " kg"))
    pulse = ui.pulseSpin
    # One below the lowest pulse the record takes is "not recorded".
    pulse.setRange(19, 250)
    pulse.setSuffix(translate("EntryDialog", " beats/min"))
    for spin in (temperature, saturation, flow, weight, pulse):
        spin.setValue(spin.minimum())
        spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
