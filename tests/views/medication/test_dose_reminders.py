"""Dose and refill reminders as the family meets them: the clock moves, they click the banner."""

import os
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSystemTrayIcon, QVBoxLayout, QWidget

from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.store.medication.administrations import AdministrationRecord, answer_dose
from caregiver_app.store.medication.schedules import Schedule, save_schedule
from caregiver_app.store.medication.supply import (
    SupplyRecord,
    record_supply,
    supply_since_last_count,
)
from caregiver_app.store.queries import load_profile, save_profile
from caregiver_app.views.app import open_settings
from caregiver_app.views.calendar.reminder_notifier import ReminderNotifier
from caregiver_app.views.look.view_options import app_language
from caregiver_app.views.medication.dose_reminders import DoseReminders
from caregiver_app.views.signals import AppSignals
from tests.helpers.time_zone import NEW_YORK, local_time_zone

MORNING = datetime(2026, 12, 1, 7, 30)


def banner_text(banner) -> str:
    """The banner's words, the locale's narrow space in "8:00 AM" read as a space."""
    return banner.text().replace("\u202f", " ")


class Clock:
    """The wall clock the reminders read, moved by the test."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def move(self, **delta) -> None:
        self.now += timedelta(**delta)


@pytest.fixture(autouse=True)
def english(qapp):
    """The English file in force, as the app installs it at start: it says "1 dose"."""
    app_language().apply("en")
    yield
    app_language().apply("system")  # as every window test leaves it


@pytest.fixture
def tray_messages(monkeypatch):
    """A desktop with a tray: what it was asked to show."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "show", lambda self: None)
    monkeypatch.setattr(
        QSystemTrayIcon, "showMessage", lambda self, title, text, *rest: shown.append((title, text))
    )
    return shown


@pytest.fixture
def start_reminders(qtbot, data_dir):
    """A window's reminder area on the test's record, started at a chosen time."""

    def start(now: datetime, last_checked: datetime | None = None):
        window = QWidget()
        qtbot.addWidget(window)
        settings = open_settings(data_dir)
        if last_checked is not None:
            settings.setValue("doseReminders/lastChecked", last_checked.isoformat())
        signals = AppSignals(window)
        appointments = ReminderNotifier(window, settings)
        layout = QVBoxLayout(window)
        layout.addWidget(appointments.widget)
        reminders = DoseReminders(window, signals, appointments)
        clock = Clock(now)
        reminders.clock = clock
        reminders.start()
        window.show()
        return reminders, clock, signals

    return start


def _medicine(name: str, *times: str, strength: str = "") -> int:
    medicine = save_medicine(MedicineRecord(name=name, strength=strength))
    save_schedule(medicine, Schedule("times", times))
    return medicine


def test_at_the_dose_time_the_banner_and_tray_remind_every_15_minutes_until_answered(
    store, start_reminders, tray_messages, qtbot
):
    morphine = _medicine("Morphine tablets", "08:00", "20:00", strength="15 mg")
    reminders, clock, signals = start_reminders(MORNING, last_checked=MORNING)
    assert reminders.widget.isHidden()
    clock.move(minutes=31)  # 8:01, the next minute's check
    reminders.check()
    assert reminders.dose_banner.isVisible()
    assert "Time for Morphine tablets 15 mg: due at 8:00" in reminders.dose_banner.text()
    assert [title for title, _ in tray_messages] == ["Medicine reminder"]
    clock.move(minutes=10)
    reminders.check()
    assert len(tray_messages) == 1  # not again before 15 minutes
    clock.move(minutes=5)
    reminders.check()
    assert len(tray_messages) == 2
    clock.move(minutes=60)  # 9:16: past the hour in which it counts as on time
    reminders.check()
    assert "Morphine tablets 15 mg, due at 8:00 AM, is not logged yet." in banner_text(
        reminders.dose_banner
    )
    eight = datetime(2026, 12, 1, 8)
    answer_dose(AdministrationRecord(morphine, eight, "given", effective_at=eight), now=clock.now)
    signals.doses_changed.emit()  # the Today page answered it
    assert reminders.widget.isHidden()
    clock.move(minutes=15)
    reminders.check()
    assert reminders.widget.isHidden()
    assert len(tray_messages) == 3  # 8:01, 8:16 and 9:16; none once answered


def test_open_today_asks_for_the_today_page_and_snooze_quiets_for_15_minutes(
    store, start_reminders, tray_messages, qtbot
):
    _medicine("Senna", "08:00")
    reminders, clock, signals = start_reminders(MORNING, last_checked=MORNING)
    clock.move(minutes=31)
    reminders.check()
    with qtbot.waitSignal(signals.today_requested, timeout=1000):
        qtbot.mouseClick(reminders.today_button, Qt.MouseButton.LeftButton)
    assert reminders.dose_banner.isVisible()  # still due: the banner stays until answered
    qtbot.mouseClick(reminders.snooze_button, Qt.MouseButton.LeftButton)
    assert reminders.widget.isHidden()
    clock.move(minutes=14)
    reminders.check()
    assert reminders.widget.isHidden()
    assert len(tray_messages) == 1
    clock.move(minutes=1)
    reminders.check()
    assert reminders.dose_banner.isVisible()
    assert len(tray_messages) == 2
    assert "Time for Senna" in tray_messages[-1][1]


def test_a_dose_coming_due_during_a_snooze_shows_the_banner_at_once(
    store, start_reminders, tray_messages, qtbot
):
    _medicine("Senna", "08:00")
    _medicine("Dexamethasone", "08:10")
    reminders, clock, _signals = start_reminders(MORNING, last_checked=MORNING)
    clock.move(minutes=31)
    reminders.check()
    qtbot.mouseClick(reminders.snooze_button, Qt.MouseButton.LeftButton)
    clock.move(minutes=9)
    reminders.check()
    assert reminders.dose_banner.isVisible()
    assert "Time for Dexamethasone" in reminders.dose_banner.text()


def test_doses_due_while_closed_are_listed_at_start_as_not_logged(
    store, start_reminders, tray_messages, qtbot
):
    senna = _medicine("Senna", "08:00", "20:00")
    morning = datetime(2026, 11, 30, 8)
    answer_dose(AdministrationRecord(senna, morning, "given", effective_at=morning), now=morning)
    reminders, _clock, signals = start_reminders(
        datetime(2026, 12, 1, 7, 0), last_checked=datetime(2026, 11, 30, 7, 0)
    )
    text = banner_text(reminders.dose_banner)
    assert reminders.dose_banner.isVisible()
    assert text.startswith("While Care Companion was closed, 1 dose came due.")
    assert "Senna, Mon Nov 30 8:00 PM" in text
    assert tray_messages == []  # listed in the window, not a new alarm
    with qtbot.waitSignal(signals.today_requested, timeout=1000):
        qtbot.mouseClick(reminders.today_button, Qt.MouseButton.LeftButton)
    evening = datetime(2026, 11, 30, 20)
    answer_dose(
        AdministrationRecord(senna, evening, "skipped", status_reason="asleep"), now=evening
    )
    signals.doses_changed.emit()
    assert reminders.widget.isHidden()


def test_after_weeks_closed_only_the_doses_the_today_page_asks_about_are_listed(
    store, start_reminders
):
    _medicine("Senna", "20:00")
    reminders, _clock, _signals = start_reminders(
        datetime(2026, 12, 1, 7, 0), last_checked=datetime(2026, 11, 1, 7, 0)
    )
    # The Today page asks about the doses not logged of today and the two days before.
    assert banner_text(reminders.dose_banner).splitlines() == [
        "While Care Companion was closed, 2 doses came due. They are not logged yet, to be "
        "answered on the Today page:",
        "Senna, Sun Nov 29 8:00 PM",
        "Senna, Mon Nov 30 8:00 PM",
    ]


def test_a_change_of_language_rewords_the_shown_reminder(store, start_reminders, qtbot):
    _medicine("Senna", "08:00")
    reminders, clock, _signals = start_reminders(MORNING, last_checked=MORNING)
    clock.move(minutes=31)
    reminders.check()
    app_language().apply("es")
    qtbot.waitUntil(lambda: reminders.snooze_button.text() == "Posponer 15 min")
    assert banner_text(reminders.dose_banner).startswith("Es la hora de Senna: toca a las")


def test_a_dose_of_another_day_is_dated_in_chinese_order(store, start_reminders):
    _medicine("Senna", "20:00")
    app_language().apply("zh_CN")
    reminders, _clock, _signals = start_reminders(
        datetime(2026, 12, 1, 7, 0), last_checked=datetime(2026, 11, 30, 7, 0)
    )
    assert "Senna，周一 11月30日 20:00" in reminders.dose_banner.text().splitlines()


def test_the_first_start_lists_the_days_unanswered_doses(store, start_reminders, qtbot):
    _medicine("Senna", "05:00", "06:00")
    reminders, _clock, _signals = start_reminders(MORNING)
    assert "2 doses came due" in reminders.dose_banner.text()


def test_a_dose_due_in_the_hour_before_the_start_is_due_now_not_missed(
    store, start_reminders, tray_messages, qtbot
):
    _medicine("Senna", "20:00", "07:00")
    reminders, _clock, _signals = start_reminders(MORNING, datetime(2026, 11, 30, 19))
    text = banner_text(reminders.dose_banner)
    assert text.startswith("Time for Senna: due at 7:00 AM.")
    assert "1 dose came due" in text
    assert "Senna, Mon Nov 30 8:00 PM" in text
    assert [text for _, text in tray_messages] == ["Time for Senna: due at 7:00\u202fAM."]


def test_the_refill_banner_names_the_pharmacy_and_one_click_logs_the_refill(
    store, start_reminders, qtbot
):
    profile = load_profile()
    profile.preferred_pharmacy = "Riverside Pharmacy, 555-0147"
    save_profile(profile)
    senna = _medicine("Senna", "08:00", "20:00", strength="8.6 mg")
    record_supply(SupplyRecord(senna, datetime(2026, 11, 30, 9), "count", 6))
    reminders, _clock, signals = start_reminders(MORNING, last_checked=MORNING)
    text = reminders.refill_banner.text()
    assert reminders.refill_banner.isVisible()
    assert "Senna 8.6 mg: 6 doses left, enough until about Friday, December 4, 2026." in text
    assert "Pharmacy: Riverside Pharmacy, 555-0147" in text
    (button,) = reminders.refill_buttons
    assert button.text() == "Refill collected"
    with qtbot.waitSignal(signals.status_reported, timeout=1000) as said:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert said.args[0].startswith("Refill of Senna 8.6 mg logged: 6 doses added")
    assert [(e.kind, e.amount, e.recorded_at) for e in supply_since_last_count(senna)] == [
        ("count", 6, datetime(2026, 11, 30, 9)),
        ("refill", 6, MORNING),
    ]
    assert reminders.refill_row.isHidden()  # 12 doses last six days: past the warning


def test_not_now_hides_the_refill_reminder_until_the_next_day(store, start_reminders, qtbot):
    senna = _medicine("Senna", "08:00")
    record_supply(SupplyRecord(senna, datetime(2026, 11, 30, 9), "count", 0))
    reminders, clock, _signals = start_reminders(MORNING, last_checked=MORNING)
    assert "Senna: no doses left, by the count." in reminders.refill_banner.text()
    assert "No pharmacy is in the profile yet" in reminders.refill_banner.text()
    qtbot.mouseClick(reminders.not_now_button, Qt.MouseButton.LeftButton)
    assert reminders.widget.isHidden()
    clock.move(hours=2)
    reminders.check()
    assert reminders.refill_row.isHidden()
    clock.move(days=1)
    reminders.check()
    assert reminders.refill_banner.isVisible()
    # An empty count says nothing of a pack's size: the click logs nothing and says why.
    (button,) = reminders.refill_buttons
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [e.kind for e in supply_since_last_count(senna)] == ["count"]


def test_refill_collected_on_the_banner_after_another_window_logged_it_adds_nothing(
    store, start_reminders, qtbot
):
    senna = _medicine("Senna", "08:00", "20:00")
    record_supply(SupplyRecord(senna, datetime(2026, 11, 1, 9), "refill", 30))
    record_supply(SupplyRecord(senna, datetime(2026, 11, 30, 9), "count", 4))
    reminders, _clock, signals = start_reminders(MORNING, last_checked=MORNING)
    (button,) = reminders.refill_buttons
    # Another window on the record logs the pack while this banner still shows 4 doses.
    record_supply(SupplyRecord(senna, datetime(2026, 12, 1, 7), "refill", 30))
    with qtbot.waitSignal(signals.status_reported, timeout=1000) as said:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    # Before, a second pack was added: 64 doses on hand instead of 34.
    assert [(e.kind, e.amount) for e in supply_since_last_count(senna)] == [
        ("count", 4),
        ("refill", 30),
    ]
    assert said.args[0].startswith(
        "Nothing was logged: the supply of Senna was changed in another window"
    )


def test_the_window_shows_the_dose_reminders_under_the_appointment_ones(
    demo_store, make_window, qtbot
):
    window = make_window()
    layout = window.banner_stack.column  # the banners above the tabs
    area = layout.indexOf(window.reminders.widget)
    assert area >= 0 and layout.indexOf(window.dose_reminders.widget) == area + 1
    qtbot.waitUntil(lambda: window.dose_reminders.started_at is not None)
    # The checks run on the appointment reminders' minute timer (stopped while locked).
    later = datetime.now().replace(microsecond=0) + timedelta(minutes=1)
    window.dose_reminders.clock = lambda: later
    window.reminders.timer.timeout.emit()
    assert window.settings.value("doseReminders/lastChecked") == later.isoformat()


def test_with_two_medicines_running_out_each_has_its_own_button(store, start_reminders, qtbot):
    senna = _medicine("Senna", "08:00")
    morphine = _medicine("Morphine tablets", "08:00", "20:00")
    record_supply(SupplyRecord(senna, datetime(2026, 11, 30, 9), "count", 3))
    record_supply(SupplyRecord(morphine, datetime(2026, 11, 1, 9), "refill", 60))
    record_supply(SupplyRecord(morphine, datetime(2026, 11, 30, 9), "count", 4))
    reminders, _clock, _signals = start_reminders(MORNING, last_checked=MORNING)
    buttons = {button.text(): button for button in reminders.refill_buttons}
    assert sorted(buttons) == ["Refill collected: Morphine tablets", "Refill collected: Senna"]
    assert buttons["Refill collected: Senna"].accessibleName() == "Log the refill of Senna"
    qtbot.mouseClick(buttons["Refill collected: Morphine tablets"], Qt.MouseButton.LeftButton)
    assert [(e.kind, e.amount) for e in supply_since_last_count(morphine)] == [
        ("count", 4),
        ("refill", 60),  # the size of the last refill, not of the count
    ]
    assert [e.kind for e in supply_since_last_count(senna)] == ["count"]
    (button,) = reminders.refill_buttons
    assert button.text() == "Refill collected"
    assert "Morphine" not in reminders.refill_banner.text()


def test_a_long_medicine_name_is_cut_on_its_button_not_past_the_screen(
    store, start_reminders, qtbot
):
    name = (
        "Oxycodone hydrochloride oral solution 5 mg in 5 mL, for breakthrough pain when "
        "the long-acting dose is not enough"
    )
    senna = _medicine("Senna", "08:00")
    oxycodone = _medicine(name, "08:00")
    record_supply(SupplyRecord(senna, datetime(2026, 11, 30, 9), "count", 3))
    record_supply(SupplyRecord(oxycodone, datetime(2026, 11, 1, 9), "refill", 30))
    record_supply(SupplyRecord(oxycodone, datetime(2026, 11, 30, 9), "count", 2))
    reminders, _clock, _signals = start_reminders(MORNING, last_checked=MORNING)
    # Before, the button asked for 812 px and the window for 973: past an 800 px screen.
    assert reminders.widget.window().minimumSizeHint().width() <= 800
    assert f"{name}: 2 doses left" in reminders.refill_banner.text()  # said whole here
    buttons = {button.accessibleName(): button for button in reminders.refill_buttons}
    button = buttons[f"Log the refill of {name}"]
    assert button.text() == "Refill collected: Oxycodone hydrochloride\u2026"
    assert button.toolTip() == f"Refill collected: {name}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [(e.kind, e.amount) for e in supply_since_last_count(oxycodone)] == [
        ("count", 2),
        ("refill", 30),
    ]


def test_a_time_zone_set_while_the_app_is_open_is_followed_at_the_next_minute(
    store, start_reminders, qtbot
):
    with local_time_zone(NEW_YORK):
        # In New York, a dose five and a half hours from now by this clock.
        dose_at = (datetime.now() + timedelta(hours=5, minutes=30)).replace(second=0)
        _medicine("Dexamethasone", dose_at.strftime("%H:%M"))
        reminders, _clock, _signals = start_reminders(datetime.now(), datetime.now())
        reminders.clock = datetime.now  # the computer's own clock, as in the app
        reminders.check()
        assert reminders.widget.isHidden()
        # The family sets the laptop to Madrid's time, six hours ahead, with the app open:
        # the dose came due half an hour ago. The app's clock stayed on New York's time, so
        # nothing was said until that clock, hours later, reached the dose.
        os.environ["TZ"] = "Europe/Madrid"
        reminders.check()  # the next minute's check
        assert "Time for Dexamethasone: due at" in banner_text(reminders.dose_banner)
        assert reminders.dose_banner.isVisible()


def test_after_a_restart_in_a_zone_further_east_each_dose_is_listed_once(
    store, start_reminders, qtbot
):
    _medicine("Senna", "08:00", "12:00", "16:00")
    # Closed in New York at 9 AM; opened again in Madrid at the same moment, 3 PM there:
    # the noon dose came due on this clock while the app was closed.
    reminders, clock, _signals = start_reminders(
        datetime(2026, 12, 1, 15, 0), last_checked=datetime(2026, 12, 1, 9, 0)
    )
    text = banner_text(reminders.dose_banner)
    assert "1 dose came due" in text
    assert text.count("Senna, 12:00 PM") == 1
    assert "8:00 AM" not in text  # due before it was closed, while it was open
    clock.move(hours=1, minutes=1)  # 4:01 PM
    reminders.check()
    text = banner_text(reminders.dose_banner)
    assert text.count("Time for Senna: due at 4:00 PM") == 1
    assert text.count("Senna, 12:00 PM") == 1


def test_after_a_restart_in_a_zone_further_west_no_dose_is_listed_twice_or_lost(
    store, start_reminders, qtbot
):
    _medicine("Senna", "08:00", "12:00", "16:00")
    # Closed in Madrid at 3 PM, its noon dose reminded while open and not answered; opened
    # again in New York at 9 AM, the same moment. Nothing came due while closed; the noon
    # dose comes due again at noon on this clock, once.
    reminders, clock, _signals = start_reminders(
        datetime(2026, 12, 1, 9, 0), last_checked=datetime(2026, 12, 1, 15, 0)
    )
    assert reminders.widget.isHidden()
    clock.move(hours=3, minutes=1)  # 12:01 PM
    reminders.check()
    text = banner_text(reminders.dose_banner)
    assert text.count("Senna") == 1 and "Time for Senna: due at 12:00 PM" in text


def test_a_restart_does_not_silence_a_dose_reminded_and_not_answered(
    store, start_reminders, tray_messages, qtbot
):
    _medicine("Senna", "20:00")
    # The window was open at 8 PM and reminded; the family closed it at 8:47 without
    # answering and opened it again a minute later.
    reminders, _clock, _signals = start_reminders(
        datetime(2026, 12, 1, 20, 48), last_checked=datetime(2026, 12, 1, 20, 47)
    )
    assert reminders.dose_banner.isVisible()
    assert banner_text(reminders.dose_banner).startswith("Time for Senna: due at 8:00 PM.")
    assert [text for _, text in tray_messages] == ["Time for Senna: due at 8:00\u202fPM."]


def _reminded_at_8_pm_and_closed_at_9_30(start_reminders):
    """The window open at 8 PM on 1 December, its reminder left unanswered until it was
    closed at 9:30 PM: what it said then."""
    first, clock, _signals = start_reminders(
        datetime(2026, 12, 1, 19, 30), last_checked=datetime(2026, 12, 1, 19, 29)
    )
    clock.move(minutes=31)  # 8:01 PM
    first.check()
    assert "Time for Senna: due at 8:00 PM." in banner_text(first.dose_banner)
    clock.move(minutes=89)  # 9:30 PM, the last minute's check before it was closed
    first.check()
    first.window.close()
    return first, clock


def test_a_dose_reminded_and_not_answered_is_still_reminded_after_a_restart_past_its_hour(
    store, start_reminders, qtbot
):
    senna = _medicine("Senna", "20:00")
    first, first_clock = _reminded_at_8_pm_and_closed_at_9_30(start_reminders)
    reminders, clock, signals = start_reminders(datetime(2026, 12, 1, 21, 40))
    # Before, the dose was gone from the banner: neither due now nor due while closed.
    text = banner_text(reminders.dose_banner)
    assert reminders.dose_banner.isVisible()
    assert text.splitlines() == [
        "Senna, due at 8:00 PM, is not logged yet.",
        "Answer each dose on the Today page: Given or Skipped.",
    ]
    first_clock.move(minutes=10)  # what the window would say at 9:40 had it stayed open
    first.check()
    assert banner_text(first.dose_banner) == text
    # Closed again at 9:45 and opened at 9:50: still there, once.
    clock.move(minutes=5)
    reminders.check()
    again, _clock, _signals = start_reminders(datetime(2026, 12, 1, 21, 50))
    assert banner_text(again.dose_banner) == text
    eight = datetime(2026, 12, 1, 20)
    answer_dose(AdministrationRecord(senna, eight, "given", effective_at=eight), now=clock.now)
    signals.doses_changed.emit()  # the Today page answered it
    assert reminders.widget.isHidden()


def test_after_midnight_the_dose_reminded_before_closing_is_not_logged_yet_not_due_while_closed(
    store, start_reminders, qtbot
):
    _medicine("Senna", "20:00")
    _medicine("Morphine tablets", "20:00", "23:00")
    _reminded_at_8_pm_and_closed_at_9_30(start_reminders)
    reminders, _clock, _signals = start_reminders(datetime(2026, 12, 2, 0, 40))
    # The 8 PM senna, reminded while the window was open, as the open window says it; the
    # 11 PM morphine came due while it was closed, and stands for the 8 PM one, as the
    # next dose of a medicine does in an open window.
    assert banner_text(reminders.dose_banner).splitlines() == [
        "Senna, due at Tue Dec 1 8:00 PM, is not logged yet.",
        "Answer each dose on the Today page: Given or Skipped.",
        "While Care Companion was closed, 1 dose came due. It is not logged yet, to be "
        "answered on the Today page:",
        "Morphine tablets, Tue Dec 1 11:00 PM",
    ]
