"""A medicine just saved is the selected row of the list, so Edit... acts on it.

Before, after a new medicine was saved no row was selected and Edit... stayed greyed out,
while the diary's entry list selected a new entry.
"""

from __future__ import annotations

from tests.views.diary.test_medicine_schedule_typing import _click, _new_medicine, _saved


def _add(make_window, qtbot, name):
    _window, panel, dialog = _new_medicine(make_window, qtbot, name)
    _click(qtbot, dialog.save_button)
    _saved(dialog)
    return panel


def test_a_new_medicine_is_selected_and_can_be_edited_at_once(store, make_window, qtbot):
    _add(make_window, qtbot, "Senna")
    panel = _add(make_window, qtbot, "Morphine SR")
    selected = panel.selected()
    assert selected is not None and selected.name == "Morphine SR"
    row = panel.table.currentRow()
    assert panel.table.item(row, 0).text().startswith("Morphine SR")
    assert panel.edit_button.isEnabled()
    _click(qtbot, panel.edit_button)
    assert panel.dialog.ui.nameEdit.text() == "Morphine SR"
