"""A box's "nothing" number typed in figures (-1 for a score, 49 % for oxygen) is refused
with the range, not saved as "not rated" or "not recorded"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from caregiver_app.store.diary.entries import count_entries, entries_between
from tests.helpers.keys import retype


@pytest.mark.parametrize(
    ("box", "typed", "sentence"),
    [
        ("painSpin", "-1", "Pain: type a whole number from 0 to 10."),
        ("oxygenSaturationSpin", "49", "from 50 to 100"),
        ("pulseSpin", "19", "from 20 to 250"),
    ],
)
def test_the_number_for_nothing_typed_is_refused_at_its_box(
    store, make_window, qtbot, box, typed, sentence
):
    dialog = make_window().diary_tab.new_entry()
    spin = getattr(dialog.ui, box)
    retype(qtbot, spin, typed)
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    # Was saved, the typed number gone: "not rated" or "not recorded".
    assert dialog.isVisible() and sentence in dialog.error_label.text()
    assert dialog.focusWidget() is spin and count_entries() == 0
    retype(qtbot, spin, "")  # emptied: the word for nothing, as before
    retype(qtbot, dialog.ui.tirednessSpin, "4")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (entry,) = entries_between(None, None)
    assert entry.scores["pain"] is None and entry.oxygen_saturation is None
    assert entry.pulse_bpm is None and entry.scores["tiredness"] == 4
