"""The breakthrough dose form's medicine list shows every name whole, in Spanish at 200% too.

The clipping check read the closed drop-down only; its open list is a window of its own,
where a long name could be cut short with "..." unseen. ``cut_list_items`` opens each
drop-down as a click does and reads its list; the check of every dialog uses it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

import caregiver_app.views.diary.dose_dialog as dose_dialog
from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from tests.helpers.clipping import cut_list_items
from tests.helpers.large_text import shown_active, window_at
from tests.views.diary.test_long_medicine_names import LONG

NAMES = (
    ("Morphine oral solution", ""),
    (LONG, "5 mg/5 mL"),
    ("Paracetamol (acetaminofén) comprimidos efervescentes para el dolor irruptivo", "1 g"),
)


def _dose_form(store, make_window, qtbot, percent):
    for name, strength in NAMES:
        save_medicine(MedicineRecord(name=name, strength=strength, as_needed=True))
    panel = window_at(make_window, qtbot, percent, tab="diary_tab").diary_tab.doses
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    return shown_active(qtbot, panel.dialog)


@pytest.mark.parametrize("percent", [100, 200])
def test_every_name_in_the_list_is_whole(store, make_window, qtbot, spanish, percent):
    dialog = _dose_form(store, make_window, qtbot, percent)

    assert cut_list_items(dialog) == []
    assert not dialog.ui.medicineCombo.view().isVisible()  # closed again after the look


def test_the_check_sees_a_list_that_cuts_a_name(store, make_window, qtbot, spanish, monkeypatch):
    # The list as Qt makes it by itself: one line a name, cut at the screen's edge.
    monkeypatch.setattr(dose_dialog, "fit_long_names", lambda combo: None)
    dialog = _dose_form(store, make_window, qtbot, 200)

    cut = cut_list_items(dialog)

    assert f"list of medicineCombo: {f'{LONG} 5 mg/5 mL'[:60]!r}" in cut
