"""The appointment form shows a time zone as people read it ("New York", "UTC"), as the
Today page's "Times are New York time" line does, and keeps the zone's name.

Before, the form showed "America/New_York" or "Etc/UTC".
"""

from __future__ import annotations

from datetime import time

from caregiver_app.store.calendar.appointments import list_appointments
from tests.helpers.keys import retype
from tests.helpers.time_zone import NEW_YORK, home_away, local_time_zone
from tests.views.calendar.test_appointment_typing import SOON, _calendar, _new, _save, _times


def test_the_home_zone_shows_by_its_place_and_another_place_is_typed(store, make_window, qtbot):
    with home_away():
        dialog = _new(qtbot, _calendar(make_window, qtbot))
        zone = dialog.ui.timezoneCombo
        assert zone.currentText() == "New York"
        _times(qtbot, dialog, SOON, time(10), time(11))
        retype(qtbot, zone.lineEdit(), "Chicago")
        _save(qtbot, dialog)
    (saved,) = list_appointments()
    assert saved.timezone == "America/Chicago"


def test_utc_shows_as_utc_and_is_kept_when_left_as_it_is(store, make_window, qtbot):
    with local_time_zone("Etc/UTC"):
        dialog = _new(qtbot, _calendar(make_window, qtbot))
        assert dialog.ui.timezoneCombo.currentText() == "UTC"
        _times(qtbot, dialog, SOON, time(10), time(11))
        _save(qtbot, dialog)
    (saved,) = list_appointments()
    assert saved.timezone == "Etc/UTC"


def test_a_zone_kept_under_its_full_name_is_still_understood(store, make_window, qtbot):
    dialog = _new(qtbot, _calendar(make_window, qtbot))
    _times(qtbot, dialog, SOON, time(10), time(11))
    retype(qtbot, dialog.ui.timezoneCombo.lineEdit(), NEW_YORK)
    _save(qtbot, dialog)
    (saved,) = list_appointments()
    assert saved.timezone == NEW_YORK
