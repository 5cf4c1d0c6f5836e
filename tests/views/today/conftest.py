"""The Today page on a small record, at 2 PM on a Tuesday, for the page's and dialog's tests."""

from datetime import datetime

import pytest
from PySide6.QtGui import QUndoStack

from caregiver_app.views.signals import AppSignals
from caregiver_app.views.today.today_page import TodayPage
from tests.helpers.time_zone import NEW_YORK, local_time_zone
from tests.services.medication.test_today import NOW, _record

DAY_START = datetime(2026, 12, 1)


@pytest.fixture
def page(store, qtbot):
    """The Today page at 2 PM on a Tuesday, on a small record."""
    ids = _record()
    signals = AppSignals()
    stack = QUndoStack()
    widget = TodayPage(signals, stack)
    widget.clock = lambda: NOW
    widget.ids = ids
    widget.stack = stack
    widget.changes = []
    signals.doses_changed.connect(lambda: widget.changes.append("doses"))
    signals.medicines_changed.connect(lambda: widget.changes.append("medicines"))
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    return widget


@pytest.fixture
def new_york():
    """Local time is New York's, with its daylight saving changes."""
    with local_time_zone(NEW_YORK):
        yield
