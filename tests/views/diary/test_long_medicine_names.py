"""A medicine with a very long name in the breakthrough dose form: the drop-down keeps its
width, its list shows the whole name, and the form fits an 800 px screen at 200% text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from caregiver_app.store.diary.doses import doses_between
from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from tests.helpers.large_text import no_sideways_scroll, shown_active, window_at

LEFT = Qt.MouseButton.LeftButton
LONG = (
    "Oxycodone hydrochloride oral solution 5 mg in 5 mL, for breakthrough pain when the "
    "long-acting dose is not enough"
)


def _dose_form(panel, qtbot):
    qtbot.mouseClick(panel.add_button, LEFT)
    dialog = shown_active(qtbot, panel.dialog)
    no_sideways_scroll(qtbot, dialog)
    return dialog


@pytest.mark.parametrize("percent", [100, 200])
def test_a_long_medicine_name_keeps_the_form_on_the_screen(store, make_window, qtbot, percent):
    save_medicine(MedicineRecord(name="Morphine oral solution", as_needed=True))
    panel = window_at(make_window, qtbot, percent, tab="diary_tab").diary_tab.doses
    dialog = _dose_form(panel, qtbot)
    combo = dialog.ui.medicineCombo
    short_box, short_form = combo.sizeHint().width(), dialog.width()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Cancel

    long_id = save_medicine(MedicineRecord(name=LONG, strength="5 mg/5 mL", as_needed=True))
    dialog = _dose_form(panel, qtbot)
    combo = dialog.ui.medicineCombo
    screen = dialog.screen().availableGeometry()
    # Before, the box asked for the whole name on one line (1572 px at 200%).
    assert combo.sizeHint().width() == short_box
    assert dialog.width() == short_form <= screen.width()
    assert dialog.minimumSizeHint().width() <= 800

    # The list, opened with a click, shows the whole name on more lines, within the screen.
    qtbot.mouseClick(combo, LEFT)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    row = combo.findData(long_id)
    index = view.model().index(row, 0)
    whole = f"{LONG} 5 mg/5 mL"
    assert index.data() == whole
    assert index.data(Qt.ItemDataRole.ToolTipRole) == whole
    assert index.data(Qt.ItemDataRole.AccessibleDescriptionRole) == whole
    item = view.visualRect(index)
    room = QRect(0, 0, item.width(), 10 * item.height())
    lines = view.fontMetrics().boundingRect(room, Qt.TextFlag.TextWordWrap, whole)
    assert item.height() >= lines.height()  # the whole name, not cut short with "..."
    if percent == 200:
        assert lines.height() > view.fontMetrics().lineSpacing()  # on more than one line
    assert view.window().geometry().right() <= screen.right()
    assert view.horizontalScrollBar().maximum() == 0
    for _ in range(row - combo.currentIndex()):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentData() == long_id
    assert combo.toolTip() == whole and combo.accessibleDescription() == whole

    qtbot.keyClicks(dialog.ui.doseEdit, "2.5 mL")
    qtbot.mouseClick(dialog.save_button, LEFT)
    [dose] = doses_between(None, None)
    assert (dose.medicine_id, dose.dose) == (long_id, "2.5 mL")
    assert QApplication.activeModalWidget() is None
