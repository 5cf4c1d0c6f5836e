"""A laptop in London helping with a record whose home is New York, in the weeks when the two
are four hours apart instead of five: New York's clocks change on the 2nd Sunday of March
and the 1st of November, London's on the last Sunday of March and of October. Every time
is New York's, at the moment it really is there; the clock is set in UTC and moved by the
test, nothing waits."""

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from caregiver_app.services.calendar.reminders import check_reminders
from caregiver_app.services.medication.chart_data import gather_chart
from caregiver_app.store.calendar.appointments import save_appointment
from caregiver_app.store.calendar.records import AppointmentRecord
from caregiver_app.store.diary.doses import DoseRecord, doses_between, save_dose
from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.store.home_clock import home_now, home_today
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
from tests.helpers.time_zone import LONDON, NEW_YORK, frozen_clock, home_away
from tests.helpers.today_page import dose_row, shown_today_page

# Tuesday 10 March 2026: New York is on summer time since Sunday (UTC-4), London not
# until the 29th (UTC+0). 12:00 UTC is 8:00 AM in New York, noon in London.
SPRING_EIGHT = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
# Tuesday 27 October 2026: London is back on winter time since Sunday (UTC+0), New York
# not until 1 November (UTC-4).
AUTUMN_EIGHT = datetime(2026, 10, 27, 12, 0, tzinfo=UTC)


def _morphine() -> int:
    morphine = save_medicine(MedicineRecord(name="Morphine ER", strength="15 mg"))
    save_schedule(morphine, Schedule("times", ("08:00", "20:00")), datetime(2026, 1, 1))
    return morphine


def _due_now_and_overdue_at_new_yorks_hour(qtbot, monkeypatch, eight: datetime) -> None:
    with home_away(NEW_YORK, LONDON), frozen_clock(monkeypatch, eight - timedelta(minutes=1)) as c:
        _morphine()
        day = c.wall(NEW_YORK).date()
        at_eight = datetime.combine(day, datetime.min.time()).replace(hour=8)
        page = shown_today_page(qtbot)
        # 7:59 in New York, 11:59 in London: the 8 AM dose is still to come.
        assert dose_row(page, at_eight).label.text().endswith("Coming up")
        c.move(minutes=1)
        page.refresh()
        assert dose_row(page, at_eight).label.text().endswith("Due now: not logged")
        c.move(minutes=60)  # 9:00: still inside the hour in which it is on time
        page.refresh()
        assert not dose_row(page, at_eight).overdue
        c.move(minutes=1)
        page.refresh()
        assert dose_row(page, at_eight).overdue
        assert dose_row(page, at_eight + timedelta(hours=12)).label.text().endswith("Coming up")
        qtbot.mouseClick(dose_row(page, at_eight).given_button, Qt.MouseButton.LeftButton)
        (answer,) = administrations_between(at_eight.replace(hour=0), at_eight.replace(hour=23))
        # Given now is 9:01 New York time (1:01 PM in London), 61 minutes after: late.
        assert (answer.status, answer.effective_at) == (
            "given_late",
            at_eight.replace(minute=1, hour=9),
        )


def test_in_the_spring_week_a_dose_is_due_and_overdue_at_new_yorks_hour(store, qtbot, monkeypatch):
    _due_now_and_overdue_at_new_yorks_hour(qtbot, monkeypatch, SPRING_EIGHT)


def test_in_the_autumn_week_a_dose_is_due_and_overdue_at_new_yorks_hour(store, qtbot, monkeypatch):
    _due_now_and_overdue_at_new_yorks_hour(qtbot, monkeypatch, AUTUMN_EIGHT)


def test_a_dose_logged_now_is_kept_on_new_york_time(store, make_window, qtbot, monkeypatch):
    solution = save_medicine(MedicineRecord(name="Morphine oral solution", as_needed=True))
    save_rules(solution, AsNeededRules(min_interval_minutes=120, max_per_day=3))
    with home_away(NEW_YORK, LONDON), frozen_clock(monkeypatch, SPRING_EIGHT):
        window = make_window()
        qtbot.mouseClick(window.diary_tab.dose_button, Qt.MouseButton.LeftButton)
        dialog = window.diary_tab.doses.dialog
        qtbot.keyClicks(dialog.ui.doseEdit, "5 mg")
        qtbot.keyClick(dialog.ui.doseEdit, Qt.Key.Key_Return)
        (dose,) = doses_between(None, None)
        # 8:00 AM in New York, not London's noon, nor 7:00 (last week's five hours apart).
        assert dose.given_at == datetime(2026, 3, 10, 8, 0)


def test_the_interval_and_the_24_hour_count_across_new_yorks_change(store, qtbot, monkeypatch):
    solution = save_medicine(MedicineRecord(name="Morphine oral solution", as_needed=True))
    save_rules(solution, AsNeededRules(min_interval_minutes=600, max_per_day=2))
    # Saturday 7 March 10:15 AM EST (15:15 UTC) and 11:30 PM EST (04:30 UTC on the 8th).
    save_dose(DoseRecord(solution, datetime(2026, 3, 7, 10, 15), performer="Laura"))
    save_dose(DoseRecord(solution, datetime(2026, 3, 7, 23, 30), performer="Laura"))
    # Sunday 8 March 11:00 AM EDT, 15:00 UTC: 23 h 45 min after the first (24 h 45 min by
    # New York's clock, and by London's, which did not change), 10 h 30 min after the second.
    with (
        home_away(NEW_YORK, LONDON),
        frozen_clock(monkeypatch, datetime(2026, 3, 8, 15, 0, tzinfo=UTC)),
    ):
        assert home_now() == datetime(2026, 3, 8, 11, 0)
        page = shown_today_page(qtbot)
        (line,) = [label.text() for label in page.findChildren(QLabel, "asNeededLine")]
        assert "10 h 30 min ago" in line
        assert "2 doses in the last 24 hours" in line
        banner = page.limit_banners[0].text()
        assert "sooner than the 10 h between doses" not in banner
        assert "allows at most 2 doses in 24 hours, and that many have been given" in banner


def test_appointment_and_dose_reminders_come_at_new_yorks_moment(
    store, qtbot, data_dir, monkeypatch
):
    _morphine()
    visit = datetime(2026, 3, 10, 10, 0)  # 10 AM in New York: 14:00 UTC, 2 PM in London
    save_appointment(
        AppointmentRecord(
            title="Oncology review",
            kind="oncology",
            starts_at=visit,
            ends_at=visit + timedelta(hours=1),
            reminders=(60, 1440),
        )
    )
    start = SPRING_EIGHT - timedelta(minutes=30)  # 7:30 AM in New York
    with home_away(NEW_YORK, LONDON), frozen_clock(monkeypatch, start) as clock:
        window = QWidget()
        qtbot.addWidget(window)
        settings = open_settings(data_dir)
        settings.setValue("doseReminders/lastChecked", clock.wall(NEW_YORK).isoformat())
        settings.setValue("reminders/lastChecked", start.isoformat())
        signals = AppSignals(window)
        appointments = ReminderNotifier(window, settings)
        appointments.clock = clock.utc
        layout = QVBoxLayout(window)
        layout.addWidget(appointments.widget)
        doses = DoseReminders(window, signals, appointments)  # the app's own clock
        doses.start()
        window.show()
        clock.move(minutes=29)  # 7:59 in New York
        appointments.check()
        doses.check()
        assert doses.widget.isHidden()
        clock.move(minutes=1)  # 8:00 in New York, noon in London
        doses.check()
        assert "Time for Morphine ER 15 mg: due at 8:00" in doses.dose_banner.text()
        clock.move(minutes=59)  # 8:59: the hour before the 10 AM visit has not begun
        assert check_reminders(clock.utc(), clock.utc() - timedelta(minutes=1)) == []
        clock.move(minutes=1)  # 9:00 in New York, 13:00 UTC
        (due,) = appointments.check()
        assert due.minutes_before == 60
        assert due.due_at == datetime(2026, 3, 10, 13, 0, tzinfo=UTC)
        assert "Today, Tuesday, March 10, 2026, 10:00\u202fAM" in appointments.banner.text()


def test_a_day_before_reminder_keeps_new_yorks_clock_time_across_its_change(store, monkeypatch):
    # A visit at 10 AM on Monday 9 March (EDT); "1 day before" is 10 AM on Sunday the 8th,
    # the day New York's clocks went forward: 14:00 UTC, not 15:00 (24 hours before) nor
    # 10:00 (London's 10 AM).
    visit = datetime(2026, 3, 9, 10, 0)
    save_appointment(
        AppointmentRecord(
            title="Infusion",
            kind="infusion",
            starts_at=visit,
            ends_at=visit + timedelta(hours=2),
            reminders=(1440,),
        )
    )
    with home_away(NEW_YORK, LONDON):
        before = datetime(2026, 3, 8, 13, 59, tzinfo=UTC)
        assert check_reminders(before, before - timedelta(minutes=1)) == []
        (due,) = check_reminders(before + timedelta(minutes=1), before)
        assert due.due_at == datetime(2026, 3, 8, 14, 0, tzinfo=UTC)


def test_the_charts_week_is_new_yorks_week_with_its_doses_at_new_yorks_times(store, monkeypatch):
    morphine = _morphine()
    # 02:30 UTC on Monday 9 March is still Sunday the 8th, 10:30 PM, in New York.
    with (
        home_away(NEW_YORK, LONDON),
        frozen_clock(monkeypatch, datetime(2026, 3, 9, 2, 30, tzinfo=UTC)),
    ):
        assert home_today() == date(2026, 3, 8)
        chart = gather_chart(home_today(), filled=True)
        # The week from Monday 2 March to Sunday 8 March, across New York's change.
        assert chart.first_day == date(2026, 3, 2)
        assert chart.made_on == date(2026, 3, 8)
        (morning, evening) = [row for row in chart.rows if row.medicine.id == morphine]
        assert (morning.at.hour, evening.at.hour) == (8, 20)
        assert all(cell.due for cell in morning.cells + evening.cells)
        # Every dose of the week has come by Sunday 10:30 PM: each one is "not logged".
        assert [cell.state for cell in evening.cells] == ["not_logged"] * 7
