"""A breakthrough dose logged late, or moved earlier, that comes too soon before a dose
already logged: the form says so, as it does for one too soon after the last.

Before, a dose typed as given half an hour before one already in the log (four hours
between doses entered from the prescription) read "0 doses in the 24 hours before this
one" and nothing else.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from caregiver_app.store.diary.doses import DoseRecord, doses_between, save_dose
from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.store.medication.schedules import AsNeededRules, save_rules
from tests.helpers.keys import retype, us_date, us_time
from tests.helpers.large_text import shown_active

LEFT = Qt.MouseButton.LeftButton
NEXT_TOO_SOON = "after this one: sooner than the smallest time between doses"


def _now() -> datetime:
    return datetime.now().replace(second=0, microsecond=0)


def _morphine(interval: int | None) -> int:
    medicine_id = save_medicine(MedicineRecord(name="Morphine oral solution", as_needed=True))
    save_rules(medicine_id, AsNeededRules("Breakthrough pain", interval, None))
    return medicine_id


def _doses_panel(make_window, qtbot):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    return window.diary_tab.doses


def _type_given_at(qtbot, dialog, at: datetime) -> str:
    retype(qtbot, dialog.ui.givenAtEdit.date_field, us_date(at.date()))
    retype(qtbot, dialog.ui.givenAtEdit.time_field, us_time(at.time()))
    label = dialog.ui.limitsLabel
    return label.text() if label.isVisibleTo(dialog) else ""


def test_a_dose_logged_late_too_soon_before_the_next_says_so(store, make_window, qtbot):
    medicine_id = _morphine(interval=240)
    save_dose(DoseRecord(medicine_id, _now() - timedelta(hours=1), dose="5 mg"))
    panel = _doses_panel(make_window, qtbot)
    qtbot.mouseClick(panel.add_button, LEFT)
    dialog = shown_active(qtbot, panel.dialog)
    text = _type_given_at(qtbot, dialog, _now() - timedelta(hours=1, minutes=30))
    assert f"30 minutes {NEXT_TOO_SOON} entered from the prescription: 4 hours." in text
    assert "Check with the team before giving it, or tell them if it was given." in text
    assert dialog.ui.limitsLabel.font().bold()
    # Five hours before the other: outside the interval, nothing said.
    text = _type_given_at(qtbot, dialog, _now() - timedelta(hours=5))
    assert NEXT_TOO_SOON not in text and "check with the team" not in text.lower()
    qtbot.mouseClick(dialog.save_button, LEFT)  # a dose given is logged as typed
    assert len(doses_between(None, None)) == 2


def test_a_dose_moved_before_another_is_measured_against_it_not_itself(
    store, make_window, qtbot
):
    medicine_id = _morphine(interval=240)
    save_dose(DoseRecord(medicine_id, _now() - timedelta(hours=6), dose="5 mg"))
    save_dose(DoseRecord(medicine_id, _now() - timedelta(hours=1), dose="5 mg"))
    panel = _doses_panel(make_window, qtbot)
    table = panel.table
    newest = next(
        row for row in range(table.rowCount()) if table.item(row, 0) and table.item(row, 0).text()
    )
    rect = table.visualItemRect(table.item(newest, 0))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())
    qtbot.mouseClick(panel.edit_button, LEFT)
    dialog = shown_active(qtbot, panel.dialog)
    assert NEXT_TOO_SOON not in dialog.ui.limitsLabel.text()  # not too soon before itself
    text = _type_given_at(qtbot, dialog, _now() - timedelta(hours=7))
    assert f"1 hour {NEXT_TOO_SOON}" in text


def test_without_an_interval_entered_nothing_is_said_of_the_next_dose(store, make_window, qtbot):
    medicine_id = _morphine(interval=None)
    save_dose(DoseRecord(medicine_id, _now() - timedelta(hours=1), dose="5 mg"))
    panel = _doses_panel(make_window, qtbot)
    qtbot.mouseClick(panel.add_button, LEFT)
    dialog = shown_active(qtbot, panel.dialog)
    text = _type_given_at(qtbot, dialog, _now() - timedelta(hours=1, minutes=10))
    assert NEXT_TOO_SOON not in text and "No limits were entered" in text
