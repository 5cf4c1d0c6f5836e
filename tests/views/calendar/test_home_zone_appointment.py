"""A visit typed on a laptop in Los Angeles for a record whose home time zone is New York:
booked in New York's zone, at the time typed, and shown at that time."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QLocale

from caregiver_app.store.calendar.appointments import list_appointments
from caregiver_app.store.home_clock import home_today
from tests.helpers.locales import LOCALES
from tests.helpers.time_zone import NEW_YORK, home_away
from tests.views.calendar.test_appointment_typing import _new, _save, _times


def test_a_visit_typed_at_10_is_booked_in_new_york_and_shown_at_10(store, make_window, qtbot):
    with home_away():
        day = home_today() + timedelta(days=3)
        window = make_window()
        QLocale.setDefault(LOCALES["en_US"])
        window.tabs.setCurrentWidget(window.calendar_tab)
        window.show()
        qtbot.waitExposed(window)
        tab = window.calendar_tab
        tab.go_to(day)
        dialog = _new(qtbot, tab)
        # Before: this laptop's zone, Los Angeles, and the visit three hours late.
        assert dialog.ui.timezoneCombo.currentText() == "New York"
        _times(qtbot, dialog, day, time(10), time(11))
        _save(qtbot, dialog)
        (saved,) = list_appointments()
        assert (saved.starts_at, saved.timezone) == (datetime.combine(day, time(10)), NEW_YORK)
        details = tab.details.toPlainText().replace("\u202f", " ")
        assert "10:00 AM" in details
        assert "this computer's zone" not in details


def test_a_new_home_zone_saved_in_the_profile_moves_the_calendar_at_once(store, make_window, qtbot):
    from PySide6.QtCore import Qt

    from caregiver_app.store.calendar.appointments import save_appointment
    from caregiver_app.store.calendar.records import AppointmentRecord

    with home_away():
        day = home_today() + timedelta(days=3)
        # A visit booked in Chicago's zone: 10:00 there is 11:00 in New York, 8:00 in LA.
        starts = datetime.combine(day, time(10))
        save_appointment(
            AppointmentRecord(title="Scan", starts_at=starts, timezone="America/Chicago")
        )
        window = make_window()
        QLocale.setDefault(LOCALES["en_US"])
        window.tabs.setCurrentWidget(window.calendar_tab)
        window.show()
        qtbot.waitExposed(window)
        tab = window.calendar_tab
        tab.go_to(day)
        assert "11:00 AM" in tab.details.toPlainText().replace("\u202f", " ")
        # The family moved to Los Angeles: the home zone is changed in the profile.
        dialog = window.edit_profile()
        qtbot.waitExposed(dialog)
        combo = dialog.ui.homeZoneCombo
        combo.setFocus()
        qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(combo.lineEdit(), "America/Los_Angeles")
        popup = combo.completer().popup()
        if popup.isVisible():
            qtbot.keyClick(popup, Qt.Key.Key_Escape)
        qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Tab)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        # Before: the calendar kept New York's 11:00 until something else refreshed it.
        details = tab.details.toPlainText().replace("\u202f", " ")
        assert "8:00 AM" in details and "11:00 AM" not in details
        assert window.zone_status.text() == ""  # home and this laptop agree now
        # Nothing stored is rewritten: still 10:00 in Chicago.
        (saved,) = list_appointments()
        assert (saved.starts_at, saved.timezone) == (starts, "America/Chicago")
