"""Year 9999 typed as the start of an appointment: one sentence at the start, nothing saved,
and the form goes on working (the end follows the next start typed)."""

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt

from caregiver_app.store.calendar import time_zones
from caregiver_app.store.calendar.appointments import list_appointments
from tests.helpers.keys import retype, type_date_as_hinted, type_time_as_shown
from tests.helpers.locales import LOCALES

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def utc(monkeypatch):
    monkeypatch.setattr(time_zones, "local_zone_name", lambda: "UTC")


def test_a_start_in_year_9999_is_refused_at_the_start(store, make_window, qtbot):
    window = make_window()
    QLocale.setDefault(LOCALES["en_US"])
    window.tabs.setCurrentWidget(window.calendar_tab)
    window.show()
    qtbot.waitExposed(window)
    qtbot.mouseClick(window.calendar_tab.new_button, LEFT)
    dialog = window.calendar_tab.appointment_dialog
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    retype(qtbot, ui.titleEdit, "Scan")
    type_time_as_shown(qtbot, ui.startTimeEdit, time(23, 30))
    # The end follows the start an hour later: in 9999 that is past the last day there is.
    retype(qtbot, ui.startDateEdit, "12/31/9999")
    qtbot.keyClick(ui.startDateEdit.line, Qt.Key.Key_Tab)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible() and list_appointments() == []
    assert ui.startError.text() == "Choose a date between 1900 and 2200."
    assert not ui.endError.isVisible()  # not "The end must be after the start."
    day = date.today() + timedelta(days=5)
    type_date_as_hinted(qtbot, ui.startDateEdit, day)
    assert ui.endDateEdit.value() == day + timedelta(days=1)  # the end follows again
    assert ui.endTimeEdit.value() == time(0, 30)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    (saved,) = list_appointments()
    assert (saved.starts_at, saved.ends_at) == (
        datetime.combine(day, time(23, 30)),
        datetime.combine(day + timedelta(days=1), time(0, 30)),
    )
