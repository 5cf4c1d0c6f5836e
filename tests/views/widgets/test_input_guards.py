"""The wheel and number guards reach every value control, whenever and wherever it is made."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.views.widgets.number_guard import check_numbers
from tests.helpers.keys import retype, turn_wheel
from tests.helpers.snippet import run_snippet


def _shown_form(qtbot) -> tuple[QDialog, QWidget, QLineEdit]:
    """A dialog with a scrolling form holding one line edit (where the focus starts)."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QWidget()
    column = QVBoxLayout(form)
    first = QLineEdit(form)
    column.addWidget(first)
    scroll = QScrollArea(dialog)
    scroll.setWidgetResizable(True)
    scroll.setWidget(form)
    QVBoxLayout(dialog).addWidget(scroll)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    first.setFocus()
    return dialog, form, first


def _add_later(qtbot, form: QWidget, control: QWidget) -> QWidget:
    """Put ``control`` in a form already on screen, as a form adding a row does."""
    form.layout().addWidget(control)
    control.show()
    qtbot.waitUntil(control.isVisible)
    return control


def test_a_box_added_to_a_shown_form_is_guarded_against_the_wheel(qtbot):
    _dialog, form, _first = _shown_form(qtbot)
    spin = _add_later(qtbot, form, QSpinBox())
    combo = QComboBox()
    combo.addItems(["not recorded", "Laura", "Sam"])
    _add_later(qtbot, form, combo)
    for control, value in ((spin, spin.value), (combo, combo.currentIndex)):
        assert control.focusPolicy() == Qt.FocusPolicy.StrongFocus  # no focus from a wheel
        before = value()
        for steps in (1, -1, -3, 3):
            turn_wheel(control, steps)
        assert value() == before
        assert not control.hasFocus()


def test_a_number_box_added_to_a_shown_form_keeps_what_was_typed(qtbot):
    dialog, form, _first = _shown_form(qtbot)
    spin = QSpinBox()
    spin.setRange(0, 250)
    spin.setAccessibleName("Pulse")
    _add_later(qtbot, form, spin)
    retype(qtbot, spin, "300")
    assert spin.text() == "300"  # Qt alone would have dropped the last 0
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    assert spin.text() == "300"  # and leaving the box does not put 30 back
    problem = check_numbers(dialog)
    assert problem is not None and "Pulse" in str(problem)


def test_a_box_made_under_a_style_sheet_is_guarded(qtbot):
    app = QApplication.instance()
    before = app.styleSheet()
    app.setStyleSheet("QLabel { font-weight: bold; }")  # as the high-contrast theme sets one
    try:
        _dialog, form, _first = _shown_form(qtbot)
        spin = _add_later(qtbot, form, QSpinBox())
        turn_wheel(spin, 2)
        assert spin.value() == 0
    finally:
        app.setStyleSheet(before)


# As ``run_gui`` starts: widgets made and shown before the guards are installed (once
# the window has painted), and one made after. Each prints its focus policy, then its
# value after wheels turned over it unfocused. A fresh process: in this one the guards
# are installed before the first test.
GUARDS_AFTER_WIDGETS = r"""
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QVBoxLayout, QWidget
from caregiver_app.views.app import application, install_guards
from tests.helpers.keys import turn_wheel

app = application(guards=False)
window = QWidget()
column = QVBoxLayout(window)
first, before = QLineEdit(), QSpinBox()
for widget in (first, before):
    column.addWidget(widget)
window.show()
app.processEvents()
install_guards(app)
after = QComboBox()
after.addItems(["one", "two", "three"])
column.addWidget(after)
after.show()
app.processEvents()
first.setFocus()
for control in (before, after):
    turn_wheel(control, -2)
print(before.focusPolicy().name, after.focusPolicy().name, before.value(), after.currentIndex())
"""


def test_guards_installed_after_the_window_reach_the_boxes_made_before(tmp_path):
    result = run_snippet(GUARDS_AFTER_WIDGETS, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["StrongFocus", "StrongFocus", "0", "0"]
