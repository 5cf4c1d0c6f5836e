"""The Calendar tab through its real widgets: add, repeat, move one date, delete, undo, remind."""

from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton

from caregiver_app.store.calendar import recurrence, time_zones
from caregiver_app.store.calendar.appointments import (
    get_appointment,
    list_appointments,
    save_appointment,
)
from caregiver_app.store.calendar.occurrences import occurrences_between
from caregiver_app.store.calendar.records import AppointmentRecord
from caregiver_app.store.contacts import ContactRecord, save_contact
from tests.helpers.keys import type_date, type_time
from tests.helpers.paths import FIXTURES

TODAY = date.today()
SOON = TODAY + timedelta(days=3)


@pytest.fixture(autouse=True)
def _today_as_the_test_runs():
    """Today read again before each test: the window reads it as it runs, and a run of the
    suite may cross midnight."""
    global TODAY, SOON
    TODAY = date.today()
    SOON = TODAY + timedelta(days=3)


@pytest.fixture(autouse=True)
def utc(monkeypatch):
    monkeypatch.setattr(time_zones, "local_zone_name", lambda: "UTC")


def _type(qtbot, widget, text):
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def _button(box, text):
    return next(b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == text)


def _fill(qtbot, dialog, title, day, hour, minutes=45):
    ui = dialog.ui
    _type(qtbot, ui.titleEdit, title)
    type_date(qtbot, ui.startDateEdit, day)
    type_time(qtbot, ui.startTimeEdit, time(hour, 0))
    type_date(qtbot, ui.endDateEdit, day)
    type_time(qtbot, ui.endTimeEdit, time(hour, minutes))


def _agenda_titles(tab):
    return [o.record.title for o in tab.agenda.occurrences.values()]


def _window(make_window):
    window = make_window()
    window.tabs.setCurrentWidget(window.calendar_tab)
    return window, window.calendar_tab


def test_add_an_appointment_through_the_form(store, make_window, qtbot):
    doctor = save_contact(ContactRecord(name="Dr. Hiroshi Tanaka", role="oncologist"))
    window, tab = _window(make_window)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.appointment_dialog
    ui = dialog.ui
    _fill(qtbot, dialog, "Oncology review", SOON, 10)
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("oncology"))
    _type(qtbot, ui.locationEdit, "Lakeside, 3rd floor")
    ui.participantsList.item(0).setCheckState(Qt.CheckState.Checked)
    ui.driverCombo.setCurrentText("Carmen")
    ui.pickupCheck.setChecked(True)
    type_time(qtbot, ui.pickupTimeEdit, time(9, 15))
    ui.bringEdit.setPlainText("Medicine list")
    dialog.reminder_boxes[60].setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    (saved,) = list_appointments()
    assert (saved.title, saved.kind, saved.starts_at) == (
        "Oncology review",
        "oncology",
        datetime.combine(SOON, time(10, 0)),
    )
    assert saved.ends_at == datetime.combine(SOON, time(10, 45))
    assert saved.participant_ids == [doctor] and saved.reminders == (1440, 120, 60)
    assert (saved.driver, saved.pickup_time, saved.bring) == (
        "Carmen",
        time(9, 15),
        "Medicine list",
    )
    # The month marks the day; the agenda shows it, selected, with its details.
    assert tab.month.selectedDate() == QDate(SOON)
    assert tab.month.dateTextFormat(QDate(SOON)).fontWeight() == 700
    assert tab.month.dateTextFormat(QDate(SOON + timedelta(days=1))).fontWeight() != 700
    assert _agenda_titles(tab) == ["Oncology review"]
    details = tab.details.toPlainText()
    assert "Dr. Hiroshi Tanaka" in details and "Carmen drives; pick-up at" in details
    assert "Undo" in window.actions_by_name["undo"].text()


def test_wrong_values_are_shown_at_their_field_and_nothing_is_lost(store, make_window, qtbot):
    _, tab = _window(make_window)
    dialog = tab.new_appointment()
    ui = dialog.ui
    _fill(qtbot, dialog, "", SOON, 10)
    type_time(qtbot, ui.endTimeEdit, time(9, 0))
    ui.timezoneCombo.setCurrentText("Nowhere/Special")
    _type(qtbot, ui.videoLinkEdit, "not a link")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert ui.titleError.isVisible() and "title" in ui.titleError.text()
    assert ui.endError.isVisible() and "after the start" in ui.endError.text()
    assert ui.timezoneError.isVisible() and "Nowhere/Special" in ui.timezoneError.text()
    assert ui.videoLinkError.isVisible()
    assert list_appointments() == []
    _type(qtbot, ui.titleEdit, "Scan")
    type_time(qtbot, ui.endTimeEdit, time(11, 0))
    ui.timezoneCombo.setCurrentText("Europe/Berlin")
    ui.videoLinkEdit.clear()
    ui.allDayCheck.setChecked(True)
    type_date(qtbot, ui.endDateEdit, SOON - timedelta(days=1))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert ui.endError.isVisible() and "last day" in ui.endError.text()
    type_date(qtbot, ui.endDateEdit, SOON + timedelta(days=1))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    (saved,) = list_appointments()
    assert saved.all_day and saved.last_day == SOON + timedelta(days=1) and saved.timezone == ""
    assert tab.month.dateTextFormat(QDate(SOON + timedelta(days=1))).fontWeight() == 700


def _weekly_through_the_form(qtbot, tab, count=4):
    dialog = tab.new_appointment()
    ui = dialog.ui
    _fill(qtbot, dialog, "Video visit", SOON, 14, 30)
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("telehealth"))
    ui.repeatCombo.setCurrentIndex(ui.repeatCombo.findData("weekly"))
    ui.repeatEndCombo.setCurrentIndex(ui.repeatEndCombo.findData("count"))
    ui.countSpin.setValue(count)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    (series,) = list_appointments()
    return series


def _visits(title="Video visit"):
    low = datetime.combine(TODAY, time())
    return [
        o.record.starts_at
        for o in occurrences_between(low, low + timedelta(days=60))
        if o.record.title.startswith(title)
    ]


def test_a_weekly_series_move_one_date_and_undo(store, make_window, qtbot):
    window, tab = _window(make_window)
    series = _weekly_through_the_form(qtbot, tab)
    assert series.rrule == "FREQ=WEEKLY;COUNT=4"
    weeks = [datetime.combine(SOON + timedelta(weeks=n), time(14, 0)) for n in range(4)]
    assert _visits() == weeks
    second = SOON + timedelta(weeks=1)
    for offset in range(4):
        assert tab.month.dateTextFormat(QDate(SOON + timedelta(weeks=offset))).fontWeight() == 700

    tab.go_to(second)
    assert tab.agenda.current_occurrence().original_start == weeks[1]
    box = tab.edit_selected()
    assert "repeats" in box.text()
    qtbot.mouseClick(_button(box, "Only this visit"), Qt.MouseButton.LeftButton)
    dialog = tab.appointment_dialog
    assert not dialog.ui.repeatCombo.isEnabled()  # the repeats belong to the whole series
    type_date(qtbot, dialog.ui.startDateEdit, second + timedelta(days=1))
    type_time(qtbot, dialog.ui.startTimeEdit, time(9, 0))
    _type(qtbot, dialog.ui.titleEdit, "Video visit (moved)")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    moved = datetime.combine(second + timedelta(days=1), time(9, 0))
    assert _visits() == [weeks[0], moved, weeks[2], weeks[3]]
    assert tab.month.dateTextFormat(QDate(second)).fontWeight() != 700
    assert tab.month.dateTextFormat(QDate(second + timedelta(days=1))).fontWeight() == 700
    assert len(list_appointments()) == 1  # one series, not one row per visit

    window.actions_by_name["undo"].trigger()
    assert _visits() == weeks
    window.actions_by_name["redo"].trigger()
    assert _visits() == [weeks[0], moved, weeks[2], weeks[3]]


def test_delete_this_and_following_then_undo(store, make_window, qtbot):
    window, tab = _window(make_window)
    series = _weekly_through_the_form(qtbot, tab)
    weeks = _visits()
    tab.go_to(SOON + timedelta(weeks=2))
    box = tab.delete_selected()
    qtbot.mouseClick(_button(box, "This and following"), Qt.MouseButton.LeftButton)
    assert _visits() == weeks[:2]
    assert tab.month.dateTextFormat(QDate(SOON + timedelta(weeks=2))).fontWeight() != 700
    window.actions_by_name["undo"].trigger()
    assert _visits() == weeks
    tab.go_to(SOON)
    box = tab.delete_selected()
    qtbot.mouseClick(_button(box, "Only this visit"), Qt.MouseButton.LeftButton)
    assert _visits() == weeks[1:]
    tab.go_to(SOON + timedelta(weeks=1))
    box = tab.delete_selected()
    qtbot.mouseClick(_button(box, "All visits"), Qt.MouseButton.LeftButton)
    assert get_appointment(series.id) is None and _visits() == []
    window.actions_by_name["undo"].trigger()
    assert _visits() == weeks[1:]


def test_edit_this_and_following_starts_a_new_series(store, make_window, qtbot):
    _, tab = _window(make_window)
    _weekly_through_the_form(qtbot, tab)
    tab.go_to(SOON + timedelta(weeks=2))
    dialog = tab.edit_scope(tab.agenda.current_occurrence(), "following")
    assert dialog.ui.countSpin.value() == 2  # what is left of the four
    type_time(qtbot, dialog.ui.startTimeEdit, time(16, 0))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [v.time() for v in _visits()] == [time(14, 0), time(14, 0), time(16, 0), time(16, 0)]
    assert len(list_appointments()) == 2


def test_today_next_and_the_agenda_of_the_coming_weeks(store, make_window, qtbot):
    save_appointment(
        AppointmentRecord(
            title="Blood tests", kind="lab", starts_at=datetime.combine(SOON, time(8))
        )
    )
    save_appointment(
        AppointmentRecord(
            title="Scan",
            kind="imaging",
            starts_at=datetime.combine(SOON + timedelta(days=9), time(8)),
        )
    )
    window, tab = _window(make_window)
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    tab.go_today()
    assert tab.agenda.topLevelItem(0).text(0).startswith("Today")
    assert "Nothing booked on this day." in tab.agenda.topLevelItem(0).child(0).text(0)
    assert _agenda_titles(tab) == ["Blood tests", "Scan"]  # the next four weeks
    tab.agenda.setFocus()
    qtbot.keyClick(tab.agenda, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert tab.month.selectedDate() == QDate(SOON)
    assert tab.agenda.current_occurrence().record.title == "Blood tests"
    qtbot.keyClick(tab.agenda, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert tab.agenda.current_occurrence().record.title == "Scan"
    qtbot.keyClick(tab.agenda, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert tab.month.selectedDate() == QDate(TODAY)
    window.actions_by_name["newAppointment"].trigger()
    assert tab.appointment_dialog.isVisible()
    assert window.actions_by_name["newAppointment"].shortcut().toString() == "Ctrl+Shift+A"
    tab.appointment_dialog.reject()


def test_a_palliative_visit_offers_the_oncology_day(store, make_window, qtbot):
    oncology_day = SOON + timedelta(days=2)
    save_appointment(
        AppointmentRecord(
            title="Oncology review",
            kind="oncology",
            starts_at=datetime.combine(oncology_day, time(10)),
            ends_at=datetime.combine(oncology_day, time(10, 45)),
        )
    )
    _, tab = _window(make_window)
    tab.go_to(SOON)
    dialog = tab.new_appointment()
    assert dialog.ui.sameDayBox.isHidden()
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("palliative_care"))
    assert not dialog.ui.sameDayBox.isHidden()
    (button,) = dialog.same_day.buttons
    assert "Oncology review" in button.accessibleName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialog.ui.startDateEdit.value() == oncology_day
    assert dialog.ui.startTimeEdit.value() == time(10, 45)  # right after the oncology visit
    dialog.reject()


def test_reminders_appear_in_the_window_with_an_injected_clock(store, make_window, qtbot):
    visit = datetime.combine(TODAY + timedelta(days=30), time(9, 0))
    save_appointment(
        AppointmentRecord(
            title="Infusion",
            kind="infusion",
            starts_at=visit,
            location="Lakeside infusion suite",
            driver="Carmen",
            pickup_time=time(8, 15),
        )
    )
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    notifier = window.reminders
    assert not notifier.widget.isVisibleTo(window)
    notifier.clock = lambda: (visit - timedelta(hours=20)).replace(tzinfo=UTC)
    assert len(notifier.check()) == 1  # one reminder due
    assert notifier.widget.isVisibleTo(window)
    text = notifier.banner.text()
    assert "Reminder: Infusion" in text and "Carmen drives; pick-up at" in text
    assert notifier.check() == []  # shown once
    size = notifier.banner.font().pointSizeF()
    window.actions_by_name["textLarger"].trigger()  # the banner follows the text size
    qtbot.waitUntil(lambda: notifier.banner.font().pointSizeF() > size, timeout=2000)
    qtbot.mouseClick(notifier.show_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.calendar_tab
    assert window.calendar_tab.month.selectedDate() == QDate(visit.date())
    qtbot.mouseClick(notifier.dismiss_button, Qt.MouseButton.LeftButton)
    assert not notifier.widget.isVisibleTo(window)
    # Closed over the 2-hour reminder and the visit itself: shown once as missed on start-up.
    window.close()
    again = make_window()
    again.reminders.clock = lambda: (visit + timedelta(hours=2)).replace(tzinfo=UTC)
    (missed,) = again.reminders.check(startup=True)
    assert (
        missed.missed and "Missed while Care Companion was closed" in again.reminders.banner.text()
    )


def test_a_name_in_the_details_opens_the_care_team_tab(store, make_window, qtbot):
    nurse = save_contact(ContactRecord(name="Grace Lindqvist, RN", role="nurse navigator"))
    save_appointment(
        AppointmentRecord(
            title="Check-in",
            starts_at=datetime.combine(SOON, time(11)),
            participant_ids=[nurse],
        )
    )
    window, tab = _window(make_window)
    tab.go_to(SOON)
    assert '<a href="contact:' in tab.details.toHtml()
    tab.details.contact_clicked.emit(nurse)
    assert window.tabs.currentWidget() is window.care_team_tab
    assert window.care_team_tab.selected_ids() == [nurse]


def test_file_menu_imports_and_exports_ics(store, make_window, qtbot, tmp_path):
    window, _ = _window(make_window)
    fixture = FIXTURES / "ics" / "apple.ics"
    box = window.calendar_files.import_file(fixture)
    assert "Imported 2 appointments, updated 0, skipped 0 events" in box.text()
    box.close()
    assert len(list_appointments()) == 2
    junk = tmp_path / "junk.ics"
    junk.write_bytes(b"\x00\x01 not a calendar")
    box = window.calendar_files.import_file(junk)
    assert "not an iCalendar" in box.text()
    box.close()
    target = tmp_path / "out.ics"
    assert window.calendar_files.export_file(target) is None
    assert target.read_bytes().count(b"BEGIN:VEVENT") == 2
    series = next(r for r in list_appointments() if r.rrule)
    assert recurrence.simple_choice(series.rrule) == "monthly"


def test_going_to_a_day_reads_the_visits_once_for_marks_and_agenda(store, make_window, monkeypatch):
    from caregiver_app.views.calendar import calendar_tab as calendar_module

    start = datetime.combine(SOON, time(9, 0))
    save_appointment(
        AppointmentRecord(title="Infusion", starts_at=start, ends_at=start + timedelta(hours=3))
    )
    later = datetime.combine(SOON + timedelta(days=9), time(14, 0))
    save_appointment(AppointmentRecord(title="Scan", starts_at=later))
    _, tab = _window(make_window)
    calls = []
    real = calendar_module.occurrences_between

    def counted(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(calendar_module, "occurrences_between", counted)
    tab.go_to(SOON)
    assert len(calls) == 1
    assert {SOON, SOON + timedelta(days=9)} <= tab.marked_days
    assert _agenda_titles(tab) == ["Infusion", "Scan"]
    assert tab.agenda.current_occurrence().record.title == "Infusion"
    assert tab.details.occurrence.record.title == "Infusion"


def test_a_shown_reminder_is_said_again_in_the_language_chosen(store, make_window, qtbot):
    visit = datetime.combine(TODAY + timedelta(days=30), time(9, 0))
    save_appointment(AppointmentRecord(title="Infusion", starts_at=visit, location="Lakeside"))
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    notifier = window.reminders
    notifier.clock = lambda: (visit - timedelta(hours=20)).replace(tzinfo=UTC)
    notifier.check()
    assert "Reminder: Infusion" in notifier.banner.text()
    window.view_options.language_actions["es"].trigger()  # View > Language > Español
    # Before, the banner kept its English sentences under Spanish buttons.
    qtbot.waitUntil(lambda: "Recordatorio: Infusion" in notifier.banner.text())
    assert "Lakeside" in notifier.banner.text() and "Reminder" not in notifier.banner.text()
    window.view_options.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: "Reminder: Infusion" in notifier.banner.text())
