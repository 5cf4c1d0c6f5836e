"""A refill collected after the count ran below nothing: the pack is what is on hand."""

import os
import subprocess
import sys
from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from caregiver_app.services.medication.reminders import refills_due
from caregiver_app.store.diary.medicines import get_medicine
from caregiver_app.store.medication.administrations import AdministrationRecord, answer_dose
from caregiver_app.store.medication.supply import (
    SupplyRecord,
    record_supply,
    supply_since_last_count,
)
from caregiver_app.views.diary.medicine_dialog import MedicineDialog
from tests.helpers.keys import retype
from tests.services.medication.test_today import NOW


def _refill_lines(page, name):
    return [
        label.text() for label in page.findChildren(object, "refillLine") if name in label.text()
    ]


def test_a_refill_onto_an_empty_supply_shows_the_whole_pack(page, qtbot):
    morphine = page.ids[0]  # 8 AM and 8 PM
    record_supply(SupplyRecord(morphine, NOW - timedelta(days=6), "refill", 30))
    # Counted 6 on hand, after the record's count of 12; then ten doses given, some from a
    # pack nobody counted.
    counted = NOW - timedelta(days=5) + timedelta(minutes=1)
    record_supply(SupplyRecord(morphine, counted, "count", 6))
    due = [
        datetime(2026, 11, 26, 20) + timedelta(hours=12 * step)
        for step in range(10)  # 8 PM on Nov 26 to 8 AM on Dec 1
    ]
    for scheduled in due:
        answer_dose(AdministrationRecord(morphine, scheduled, "given", effective_at=scheduled), NOW)
    page.refresh()
    (line,) = _refill_lines(page, "Morphine ER")
    assert line.startswith("Morphine ER 15 mg: no doses left on hand.")
    button = next(b for b in page.refill_buttons if "Morphine" in b.accessibleName())
    assert button.text() == "Refill collected (30 doses)"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    # The page showed none on hand: the pack collected is what is there now, not 26
    # (the four doses given beyond the count taken off the new pack).
    dialog = MedicineDialog(get_medicine(morphine))
    qtbot.addWidget(dialog)
    assert dialog.ui.supplyFields.on_hand.text() == "30"
    assert _refill_lines(page, "Morphine ER") == []


def _four_left(page):
    """Morphine ER: counted 12, eight doses given; four on hand at two a day."""
    morphine = page.ids[0]
    for day in range(4):
        for hour in (8, 20):
            scheduled = datetime(2026, 11, 27 + day, hour)
            answer_dose(
                AdministrationRecord(morphine, scheduled, "given", effective_at=scheduled), NOW
            )
    page.refresh()
    (line,) = _refill_lines(page, "Morphine ER")
    assert "4 doses on hand" in line
    return morphine


def _stop_on(qtbot, monkeypatch, medicine_id, typed):
    monkeypatch.setattr(MedicineDialog, "clock", staticmethod(lambda: NOW))
    dialog = MedicineDialog(get_medicine(medicine_id))
    qtbot.addWidget(dialog)
    dialog.show()
    retype(qtbot, dialog.ui.stoppedEdit, typed)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.error_label.text()


def test_no_refill_is_asked_for_a_medicine_that_stops_before_it_runs_out(page, qtbot, monkeypatch):
    morphine = _four_left(page)
    # Tonight's dose, two tomorrow and Thursday morning's: the last dose is Thursday 8 AM.
    _stop_on(qtbot, monkeypatch, morphine, "12/3/2026")
    page.refresh()
    assert _refill_lines(page, "Morphine ER") == []
    assert not any("Morphine" in button.accessibleName() for button in page.refill_buttons)
    assert all(refill.medicine.id != morphine for refill in refills_due(NOW.date()))


def test_a_refill_is_still_asked_for_when_the_stop_comes_after_the_doses_run_out(
    page, qtbot, monkeypatch
):
    morphine = _four_left(page)
    _stop_on(qtbot, monkeypatch, morphine, "12/4/2026")  # Thursday 8 PM is not covered
    page.refresh()
    (line,) = _refill_lines(page, "Morphine ER")
    assert "4 doses on hand" in line
    assert [r.medicine.name for r in refills_due(NOW.date()) if r.medicine.id == morphine] == [
        "Morphine ER"
    ]


_OTHER_WINDOW = """
import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

app = QCoreApplication([])
from caregiver_app.store.medication.supply import (
    SupplyRecord,
    record_supply,
    supply_since_last_count,
)
from caregiver_app.store.opening import open_store

database = open_store(Path(sys.argv[1]))
record_supply(SupplyRecord(int(sys.argv[2]), datetime(2026, 12, 1, 14, 0), "refill", 12))
database.close()
"""


def test_a_refill_collected_in_two_windows_is_logged_once(page, qtbot, data_dir):
    morphine = _four_left(page)
    changed = []
    page.signals.status_reported.connect(changed.append)
    # The other window (another program on the same record) logs the pack first.
    subprocess.run(
        [sys.executable, "-c", _OTHER_WINDOW, str(data_dir), str(morphine)],
        check=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    button = next(b for b in page.refill_buttons if "Morphine" in b.accessibleName())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # this window still shows 4
    assert [(event.kind, event.amount) for event in supply_since_last_count(morphine)] == [
        ("count", 12),
        ("refill", 12),
    ]
    assert changed[-1].startswith(
        "Nothing was logged: the supply of Morphine ER 15 mg was changed in another window"
    )
