"""The Today page after this computer's clock went back: a trip west with the laptop, or the
night the clocks go back. An as-needed dose logged before still counts against the limits."""

from datetime import UTC, datetime, timedelta

from PySide6.QtGui import QUndoStack

from caregiver_app.store.diary.doses import DoseRecord, save_dose
from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.store.medication.schedules import AsNeededRules, save_rules
from caregiver_app.views.signals import AppSignals
from caregiver_app.views.today.today_page import TodayPage
from tests.helpers.time_zone import NEW_YORK, local_time_zone


def _page(qtbot, now: datetime) -> TodayPage:
    page = TodayPage(AppSignals(), QUndoStack())
    page.clock = lambda: now
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    page.refresh()
    return page


def _wall(instant: datetime) -> datetime:
    """This computer's clock at ``instant``, in the zone set now."""
    return instant.astimezone().replace(tzinfo=None)


def test_a_dose_logged_in_new_york_counts_after_the_laptop_is_set_to_chicago(store, qtbot):
    solution = save_medicine(MedicineRecord(name="Morphine solution", as_needed=True))
    save_rules(solution, AsNeededRules(min_interval_minutes=120, max_per_day=2))
    given = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)  # 8 PM in New York
    with local_time_zone(NEW_YORK):
        save_dose(DoseRecord(solution, _wall(given), performer="Laura"))
    # Half an hour later, at her mother's in Chicago, the laptop's zone is set there: its
    # clock shows 7:30 PM. The 8 PM dose was left out (it looked as if it was still to
    # come), so nothing said another dose now would be inside the two hours.
    with local_time_zone("America/Chicago"):
        page = _page(qtbot, _wall(given + timedelta(minutes=30)))
        (line,) = [label.text() for label in page.findChildren(object, "asNeededLine")]
        assert line.startswith("Last dose 8:00\u202fPM by Laura. This computer's clock now")
        assert "the time since that dose is not known here" in line
        # "1 doses" untranslated, "1 dose" once a test before installed the English file
        assert line.endswith(
            ("here. 1 doses in the last 24 hours.", "here. 1 dose in the last 24 hours.")
        )
        limit = page.limit_banners[0].text()
        assert "sooner than the 2 h between doses" in limit


def test_a_dose_in_the_first_of_the_repeated_hours_counts_in_the_second(store, qtbot):
    solution = save_medicine(MedicineRecord(name="Morphine solution", as_needed=True))
    save_rules(solution, AsNeededRules(min_interval_minutes=60))
    with local_time_zone(NEW_YORK):
        # 1 November 2026: 1:59 AM is followed by 1:00 AM again. A dose at the first 1:45,
        # and the clock shows the second 1:10: 25 minutes have passed.
        save_dose(DoseRecord(solution, datetime(2026, 11, 1, 1, 45), performer="Laura"))
        page = _page(qtbot, datetime(2026, 11, 1, 1, 10, fold=1))
        (line,) = [label.text() for label in page.findChildren(object, "asNeededLine")]
        assert line.startswith(
            "Last dose 1:45\u202fAM (before the clocks went back) by Laura, 25 min ago."
        )
        banner = page.limit_banners[0].text()
        assert "sooner than the 1 h between doses" in banner
        # An hour after the first 1:45 is the second 1:45, not the 1:45 already gone by.
        assert "(that time ends at 1:45\u202fAM (after the clocks went back))" in banner


def test_the_score_after_is_asked_for_30_minutes_on_across_the_repeated_hour(store, qtbot):
    solution = save_medicine(MedicineRecord(name="Morphine solution", as_needed=True))
    with local_time_zone(NEW_YORK):
        # A dose at the first 1:45 AM: at the second 1:10 AM 25 minutes have passed, at the
        # second 1:16 AM 31. It was asked for only once the clock showed 2:15 AM.
        save_dose(DoseRecord(solution, datetime(2026, 11, 1, 1, 45), score_before=7))
        page = _page(qtbot, datetime(2026, 11, 1, 1, 10, fold=1))
        assert page.findChildren(object, "afterScoreLine") == []
        page.clock = lambda: datetime(2026, 11, 1, 1, 16, fold=1)
        page.refresh()
        (line,) = [label.text() for label in page.findChildren(object, "afterScoreLine")]
        assert line.startswith("Morphine solution at 1:45")
