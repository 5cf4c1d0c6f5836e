"""The mouse wheel over a form scrolls it; it changes no value the person did not choose."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QScrollBar,
    QSlider,
    QSpinBox,
    QVBoxLayout,
)

from caregiver_app.store.contacts import ContactRecord, save_contact
from caregiver_app.store.diary.doses import DoseRecord, save_dose
from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.views.app import application
from caregiver_app.views.widgets.date_fields import DateField, TimeField
from caregiver_app.views.widgets.input_guards import GuardStyle
from tests.helpers.keys import turn_wheel, value_of


def value_controls(dialog) -> list:
    """Every combo box, spin box, date and time field and slider in the dialog."""
    found = dialog.findChildren(QComboBox) + dialog.findChildren(QAbstractSpinBox)
    found += dialog.findChildren(DateField) + dialog.findChildren(TimeField)
    found += [s for s in dialog.findChildren(QAbstractSlider) if not isinstance(s, QScrollBar)]
    return found


def shown_value(control):
    """value_of, and the text of a typed date or time field."""
    if isinstance(control, DateField | TimeField):
        return control.text()
    return value_of(control)


def assert_wheel_changes_nothing_unfocused(qtbot, dialog) -> int:
    """Wheel over every value control without focus; nothing changes. Returns how many."""
    dialog.show()
    qtbot.waitExposed(dialog)
    controls = [c for c in value_controls(dialog) if c.isVisible()]
    assert controls, "the dialog has value controls to try"
    dialog.setFocus()
    for control in controls:
        assert not control.hasFocus()
        before = shown_value(control)
        for steps in (1, -1, -3, 3):
            turn_wheel(control, steps)
        assert shown_value(control) == before, control.objectName() or control.accessibleName()
    return len(controls)


def _entry_dialog(make_window, qtbot):
    tab = make_window().diary_tab
    return tab.new_entry()


def _dose_dialog(make_window, qtbot):
    medicine_id = save_medicine(MedicineRecord(name="Morphine", as_needed=True))
    save_medicine(MedicineRecord(name="Lorazepam", as_needed=True))
    dose_id = save_dose(
        DoseRecord(medicine_id=medicine_id, given_at=datetime.now() - timedelta(hours=1))
    )
    tab = make_window().diary_tab
    tab.doses.refresh()
    tab.doses.table.selectRow(0)
    dialog = tab.doses.edit_selected()
    assert dialog is not None and dialog.record_id == dose_id
    return dialog


def _medicine_dialog(make_window, qtbot):
    save_contact(ContactRecord(name="Dr. Rivera", role="palliative_physician"))
    save_contact(ContactRecord(name="Dr. Osei", role="oncologist"))
    return make_window().diary_tab.medicines.add_medicine()


def _profile_dialog(make_window, qtbot):
    from caregiver_app.views.record.profile_dialog import ProfileDialog

    dialog = ProfileDialog()
    qtbot.addWidget(dialog)
    return dialog


def _question_dialog(make_window, qtbot):
    save_contact(ContactRecord(name="Dr. Rivera", role="palliative_physician"))
    window = make_window()
    return window.learn_tab.questions.add_question()


@pytest.mark.parametrize(
    "open_dialog",
    [_entry_dialog, _dose_dialog, _medicine_dialog, _profile_dialog, _question_dialog],
    ids=["diary entry", "breakthrough dose", "medicine", "profile", "question"],
)
def test_the_wheel_changes_no_unfocused_value(store, make_window, qtbot, open_dialog):
    dialog = open_dialog(make_window, qtbot)
    assert_wheel_changes_nothing_unfocused(qtbot, dialog)


def test_the_wheel_still_changes_the_focused_control_and_scrolls_the_form(qtbot):
    application()  # the app's own start-up installs the guard
    assert QApplication.instance().findChild(GuardStyle) is not None
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    first = QLineEdit(dialog)  # where the focus starts
    combo, spin, slider = QComboBox(dialog), QSpinBox(dialog), QSlider(dialog)
    combo.addItems(["one", "two", "three"])
    for widget in (first, combo, spin, slider):
        layout.addWidget(widget)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    first.setFocus()
    for widget in (combo, spin, slider):
        # Qt would give these focus on a wheel; the guard leaves that to clicks and keys.
        assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus
        before = shown_value(widget)
        turn_wheel(widget, -1)
        assert shown_value(widget) == before
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        turn_wheel(widget, -1)
        turn_wheel(widget, -1)
        moved_down = shown_value(widget)
        turn_wheel(widget, 1)
        # Focused, the wheel is the person's choice (one way or the other, by widget).
        assert before != moved_down or shown_value(widget) != moved_down


def test_the_wheel_over_an_unfocused_field_scrolls_the_diary_entry_form(store, make_window, qtbot):
    dialog = _entry_dialog(make_window, qtbot)
    dialog.resize(dialog.width(), 300)
    dialog.show()
    qtbot.waitExposed(dialog)
    scroll = dialog.findChild(QScrollBar)
    bar = next(b for b in dialog.findChildren(QScrollBar) if b.maximum() > 0)
    assert scroll is not None
    start = bar.value()
    dialog.setFocus()
    turn_wheel(dialog.ui.painSpin, -2)
    assert bar.value() > start
