"""A tracker added again in another letter case is the same tracker, not a second row.

Typed "cough" in Add tracker while "Cough" was followed, the form showed two rows for one
tracker; scoring both made Save fail with "check that the disk is not full".
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

from caregiver_app.store.diary.entries import (
    EntryRecord,
    add_tracker,
    count_entries,
    entries_between,
    list_trackers,
    save_entry,
)
from caregiver_app.store.errors import InvalidValueError
from tests.helpers.keys import retype

LEFT = Qt.MouseButton.LeftButton


def _type_into_the_question(qtbot, name: str) -> None:
    """Answer the "Follow another symptom" question by keyboard when it opens."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QInputDialog):
            QTimer.singleShot(10, answer)
            return
        line = box.findChild(QLineEdit)
        qtbot.keyClicks(line, name)
        qtbot.keyClick(line, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)


def test_a_tracker_typed_in_another_case_scores_the_tracker_already_there(
    store, make_window, qtbot
):
    add_tracker("Cough")
    tab = make_window().diary_tab
    dialog = tab.new_entry()
    qtbot.waitExposed(dialog)
    _type_into_the_question(qtbot, "cough")
    qtbot.mouseClick(dialog.ui.addTrackerButton, LEFT)
    assert list(dialog.tracker_spins) == ["Cough"]  # one row, under the name kept
    spin = dialog.tracker_spins["Cough"]
    assert dialog.focusWidget() is spin
    retype(qtbot, spin, "5")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible(), dialog.error_label.text()
    (entry,) = entries_between(None, None)
    assert entry.trackers == {"Cough": 5}
    assert list_trackers() == ["Cough"]


@pytest.mark.parametrize(
    ("kept", "other"),
    [("Cough", "cough"), ("Cough", " COUGH "), ("Cr\u00e8me", "cre\u0300me")],  # è whole, e + mark
)
def test_two_spellings_of_one_tracker_are_refused_naming_it(store, kept, other):
    record = EntryRecord(recorded_at=datetime(2026, 11, 20, 9, 0), trackers={kept: 3, other: 6})
    with pytest.raises(InvalidValueError) as refused:
        save_entry(record)
    assert "is scored twice; keep one score for it." in str(refused.value)
    assert count_entries() == 0
