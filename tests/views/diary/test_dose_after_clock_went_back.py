"""A breakthrough dose logged before this computer's clock went back can still be opened,
given its score after and saved: its time was not in the future when it was logged. It
counts against the limits a new dose's form shows, and its score after is asked for."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from caregiver_app.store.diary.doses import DoseRecord, doses_between, save_dose
from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.store.medication.schedules import AsNeededRules, save_rules
from tests.helpers.keys import retype, type_time
from tests.helpers.time_zone import NEW_YORK, local_time_zone


def test_the_score_after_is_saved_once_the_laptops_zone_is_set_west(store, make_window, qtbot):
    medicine_id = save_medicine(MedicineRecord(name="Morphine oral solution", as_needed=True))
    # A laptop bought in Spain still keeps Madrid's time in New York: the dose is logged by
    # that clock, 40 minutes ago.
    with local_time_zone("Europe/Madrid"):
        given = (datetime.now() - timedelta(minutes=40)).replace(second=0, microsecond=0)
        save_dose(DoseRecord(medicine_id, given, dose="5 mg", score_before=8))
    # The family sets the zone right; the clock now shows a time hours before the dose's.
    with local_time_zone(NEW_YORK):
        panel = make_window().diary_tab.doses
        panel.refresh()
        panel.table.setFocus()
        qtbot.keyClick(panel.table, Qt.Key.Key_Home)
        dialog = panel.edit_selected()
        retype(qtbot, dialog.ui.afterSpin, "3")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        # It was refused: "A dose cannot be given in the future."
        (dose,) = doses_between(None, None)
        assert (dose.given_at, dose.score_before, dose.score_after) == (given, 8, 3)
        assert dose.after_recorded_at is not None and dose.after_recorded_at < given


def test_the_new_dose_forms_limits_count_a_dose_logged_before_the_clock_went_back(
    store, make_window, qtbot
):
    medicine_id = save_medicine(MedicineRecord(name="Morphine oral solution", as_needed=True))
    save_rules(medicine_id, AsNeededRules(min_interval_minutes=120, max_per_day=1))
    with local_time_zone("Europe/Madrid"):
        given = (datetime.now() - timedelta(minutes=40)).replace(second=0, microsecond=0)
        save_dose(DoseRecord(medicine_id, given, dose="5 mg", score_before=8))
    with local_time_zone(NEW_YORK):
        window = make_window()
        qtbot.mouseClick(window.diary_tab.dose_button, Qt.MouseButton.LeftButton)
        dialog = window.diary_tab.doses.dialog
        # The family types the time of the dose they are about to give: now, by this clock.
        now = datetime.now()
        type_time(qtbot, dialog.ui.givenAtEdit.time_field, now.time().replace(second=0))
        limits = dialog.ui.limitsLabel.text()
        # The 40-minute-old dose was left out (its time is hours ahead of this clock): the
        # form said no dose in the 24 hours before, and nothing about the limits.
        assert "1 dose of Morphine oral solution in the 24 hours before this one." in limits
        assert "before it was set back" in limits and "is not known here" in limits
        assert "That may be sooner than the smallest time between doses" in limits
        assert "allows at most 1 dose in 24 hours" in limits
        assert dialog.over_a_limit


def test_the_score_after_is_asked_for_at_once_for_a_dose_logged_before_the_clock_went_back(
    store, make_window, qtbot
):
    medicine_id = save_medicine(MedicineRecord(name="Morphine oral solution", as_needed=True))
    with local_time_zone("Europe/Madrid"):
        given = (datetime.now() - timedelta(minutes=5)).replace(second=0, microsecond=0)
        save_dose(DoseRecord(medicine_id, given, dose="5 mg", score_before=8))
    with local_time_zone(NEW_YORK):
        # This clock shows hours before the dose's time, and how long ago it was logged is
        # not known: the "score after" is asked for now, not hours later.
        window = make_window()
        panel = window.diary_tab.doses
        panel.refresh()  # as when the diary is shown
        assert panel.prompt.isVisibleTo(panel)
        assert "The dose of Morphine oral solution at" in panel.prompt.text()
        qtbot.mouseClick(panel.prompt_button, Qt.MouseButton.LeftButton)
        dialog = panel.dialog
        retype(qtbot, dialog.ui.afterSpin, "4")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        (dose,) = doses_between(None, None)
        assert dose.score_after == 4
        assert not panel.prompt.isVisibleTo(panel)
