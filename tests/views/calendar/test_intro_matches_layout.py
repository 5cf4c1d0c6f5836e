"""The calendar's introduction says where things are as the tab shows them: the month and
the agenda side by side, so no language may call the month "above" and the agenda "below"."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from tests.helpers.large_text import window_at

ABOVE_BELOW = ("上方", "下方", "arriba", "abajo", "above", "below")


def test_the_intro_does_not_put_the_month_above_the_agenda(
    store, make_window, qtbot, each_language
):
    window = window_at(make_window, qtbot, 200, tab="calendar_tab")
    window.resize(1366, 768)
    tab = window.calendar_tab
    for _ in range(3):
        QApplication.processEvents()
    month, agenda = tab.month, tab.agenda_stack
    month_at = month.mapTo(window, QPoint(0, 0))
    agenda_at = agenda.mapTo(window, QPoint(0, 0))
    assert agenda_at.x() >= month_at.x() + month.width()  # beside it, not under it
    # Was, in Chinese: "上方是整月……下方是所选那天的就诊" (the month above, the day below).
    intro = tab.intro.text()
    assert not [word for word in ABOVE_BELOW if word in intro], intro
