"""A laptop in New York helping with a record whose home is Sydney, where the clocks go back
on the 1st Sunday of April and forward on the 1st Sunday of October: the same checks as for
London and New York, briefly. The clock is set in UTC and moved by the test."""

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt

from caregiver_app.services.medication.reminders import due_now
from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.store.home_clock import home_now, home_today
from caregiver_app.store.medication.administrations import administrations_between
from caregiver_app.store.medication.schedules import Schedule, save_schedule
from tests.helpers.time_zone import NEW_YORK, SYDNEY, frozen_clock, home_away
from tests.helpers.today_page import dose_row, shown_today_page


def _medicine(at: str) -> int:
    morphine = save_medicine(MedicineRecord(name="Morphine ER", strength="15 mg"))
    save_schedule(morphine, Schedule("times", (at,)), datetime(2026, 1, 1))
    return morphine


def test_between_sydneys_change_and_new_yorks_the_day_and_the_dose_are_sydneys(
    store, qtbot, monkeypatch
):
    _medicine("08:00")
    # 21:00 UTC on 12 October 2026: 8 AM on Tuesday the 13th in Sydney (summer time since
    # the 4th, UTC+11), 5 PM on Monday the 12th in New York (UTC-4 until 1 November).
    with (
        home_away(SYDNEY, NEW_YORK),
        frozen_clock(monkeypatch, datetime(2026, 10, 12, 20, 59, tzinfo=UTC)) as clock,
    ):
        assert home_today() == date(2026, 10, 13)
        eight = datetime(2026, 10, 13, 8, 0)
        page = shown_today_page(qtbot)
        assert dose_row(page, eight).label.text().endswith("Coming up")
        clock.move(minutes=1)
        page.refresh()
        assert dose_row(page, eight).label.text().endswith("Due now: not logged")
        clock.move(minutes=61)
        page.refresh()
        assert dose_row(page, eight).overdue
        qtbot.mouseClick(dose_row(page, eight).given_button, Qt.MouseButton.LeftButton)
        (answer,) = administrations_between(datetime(2026, 10, 13), datetime(2026, 10, 14))
        assert (answer.status, answer.effective_at) == ("given_late", datetime(2026, 10, 13, 9, 1))


def test_the_night_sydney_goes_back_a_2_30_dose_is_due_once(store, qtbot, monkeypatch):
    _medicine("02:30")
    # Sunday 5 April 2026: at 3 AM (16:00 UTC on the 4th) Sydney's clocks go back to 2 AM;
    # the first 2:30 is 15:30 UTC, the second 16:30 UTC (11:30 AM and 12:30 PM in New York).
    first = datetime(2026, 4, 4, 15, 40, tzinfo=UTC)
    night = datetime(2026, 4, 5, 2, 30)
    with home_away(SYDNEY, NEW_YORK), frozen_clock(monkeypatch, first) as clock:
        page = shown_today_page(qtbot)
        assert dose_row(page, night).label.text().endswith("Due now: not logged")
        clock.move(minutes=30)  # the second 2:10
        assert home_now() == datetime(2026, 4, 5, 2, 10, fold=1)
        page.refresh()
        row = dose_row(page, night)
        assert row.label.text().endswith("Due now: not logged") and not row.overdue
        assert due_now(datetime(2026, 4, 5), home_now()) == [row.slot]
        qtbot.mouseClick(row.given_button, Qt.MouseButton.LeftButton)
        [answer] = administrations_between(datetime(2026, 4, 5), datetime(2026, 4, 6))
        assert answer.status == "given"
        assert due_now(datetime(2026, 4, 5), home_now()) == []


def test_the_night_sydney_goes_forward_a_2_30_dose_is_due_at_3_30(store, qtbot, monkeypatch):
    _medicine("02:30")
    # Sunday 4 October 2026: at 2 AM (16:00 UTC on the 3rd) Sydney's clocks go forward to
    # 3 AM; 2:30 never comes, and the dose is due when it would have: 3:30, 16:30 UTC.
    night = datetime(2026, 10, 4, 2, 30)
    with (
        home_away(SYDNEY, NEW_YORK),
        frozen_clock(monkeypatch, datetime(2026, 10, 3, 16, 29, tzinfo=UTC)) as clock,
    ):
        assert home_now() == datetime(2026, 10, 4, 3, 29)
        page = shown_today_page(qtbot)
        assert dose_row(page, night).label.text().endswith("Coming up")
        clock.move(minutes=1)
        page.refresh()
        assert dose_row(page, night).label.text().endswith("Due now: not logged")
        assert due_now(home_now() - timedelta(minutes=1), home_now()) == [
            dose_row(page, night).slot
        ]
