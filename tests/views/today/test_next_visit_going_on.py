"""Today's visit line beside the calendar: a visit going on is named (not skipped for next
week's), and an all-day visit is said to be all day (not "12:00 AM")."""

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel

from caregiver_app.store.calendar import recurrence, time_zones
from caregiver_app.store.calendar.appointments import save_appointment
from caregiver_app.store.calendar.records import AppointmentRecord
from caregiver_app.views.signals import AppSignals
from caregiver_app.views.today.today_page import TodayPage

MONDAY = date(2027, 3, 1)


@pytest.fixture(autouse=True)
def utc(monkeypatch):
    monkeypatch.setattr(time_zones, "local_zone_name", lambda: "UTC")


def _line(qtbot, now: datetime) -> str:
    page = TodayPage(AppSignals(), QUndoStack())
    page.clock = lambda: now
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    shown = page.findChild(QLabel, "nextAppointment").text()
    return shown.replace("\u202f", " ")  # the locale's narrow space before AM and PM


def test_an_infusion_going_on_is_named_until_it_ends(store, qtbot):
    start = datetime.combine(MONDAY, time(10, 0))
    save_appointment(
        AppointmentRecord(
            "Infusion",
            start,
            kind="infusion",
            ends_at=start + timedelta(hours=5),
            rrule=recurrence.simple_rule("every_3_weeks", count=4),
        )
    )
    assert _line(qtbot, start - timedelta(minutes=5)) == (
        "Next appointment: Infusion, 3/1/2027 10:00 AM"
    )
    # A minute in, and until its end: the infusion, not the one three weeks on.
    assert _line(qtbot, start + timedelta(minutes=1)) == "Going on now: Infusion, until 3:00 PM"
    assert _line(qtbot, start + timedelta(hours=4, minutes=59)).startswith("Going on now: ")
    assert _line(qtbot, start + timedelta(hours=5)) == (
        "Next appointment: Infusion, 3/22/2027 10:00 AM"
    )


def test_a_visit_across_midnight_says_the_day_it_ends(store, qtbot):
    start = datetime.combine(MONDAY, time(22, 0))
    save_appointment(AppointmentRecord("Sleep study", start, ends_at=start + timedelta(hours=9)))
    assert _line(qtbot, start + timedelta(hours=1)) == (
        "Going on now: Sleep study, until Tue Mar 2 7:00 AM"
    )
    assert _line(qtbot, start + timedelta(hours=3)) == "Going on now: Sleep study, until 7:00 AM"


def test_an_all_day_visit_is_all_day_not_at_midnight(store, qtbot):
    save_appointment(
        AppointmentRecord(
            "Radiation planning",
            datetime.combine(MONDAY, time()),
            all_day=True,
            last_day=MONDAY + timedelta(days=2),
        )
    )
    expected = "Next appointment: Radiation planning, Monday, March 1, 2027, All day, until "
    assert _line(qtbot, datetime.combine(MONDAY, time()) - timedelta(hours=3)).startswith(expected)
    # On its second day it is still the visit of the day.
    assert _line(qtbot, datetime.combine(MONDAY, time(15, 0)) + timedelta(days=1)).startswith(
        expected
    )
