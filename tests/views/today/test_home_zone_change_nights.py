"""The nights New York's clocks change, seen from a laptop in London, which changed a week
earlier (autumn) or changes three weeks later (spring). The clock is set in UTC and moved by
the test, nothing waits."""

from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from caregiver_app.store.diary.doses import doses_between
from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.store.medication.administrations import administrations_between
from caregiver_app.store.medication.schedules import (
    AsNeededRules,
    Schedule,
    save_rules,
    save_schedule,
)
from caregiver_app.views.app import open_settings
from caregiver_app.views.calendar.reminder_notifier import ReminderNotifier
from caregiver_app.views.medication.dose_reminders import DoseReminders
from caregiver_app.views.signals import AppSignals
from caregiver_app.views.today.today_page import TodayPage
from tests.helpers.keys import type_date, type_time
from tests.helpers.time_zone import LONDON, NEW_YORK, frozen_clock, home_away
from tests.helpers.today_page import shown_today_page

# Sunday 1 November 2026: at 2 AM EDT (06:00 UTC) New York's clocks go back to 1 AM, so
# 1:00 to 1:59 comes twice: the first 1:30 is 05:30 UTC, the second 06:30 UTC. London has
# been on UTC since 25 October.
FIRST_PASS = datetime(2026, 11, 1, 5, 0, tzinfo=UTC)  # the first 1:00 AM in New York
NIGHT_BACK = date(2026, 11, 1)
NIGHT = datetime(2026, 11, 1)
# Sunday 8 March 2026: at 2 AM EST (07:00 UTC) New York's clocks go forward to 3 AM.
NIGHT_FORWARD = date(2026, 3, 8)


@pytest.fixture
def tray_messages(monkeypatch):
    """A desktop with a tray: what it was asked to show."""
    from PySide6.QtWidgets import QSystemTrayIcon

    shown: list[str] = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "show", lambda self: None)
    monkeypatch.setattr(
        QSystemTrayIcon, "showMessage", lambda self, title, text, *rest: shown.append(text)
    )
    return shown


def _night_rows(page: TodayPage, night: date):
    return [row for row in page.rows if row.slot.scheduled_for.date() == night]


def _reminders(qtbot, data_dir, clock) -> DoseReminders:
    window = QWidget()
    qtbot.addWidget(window)
    settings = open_settings(data_dir)
    settings.setValue("doseReminders/lastChecked", clock.wall(NEW_YORK).isoformat())
    appointments = ReminderNotifier(window, settings)
    appointments.clock = clock.utc
    QVBoxLayout(window).addWidget(appointments.widget)
    reminders = DoseReminders(window, AppSignals(window), appointments)  # the app's own clock
    reminders.start()
    window.show()
    return reminders


def _one_thirty() -> int:
    morphine = save_medicine(MedicineRecord(name="Morphine ER", strength="15 mg"))
    save_schedule(morphine, Schedule("times", ("01:30",)), datetime(2026, 1, 1))
    return morphine


def test_the_1_30_dose_is_due_once_and_answered_once_the_night_new_york_goes_back(
    store, qtbot, monkeypatch
):
    _one_thirty()
    with home_away(NEW_YORK, LONDON), frozen_clock(monkeypatch, FIRST_PASS) as clock:
        clock.move(minutes=40)  # the first 1:40 in New York, 05:40 in London
        page = shown_today_page(qtbot)
        [row] = _night_rows(page, NIGHT_BACK)
        assert row.label.text().endswith("Due now: not logged")
        clock.move(minutes=30)  # the second 1:10: 40 minutes after it came due
        page.refresh()
        [row] = _night_rows(page, NIGHT_BACK)
        assert row.label.text().endswith("Due now: not logged") and not row.overdue
        qtbot.mouseClick(row.given_button, Qt.MouseButton.LeftButton)
        [answer] = administrations_between(datetime(2026, 11, 1), datetime(2026, 11, 2))
        assert answer.status == "given"  # on time, not "given late" nor early
        clock.move(minutes=40)  # the second 1:50
        page.refresh()
        [row] = _night_rows(page, NIGHT_BACK)
        # Given at the second 1:10, 40 minutes after the 1:30 it was due at: said so.
        assert row.answered and row.label.text().endswith(
            "Given at 1:10\u202fAM (after the clocks went back)"
        )


def test_the_reminder_of_the_1_30_dose_repeats_every_15_minutes_through_the_hour_again(
    store, qtbot, data_dir, monkeypatch, tray_messages
):
    _one_thirty()
    with home_away(NEW_YORK, LONDON), frozen_clock(monkeypatch, FIRST_PASS) as clock:
        reminders = _reminders(qtbot, data_dir, clock)
        hidden = []
        for _minute in range(75):  # each minute's check from the first 1:00 to the second 1:15
            clock.move(minutes=1)
            reminders.check()
            if clock.utc() >= FIRST_PASS + timedelta(minutes=30) and reminders.widget.isHidden():
                hidden.append(clock.utc().strftime("%H:%M UTC"))
        # Before, the banner went away at the second 1:00, the clock showing again the time
        # the reminders had started at.
        assert hidden == []
        # The first 1:30, 1:45, then the second 1:00 and 1:15 (every 15 minutes that pass).
        # Before, the clock reading 1:00 again made the last one "45 minutes ago": nothing
        # more was said until the second 2:00, an hour later.
        assert len(tray_messages) == 4
        assert "due at 1:30" in reminders.dose_banner.text()


def test_a_snooze_in_the_first_1_50_ends_at_the_second_1_05(
    store, qtbot, data_dir, monkeypatch, tray_messages
):
    _one_thirty()
    with home_away(NEW_YORK, LONDON), frozen_clock(monkeypatch, FIRST_PASS) as clock:
        reminders = _reminders(qtbot, data_dir, clock)
        clock.move(minutes=50)  # the first 1:50
        reminders.check()
        qtbot.mouseClick(reminders.snooze_button, Qt.MouseButton.LeftButton)
        assert reminders.widget.isHidden()
        clock.move(minutes=14)  # the second 1:04
        reminders.check()
        assert reminders.widget.isHidden()
        clock.move(minutes=1)  # the second 1:05: 15 minutes later. Before, the snooze lasted
        reminders.check()  # until 2:05, an hour and a quarter.
        assert reminders.dose_banner.isVisible()


def test_a_dose_logged_in_the_repeated_hour_is_the_last_dose(
    store, make_window, qtbot, monkeypatch
):
    solution = save_medicine(MedicineRecord(name="Morphine oral solution", as_needed=True))
    save_rules(solution, AsNeededRules(min_interval_minutes=60))
    with home_away(NEW_YORK, LONDON), frozen_clock(monkeypatch, FIRST_PASS) as clock:
        window = make_window()
        for minutes in (45, 30):  # doses at the first 1:45 and the second 1:15
            clock.move(minutes=minutes)
            qtbot.mouseClick(window.diary_tab.dose_button, Qt.MouseButton.LeftButton)
            dialog = window.diary_tab.doses.dialog
            qtbot.keyClicks(dialog.ui.doseEdit, "5 mg")
            qtbot.keyClick(dialog.ui.doseEdit, Qt.Key.Key_Return)
        assert len(doses_between(None, None)) == 2
        clock.move(minutes=15)  # the second 1:30
        page = shown_today_page(qtbot)
        (line,) = [label.text() for label in page.findChildren(QLabel, "asNeededLine")]
        assert line.startswith("Last dose 1:15\u202fAM (after the clocks went back), 15 min ago.")


def test_a_time_given_typed_in_the_repeated_hour_is_asked_which_and_judged_by_it(
    store, qtbot, monkeypatch
):
    _one_thirty()
    with home_away(NEW_YORK, LONDON), frozen_clock(monkeypatch, FIRST_PASS) as clock:
        clock.move(minutes=110)  # the second 1:50: both 1:40s have passed
        page = shown_today_page(qtbot)
        [row] = _night_rows(page, NIGHT_BACK)
        row.setFocus()
        qtbot.keyClick(row, Qt.Key.Key_Return)
        dialog = page.dialog
        qtbot.waitExposed(dialog)
        type_date(qtbot, dialog.given_at.date_field, NIGHT_BACK)
        type_time(qtbot, dialog.given_at.time_field, time(1, 40))
        choice = dialog.pass_choice
        assert choice.isVisible() and choice.second.text().startswith("1:40")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert administrations_between(NIGHT, NIGHT + timedelta(days=1)) == []
        assert "came twice that night" in dialog.error_label.text()
        assert dialog.focusWidget() is choice.first  # where the choice is made
        dialog.now_button.setFocus()
        qtbot.keyClick(dialog.now_button, Qt.Key.Key_Tab)  # reached with Tab too
        assert dialog.focusWidget() is choice.first
        qtbot.keyClick(choice.first, Qt.Key.Key_Down)
        qtbot.keyClick(choice.second, Qt.Key.Key_Space)
        qtbot.keyClick(choice.second, Qt.Key.Key_Return)
        [answer] = administrations_between(NIGHT, NIGHT + timedelta(days=1))
        assert answer.effective_at is not None and answer.effective_at.fold == 1
        # 70 minutes after the first 1:30 it was due: late. Before, the time was kept as the
        # first 1:40, ten minutes after, and the dose read as on time.
        assert answer.status == "given_late"


def test_a_2_30_dose_the_night_new_york_goes_forward_is_due_at_3_30(
    store, qtbot, data_dir, monkeypatch, tray_messages
):
    morphine = save_medicine(MedicineRecord(name="Morphine ER", strength="15 mg"))
    save_schedule(morphine, Schedule("times", ("02:30",)), datetime(2026, 1, 1))
    # 07:29 UTC is 3:29 AM EDT in New York (2:30 never came), 7:29 AM in London.
    start = datetime(2026, 3, 8, 7, 29, tzinfo=UTC)
    with home_away(NEW_YORK, LONDON), frozen_clock(monkeypatch, start) as clock:
        assert clock.wall(NEW_YORK) == datetime(2026, 3, 8, 3, 29)
        page = shown_today_page(qtbot)
        reminders = _reminders(qtbot, data_dir, clock)
        [row] = _night_rows(page, NIGHT_FORWARD)
        assert row.label.text().endswith("Coming up")
        assert reminders.widget.isHidden()
        clock.move(minutes=1)  # 3:30 EDT: 2:30 EST, had the clocks not moved
        page.refresh()
        reminders.check()
        [row] = _night_rows(page, NIGHT_FORWARD)
        assert row.label.text().endswith("Due now: not logged")
        assert len(tray_messages) == 1
        clock.move(minutes=61)  # 4:31: more than the hour in which it is on time
        page.refresh()
        [row] = _night_rows(page, NIGHT_FORWARD)
        assert row.overdue
        qtbot.mouseClick(row.given_button, Qt.MouseButton.LeftButton)
        [answer] = administrations_between(datetime(2026, 3, 8), datetime(2026, 3, 9))
        assert (answer.status, answer.effective_at) == ("given_late", datetime(2026, 3, 8, 4, 31))
