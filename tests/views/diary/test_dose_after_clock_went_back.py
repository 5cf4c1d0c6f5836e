"""A breakthrough dose logged before this computer's clock went back can still be opened,
given its score after and saved: its time was not in the future when it was logged."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from caregiver_app.store.diary.doses import DoseRecord, doses_between, save_dose
from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from tests.helpers.keys import retype
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
