"""The Today page as a test shows it: on its own, 900 by 700, laid out and read."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtGui import QUndoStack

from caregiver_app.views.signals import AppSignals
from caregiver_app.views.today.today_page import TodayPage


def shown_today_page(qtbot, clock: Callable[[], datetime] | None = None) -> TodayPage:
    """A Today page shown and refreshed; on the app's own clock unless ``clock`` is given."""
    page = TodayPage(AppSignals(), QUndoStack())
    if clock is not None:
        page.clock = clock
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    return page


def dose_row(page: TodayPage, scheduled_for: datetime):
    """The page's row of the dose due at ``scheduled_for``."""
    return next(row for row in page.rows if row.slot.scheduled_for == scheduled_for)
