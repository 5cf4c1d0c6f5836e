"""In Spanish at 200% text, the diary's rows of buttons wrap instead of widening the page.

Before, the Entries row (five buttons in one row) made the whole Symptom diary tab wider
than a 1100-pixel window: every section scrolled sideways, its sentences ran off the right
edge, and the Medicines section's last button was cut off.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from tests.helpers.dialog_keys import start_in
from tests.helpers.large_text import window_at


@pytest.mark.parametrize("section", [0, 2, 3])  # Entries, Medicines, Breakthrough doses
def test_the_diary_does_not_scroll_sideways_at_twice_the_text(
    store, make_window, data_dir, qtbot, section
):
    start_in(data_dir, "es")
    window = window_at(make_window, qtbot, 200, tab="diary_tab")
    window.resize(1100, 750)
    diary = window.diary_tab
    bar = diary.sections.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(section).center())
    for _ in range(3):
        QApplication.processEvents()
    scroll = next(
        area
        for area in window.findChildren(QScrollArea)
        if area.isVisible() and area.isAncestorOf(diary.sections)
    )
    assert scroll.horizontalScrollBar().maximum() == 0
    page = diary.sections.currentWidget()
    assert page.width() <= scroll.viewport().width()
