"""A new record's medicine list says what to do first, until the first medicine is saved.

Before, the Medicines section of a new record showed an empty table under a line about
bringing the list to visits, with nothing saying how to start or that the Today page shows
no doses until a medicine has its times.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from caregiver_app.store.diary.medicines import list_medicines
from tests.helpers.large_text import shown_active


def _medicines_section(window, qtbot):
    shown_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # Symptom diary
    diary = window.diary_tab
    bar = diary.sections.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    assert diary.sections.currentWidget() is diary.medicines
    return diary.medicines


def test_an_empty_list_says_how_to_start_and_goes_once_a_medicine_is_saved(
    store, make_window, qtbot
):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    panel = _medicines_section(window, qtbot)
    hint = panel.empty_hint
    assert hint.isVisible()
    assert hint.text().startswith("No medicines on the list yet. To start, click Add a medicine")

    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # Add a medicine...
    qtbot.waitUntil(lambda: hasattr(panel, "dialog") and isValid(panel.dialog))
    dialog = shown_active(qtbot, panel.dialog)
    qtbot.keyClicks(QApplication.focusWidget(), "Morphine SR")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible())

    assert [medicine.name for medicine in list_medicines()] == ["Morphine SR"]
    assert not hint.isVisible()
