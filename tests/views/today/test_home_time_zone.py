"""A laptop in Los Angeles helping with a record whose home time zone is New York: Today,
the doses logged now and the as-needed interval all read New York's clock, and one line
says so. With both zones the same, nothing shows and nothing changes."""

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from caregiver_app.store.diary.doses import doses_between
from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.store.medication.administrations import administrations_between
from caregiver_app.store.medication.schedules import (
    AsNeededRules,
    Schedule,
    save_rules,
    save_schedule,
)
from caregiver_app.store.queries import ProfileData, save_profile
from tests.helpers.time_zone import LOS_ANGELES, NEW_YORK, home_away, local_time_zone
from tests.helpers.today_page import shown_today_page

ZONES_LINE = (
    "Times are New York time, the family's home time zone. This computer is set to "
    "Los Angeles time."
)


def _wall_now(zone: str) -> datetime:
    return datetime.now(ZoneInfo(zone)).replace(tzinfo=None, second=0, microsecond=0)


def test_the_dose_due_now_in_new_york_is_due_now_on_a_laptop_in_los_angeles(store, qtbot):
    with home_away():
        due = _wall_now(NEW_YORK)  # a dose due now in New York: 3 hours on from this clock
        morphine = save_medicine(MedicineRecord(name="Morphine ER", strength="15 mg"))
        save_schedule(morphine, Schedule("times", (due.strftime("%H:%M"),)), due.replace(hour=0))
        page = shown_today_page(qtbot)
        # Before, this laptop's clock put the dose three hours ahead: "Coming up".
        row = next(row for row in page.rows if row.slot.scheduled_for == due)
        assert row.label.text().endswith("Due now: not logged")
        assert page.findChild(QLabel, "homeZoneLine").text() == ZONES_LINE
        qtbot.mouseClick(row.given_button, Qt.MouseButton.LeftButton)
        (answer,) = administrations_between(due.replace(hour=0), due.replace(hour=23, minute=59))
        # Given now: New York's wall time, as every other computer of the family reads it.
        assert answer.status == "given"
        assert abs(answer.effective_at - _wall_now(NEW_YORK)).total_seconds() < 120


def test_a_dose_logged_now_is_kept_on_new_york_time_and_counts_in_the_interval(
    store, make_window, qtbot
):
    solution = save_medicine(MedicineRecord(name="Morphine oral solution", as_needed=True))
    save_rules(solution, AsNeededRules(min_interval_minutes=120, max_per_day=3))
    with home_away():
        window = make_window()
        qtbot.mouseClick(window.diary_tab.dose_button, Qt.MouseButton.LeftButton)
        dialog = window.diary_tab.doses.dialog
        qtbot.keyClicks(dialog.ui.doseEdit, "5 mg")
        qtbot.keyClick(dialog.ui.doseEdit, Qt.Key.Key_Return)
        (dose,) = doses_between(None, None)
        # Before: 3 hours early, this laptop's wall time, kept as if it were New York's.
        assert abs(dose.given_at - _wall_now(NEW_YORK)).total_seconds() < 120
        page = shown_today_page(qtbot)
        (line,) = [label.text() for label in page.findChildren(QLabel, "asNeededLine")]
        assert ", 0 min ago." in line and "not known here" not in line
        assert "sooner than the 2 h between doses" in page.limit_banners[0].text()
        assert window.zone_status.text() == "Times are New York time"
        assert window.zone_status.toolTip() == ZONES_LINE


def test_with_both_zones_the_same_nothing_shows_and_nothing_changes(store, make_window, qtbot):
    with local_time_zone(LOS_ANGELES):
        save_profile(ProfileData(home_time_zone=LOS_ANGELES))
        window = make_window()
        page = shown_today_page(qtbot)
        assert page.findChild(QLabel, "homeZoneLine") is None
        assert window.zone_status.text() == ""
        from caregiver_app.store.home_clock import home_now, home_wall

        before = datetime.now()
        assert before <= home_now() <= datetime.now()
        moment = datetime(2026, 11, 1, 9, 30, tzinfo=ZoneInfo("UTC"))
        assert home_wall(moment) == moment.astimezone().replace(tzinfo=None)
