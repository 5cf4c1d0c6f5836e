"""An appointment typed at a time the clocks skip or repeat, by keys and clicks: the form says
what will happen, and the calendar, a calendar file, a series and the phones agree on it."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt

from caregiver_app.services.calendar.ics_export import calendar_bytes
from caregiver_app.services.calendar.ics_import import read_ics
from caregiver_app.store.calendar import time_zones
from caregiver_app.store.calendar.appointments import list_appointments, save_appointment
from caregiver_app.store.calendar.occurrences import occurrences_between
from caregiver_app.store.calendar.records import AppointmentRecord
from tests.helpers.keys import retype, type_date_as_hinted, type_time_as_shown
from tests.helpers.locales import LOCALES

LEFT = Qt.MouseButton.LeftButton
NEW_YORK_FORWARD = date(2027, 3, 14)  # 2:00 becomes 3:00
MADRID_FORWARD = date(2027, 3, 28)
NEW_YORK_BACK = date(2027, 11, 7)  # 2:00 becomes 1:00 again: 1:30 happens twice


@pytest.fixture(autouse=True)
def _computer_in_utc(monkeypatch):
    """This computer is in UTC, so every visit is converted for showing (where the end used
    to come before the start)."""
    monkeypatch.setattr(time_zones, "local_zone_name", lambda: "UTC")


def _dialog(make_window, qtbot, locale: str = "en_US"):
    window = make_window()
    QLocale.setDefault(LOCALES[locale])
    window.tabs.setCurrentWidget(window.calendar_tab)
    window.show()
    qtbot.waitExposed(window)
    tab = window.calendar_tab
    qtbot.mouseClick(tab.new_button, LEFT)
    dialog = tab.appointment_dialog
    qtbot.waitExposed(dialog)
    return dialog


def _type(qtbot, dialog, day: date, start: time, end: time, zone: str) -> None:
    ui = dialog.ui
    retype(qtbot, ui.titleEdit, "Palliative care review")
    retype(qtbot, ui.timezoneCombo.lineEdit(), zone)
    type_date_as_hinted(qtbot, ui.startDateEdit, day)
    type_time_as_shown(qtbot, ui.startTimeEdit, start)
    type_date_as_hinted(qtbot, ui.endDateEdit, day)
    type_time_as_shown(qtbot, ui.endTimeEdit, end)


def _visits(day: date):
    low = datetime.combine(day, time()) - timedelta(days=1)
    return occurrences_between(low, low + timedelta(days=3))


@pytest.mark.parametrize(
    ("zone", "day", "utc_start"),
    [
        ("America/New_York", NEW_YORK_FORWARD, datetime(2027, 3, 14, 7, 30)),
        ("Europe/Madrid", MADRID_FORWARD, datetime(2027, 3, 28, 1, 30)),
    ],
)
def test_a_time_the_clocks_skip_is_said_at_the_field_and_saved_an_hour_later(
    store, make_window, qtbot, typing_locale, zone, day, utc_start
):
    dialog = _dialog(make_window, qtbot, typing_locale)
    _type(qtbot, dialog, day, time(2, 30), time(3, 0), zone)
    note = dialog.ui.startNote
    assert note.isVisible() and note.text().count(":30") >= 2
    if typing_locale == "en_US":
        assert note.text() == (
            "The clocks go forward that night, so 2:30\u202fAM does not happen: the "
            "appointment will be at 3:30\u202fAM, until 4:00\u202fAM."
        )
    assert dialog.ui.startTimeEdit.accessibleDescription() == note.text()
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    (saved,) = list_appointments()
    assert (saved.starts_at, saved.ends_at) == (
        datetime.combine(day, time(3, 30)),
        datetime.combine(day, time(4, 0)),  # the half hour typed, from 3:30
    )
    (visit,) = _visits(day)
    assert (visit.local_start, visit.local_end) == (utc_start, utc_start + timedelta(minutes=30))


def test_an_end_alone_in_the_gap_ends_when_the_clocks_say(store, make_window, qtbot):
    dialog = _dialog(make_window, qtbot)
    _type(qtbot, dialog, NEW_YORK_FORWARD, time(1, 30), time(2, 30), "America/New_York")
    assert dialog.ui.startNote.text() == (
        "The clocks go forward that night, so 2:30\u202fAM does not happen: the "
        "appointment will end at 3:30\u202fAM."
    )
    qtbot.mouseClick(dialog.save_button, LEFT)
    (saved,) = list_appointments()
    assert saved.ends_at == datetime(2027, 3, 14, 3, 30)
    (visit,) = _visits(NEW_YORK_FORWARD)
    assert visit.local_end - visit.local_start == timedelta(hours=1)  # as much as it lasts


def test_no_note_on_an_ordinary_night_or_all_day(store, make_window, qtbot):
    dialog = _dialog(make_window, qtbot)
    _type(qtbot, dialog, NEW_YORK_FORWARD, time(2, 30), time(3, 0), "Europe/Madrid")
    assert dialog.ui.startNote.isHidden()  # Madrid changes two weeks later
    retype(qtbot, dialog.ui.timezoneCombo.lineEdit(), "America/New_York")
    assert not dialog.ui.startNote.isHidden()
    dialog.ui.allDayCheck.setFocus()
    qtbot.keyClick(dialog.ui.allDayCheck, Qt.Key.Key_Space)
    assert dialog.ui.startNote.isHidden()


def test_the_repeated_hour_is_the_first_one_with_the_length_typed(store, make_window, qtbot):
    dialog = _dialog(make_window, qtbot)
    _type(qtbot, dialog, NEW_YORK_BACK, time(1, 30), time(1, 50), "America/New_York")
    assert dialog.ui.startNote.isHidden()
    qtbot.mouseClick(dialog.save_button, LEFT)
    (saved,) = list_appointments()
    assert (saved.starts_at, saved.ends_at) == (
        datetime(2027, 11, 7, 1, 30),
        datetime(2027, 11, 7, 1, 50),
    )
    (visit,) = _visits(NEW_YORK_BACK)
    # The first 1:30 (daylight time, UTC-4), lasting the 20 minutes typed.
    assert (visit.local_start, visit.local_end) == (
        datetime(2027, 11, 7, 5, 30),
        datetime(2027, 11, 7, 5, 50),
    )
    exported = calendar_bytes(list_appointments())
    assert b"DTSTART;TZID=America/New_York:20271107T013000" in exported
    assert b"DTEND;TZID=America/New_York:20271107T015000" in exported


# ---------------------------------------------------------------- files, series, phones


def _event(lines: str, calendar: str = "") -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n" + calendar + "BEGIN:VEVENT\r\n"
        "UID:gap-1@example.org\r\nSUMMARY:Infusion\r\n" + lines + "END:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


def test_an_imported_event_in_the_gap_is_at_the_time_it_is(store):
    parsed = read_ics(
        _event(
            "DTSTART;TZID=America/New_York:20270314T023000\r\n"
            "DTEND;TZID=America/New_York:20270314T033000\r\n"
        )
    )
    (item,) = parsed.appointments
    assert (item.record.starts_at, item.record.ends_at) == (
        datetime(2027, 3, 14, 3, 30),
        datetime(2027, 3, 14, 4, 30),
    )


def test_an_event_written_in_utc_at_the_second_1_30_stays_at_its_moment(store):
    # Google writes UTC: 06:30Z is the second 1:30 in New York (standard time, UTC-5).
    parsed = read_ics(
        _event(
            "DTSTART:20271107T063000Z\r\nDTEND:20271107T070000Z\r\n",
            "X-WR-TIMEZONE:America/New_York\r\n",
        )
    )
    (item,) = parsed.appointments
    save_appointment(item.record)
    (visit,) = _visits(NEW_YORK_BACK)
    assert (visit.local_start, visit.local_end) == (
        datetime(2027, 11, 7, 6, 30),
        datetime(2027, 11, 7, 7, 0),
    )


def test_a_weekly_series_across_the_gap_is_at_the_time_it_is_that_week(store):
    first = datetime(2027, 3, 7, 2, 30)
    save_appointment(
        AppointmentRecord(
            "Oxygen delivery",
            first,
            ends_at=first + timedelta(minutes=45),
            timezone="America/New_York",
            rrule="FREQ=WEEKLY;COUNT=3",
        )
    )
    low = datetime(2027, 3, 1)
    visits = occurrences_between(low, low + timedelta(days=30))
    assert [(v.record.starts_at, v.record.ends_at) for v in visits] == [
        (datetime(2027, 3, 7, 2, 30), datetime(2027, 3, 7, 3, 15)),
        (datetime(2027, 3, 14, 3, 30), datetime(2027, 3, 14, 4, 15)),
        (datetime(2027, 3, 21, 2, 30), datetime(2027, 3, 21, 3, 15)),
    ]
    assert all(v.local_end - v.local_start == timedelta(minutes=45) for v in visits)
    utc = [time_zones.to_utc(v.record.starts_at, "America/New_York") for v in visits]
    assert utc[1] == datetime(2027, 3, 14, 7, 30, tzinfo=UTC)


def test_the_phones_and_the_export_get_the_time_it_is(store):
    from caregiver_app.services.phones.events import read_event, render_events

    incoming = read_event(
        _event(
            "DTSTART;TZID=Europe/Madrid:20270328T021500\r\n"
            "DTEND;TZID=Europe/Madrid:20270328T024500\r\n"
        )
    )
    save_appointment(incoming.record)
    (saved,) = list_appointments()
    assert (saved.starts_at, saved.ends_at) == (
        datetime(2027, 3, 28, 3, 15),
        datetime(2027, 3, 28, 3, 45),
    )
    (sent,) = render_events([saved], "all")
    assert b"DTSTART;TZID=Europe/Madrid:20270328T031500" in sent.data
    assert b"DTEND;TZID=Europe/Madrid:20270328T034500" in sent.data
