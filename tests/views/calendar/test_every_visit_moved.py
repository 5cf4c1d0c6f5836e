"""Every visit of a series moved to 3 pm by typing: the visit the family deleted stays
deleted, and the one they moved stays where they put it, with its note."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest

from caregiver_app.store.calendar import time_zones
from caregiver_app.store.calendar.appointments import list_appointments, save_appointment
from caregiver_app.store.calendar.occurrences import occurrences_between
from caregiver_app.store.calendar.records import AppointmentRecord, OccurrenceChange
from caregiver_app.store.calendar.series import cancel_occurrence, change_occurrence
from tests.helpers.keys import type_time_as_shown
from tests.views.calendar.test_appointment_typing import SOON, _calendar, _save, _scope


@pytest.fixture(autouse=True)
def utc(monkeypatch):
    monkeypatch.setattr(time_zones, "local_zone_name", lambda: "UTC")


def test_every_visit_at_a_typed_time_keeps_the_visits_changed_one_by_one(
    store, make_window, qtbot, typing_locale
):
    start = datetime.combine(SOON, time(14, 0))
    week = timedelta(weeks=1)
    series = save_appointment(
        AppointmentRecord(
            "Video visit", start, "telehealth", start + timedelta(minutes=30),
            rrule="FREQ=WEEKLY;COUNT=4",
        )
    )  # fmt: skip
    cancel_occurrence(series, start + week)
    morning = start + 2 * week - timedelta(hours=4)
    change_occurrence(
        series,
        OccurrenceChange(
            start + 2 * week, starts_at=morning, ends_at=morning + timedelta(hours=1),
            notes="Transport only in the morning.",
        ),
    )  # fmt: skip
    tab = _calendar(make_window, qtbot, typing_locale)
    dialog = _scope(qtbot, tab, SOON, "All visits")
    type_time_as_shown(qtbot, dialog.ui.startTimeEdit, time(15, 0))
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    low = datetime.combine(SOON, time())
    visits = [
        (o.record.starts_at, o.record.notes)
        for o in occurrences_between(low, low + timedelta(days=40))
    ]
    three = timedelta(hours=1)
    # Was: four visits at 3 pm, the deleted one back and the morning visit's note gone.
    assert visits == [
        (start + three, ""),
        (morning, "Transport only in the morning."),
        (start + 3 * week + three, ""),
    ]
    assert len(list_appointments()) == 1
