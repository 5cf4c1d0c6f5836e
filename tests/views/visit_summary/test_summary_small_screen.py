"""The visit summary window on a small screen (the test screen is 800 x 600), at 100% and
200% text: it stays on the screen, the options get the room the pages can spare, and more
by dragging the border between them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QScrollArea, QSplitter

from tests.helpers.large_text import window_at
from tests.helpers.visit_summary_record import fill_record


@pytest.mark.parametrize("percent", [100, 200])
def test_the_window_fits_the_screen_and_the_options_widen(store, make_window, qtbot, percent):
    fill_record()
    window = window_at(make_window, qtbot, percent)
    window.actions_by_name["visitSummary"].trigger()
    dialog = window.summary_dialog
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    screen = dialog.screen().availableGeometry()
    # Before, options and pages asked for 868 px side by side: past this screen's edge.
    assert dialog.minimumSizeHint().width() <= screen.width()
    assert dialog.width() <= screen.width()

    splitter = dialog.findChild(QSplitter)
    options = dialog.findChild(QScrollArea)
    pages = splitter.widget(1)
    if percent == 200:
        # The options want more than the screen has: they get all but the pages' least.
        assert pages.width() == pages.minimumWidth()
        return
    before = options.width()
    handle = splitter.handle(1)
    middle = QPoint(handle.width() // 2, handle.height() // 2)
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mouseMove(handle, middle + QPoint(60, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=middle + QPoint(60, 0))
    qtbot.waitUntil(lambda: options.width() > before)
    assert pages.width() >= pages.minimumWidth()  # the pages stay in view
