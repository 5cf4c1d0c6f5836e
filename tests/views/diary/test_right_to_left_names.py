"""An "other problem" or a medicine typed in Arabic or Hebrew, shown in the diary's lists:
the name, then its score and band (or its strength), in the order a reader expects (the
number used to jump to the far left, before the name, away from its words)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextLayout, QTextOption

from caregiver_app.store.diary.entries import entries_between
from caregiver_app.store.diary.medicines import list_medicines
from caregiver_app.views.diary.entry_table_model import COLUMN_OTHER
from tests.helpers.keys import retype
from tests.helpers.large_text import shown_active
from tests.helpers.typed_text import type_text


def _x_positions(text: str, table) -> list[float]:
    """Where each character of ``text`` starts on a line drawn as the table draws a cell:
    in its font, in the direction of the window (left to right)."""
    layout = QTextLayout(text, table.font())
    option = QTextOption()
    option.setTextDirection(table.layoutDirection())
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    return [line.cursorToX(index)[0] for index in range(len(text))]


@pytest.mark.parametrize("name", ["כאב ראש", "صداع 2"])
def test_the_score_follows_the_name_and_comes_before_its_band(store, make_window, qtbot, name):
    window = make_window()
    window.tabs.setCurrentWidget(window.diary_tab)
    window.show()
    tab = window.diary_tab
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = shown_active(qtbot, tab.entry_dialog)
    dialog.ui.otherProblemEdit.setFocus()
    type_text(qtbot, dialog.ui.otherProblemEdit, name)
    retype(qtbot, dialog.ui.otherProblemSpin, "3")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.error_label.text()
    (entry,) = entries_between(None, None)
    assert (entry.other_problem, entry.other_problem_score) == (name, 3)  # kept as typed

    model = tab.table.model()
    shown = model.data(model.index(0, COLUMN_OTHER, QModelIndex()))
    assert name in shown and shown.endswith(": 3 mild")
    x = _x_positions(shown, tab.table)
    start = shown.index(name)
    name_x = x[start : start + len(name)]
    score_x, band_x = x[shown.rindex("3")], x[shown.index("mild")]
    assert max(name_x) < score_x < band_x


@pytest.mark.parametrize("name", ["מורפין", "مورفين"])
def test_a_medicine_named_right_to_left_comes_before_its_strength(
    store, make_window, qtbot, name
):
    window = make_window()
    window.tabs.setCurrentWidget(window.diary_tab)
    window.show()
    panel = window.diary_tab.medicines
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = shown_active(qtbot, panel.dialog)
    dialog.ui.nameEdit.setFocus()
    type_text(qtbot, dialog.ui.nameEdit, name)
    retype(qtbot, dialog.ui.strengthEdit, "5 mg")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.error_label.text()
    (medicine,) = list_medicines()
    assert (medicine.name, medicine.strength) == (name, "5 mg")  # kept as typed

    model = panel.table.model()
    shown = model.data(model.index(0, 0, QModelIndex()))
    assert name in shown and shown.endswith(" 5 mg")
    x = _x_positions(shown, panel.table)
    start = shown.index(name)
    assert max(x[start : start + len(name)]) < x[shown.rindex("5")] < x[shown.rindex("mg")]
