"""An "At the start" reminder while the window is open: shown as a reminder, not as missed.

The window checks each minute, so such a reminder is always shown a few seconds after the
visit began; it was not missed "while Care Companion was closed". Closed over the start,
it was.
"""

from datetime import UTC, date, datetime, time, timedelta

import pytest

from caregiver_app.store.calendar import time_zones
from caregiver_app.store.calendar.appointments import save_appointment
from caregiver_app.store.calendar.records import AppointmentRecord

MISSED = "Missed while Care Companion was closed"


@pytest.fixture(autouse=True)
def utc(monkeypatch):
    monkeypatch.setattr(time_zones, "local_zone_name", lambda: "UTC")


def _visit() -> datetime:
    visit = datetime.combine(date.today() + timedelta(days=30), time(9, 0))
    save_appointment(
        AppointmentRecord(
            title="Radiation",
            kind="radiation",
            starts_at=visit,
            ends_at=visit + timedelta(minutes=20),
            reminders=(0,),
        )
    )
    return visit


def _window(make_window, qtbot):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    return window


def test_at_the_start_with_the_window_open_is_a_reminder(store, make_window, qtbot):
    visit = _visit()
    notifier = _window(make_window, qtbot).reminders
    # The minute's checks fall at :30 past: one before the start, one after it.
    notifier.clock = lambda: (visit - timedelta(seconds=30)).replace(tzinfo=UTC)
    assert notifier.check() == []
    notifier.clock = lambda: (visit + timedelta(seconds=30)).replace(tzinfo=UTC)
    (due,) = notifier.check()
    assert not due.missed
    text = notifier.banner.text()
    assert text.startswith("Reminder: Radiation") and MISSED not in text


def test_at_the_start_while_closed_is_missed(store, make_window, qtbot):
    visit = _visit()
    window = _window(make_window, qtbot)
    window.reminders.clock = lambda: (visit - timedelta(hours=1)).replace(tzinfo=UTC)
    assert window.reminders.check() == []
    window.close()
    again = _window(make_window, qtbot).reminders
    again.clock = lambda: (visit + timedelta(minutes=10)).replace(tzinfo=UTC)
    (due,) = again.check(startup=True)
    assert due.missed and MISSED in again.banner.text()
