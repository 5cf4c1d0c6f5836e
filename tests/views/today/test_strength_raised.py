"""A dose raised at a visit: the doses given before keep the strength they were given at."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt

from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.store.medication.administrations import (
    AdministrationRecord,
    administrations_between,
    answer_dose,
)
from caregiver_app.store.medication.schedules import Schedule, save_schedule
from caregiver_app.store.sync.changes import local_changes
from caregiver_app.store.sync.devices import become_device
from caregiver_app.views.today.dose_rows import DoseRow
from tests.helpers.keys import retype, type_date, type_time
from tests.helpers.other_computer import toms_edit
from tests.views.diary.test_medicine_schedule_typing import (
    _active,
    _click,
    _click_row,
    _panel,
    _saved,
)


def test_a_strength_raised_in_the_form_leaves_the_morning_dose_at_what_was_given(
    store, make_window, qtbot
):
    today = date.today()
    morphine = save_medicine(
        MedicineRecord(name="Morphine SR", strength="15 mg", started_on=today - timedelta(days=40))
    )
    save_schedule(morphine, Schedule("times", ("08:00", "20:00")), datetime(2026, 1, 1))
    morning = datetime.combine(today, time(8, 0))
    answer_dose(
        AdministrationRecord(morphine, morning, "given", effective_at=morning, performer="Laura"),
        morning,
    )
    window, panel = _panel(make_window)
    _click_row(qtbot, panel.table, 0)
    _click(qtbot, panel.edit_button)
    dialog = _active(qtbot, panel.dialog)
    retype(qtbot, dialog.ui.strengthEdit, "30 mg")
    _click(qtbot, dialog.save_button)
    _saved(dialog)
    (given,) = administrations_between(morning, morning + timedelta(minutes=1))
    # Before, the answer kept "" (the dose on the list), which now read 30 mg.
    assert given.dosage == "15 mg"
    page = window.today_tab
    page.clock = lambda: datetime.combine(today, time(21, 0))
    window.tabs.setCurrentWidget(page)
    page.refresh()
    rows = {row.slot.scheduled_for: row.label.text() for row in page.findChildren(DoseRow)}
    assert "Morphine SR 15 mg\nGiven at 8:00" in rows[morning].replace("\u202f", " ")
    evening = rows[datetime.combine(today, time(20, 0))]
    assert "Morphine SR 30 mg\n" in evening


# The Today page's record (tests/views/today/conftest.py): morphine 15 mg at 8:00 and 20:00.
MORNING_1 = datetime(2026, 12, 1, 8)


def _morphine_8(page, qtbot):
    row = next(
        row
        for row in page.rows
        if row.slot.medicine.name == "Morphine ER" and row.slot.scheduled_for == MORNING_1
    )
    row.setFocus()
    return row


def _given_8() -> AdministrationRecord:
    (answer,) = administrations_between(MORNING_1, MORNING_1 + timedelta(minutes=1))
    return answer


def test_a_dose_answered_in_its_dialog_as_on_the_list_keeps_the_strength_shown(page, qtbot):
    qtbot.keyClick(_morphine_8(page, qtbot), Qt.Key.Key_Return)
    dialog = page.dialog
    qtbot.waitExposed(dialog)
    assert dialog.dose_edit.placeholderText() == "As on the medicine list: Morphine ER 15 mg"
    type_date(qtbot, dialog.given_at.date_field, date(2026, 12, 1))
    type_time(qtbot, dialog.given_at.time_field, time(8, 10))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    # Before, "" (the dose on the list), which read as any strength written there later.
    assert (_given_8().status, _given_8().dosage) == ("given", "15 mg")


def test_an_answer_from_before_with_no_dose_is_not_given_todays_strength(page, qtbot):
    answer_dose(
        AdministrationRecord(
            page.ids[0], MORNING_1, "given", effective_at=MORNING_1, performer="Laura"
        ),
        MORNING_1,
    )
    page.refresh()
    qtbot.keyClick(_morphine_8(page, qtbot), Qt.Key.Key_Return)
    dialog = page.dialog
    qtbot.waitExposed(dialog)
    retype(qtbot, dialog.note_edit, "With breakfast")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    # The strength it was given at is not known: it is not filled in from today's list.
    assert (_given_8().note, _given_8().dosage) == ("With breakfast", "")


def test_redo_after_the_strength_was_raised_on_another_computer_keeps_the_dose_given(page, qtbot):
    become_device("Laura's laptop")
    qtbot.keyClick(_morphine_8(page, qtbot), Qt.Key.Key_G)
    assert _given_8().dosage == "15 mg"
    page.stack.undo()
    assert administrations_between(MORNING_1, MORNING_1 + timedelta(minutes=1)) == []
    # Tom raises the strength on his laptop after a visit; the family folder brings it in.
    [mine] = [
        change
        for _, change in local_changes(0)
        if change.table == "medicine" and change.values["name"] == "Morphine ER"
    ]
    toms_edit(mine, strength="30 mg")
    page.stack.redo()
    # Before, the dose came back as "the dose on the list", which now said 30 mg.
    assert _given_8().dosage == "15 mg"
    page.refresh()
    row = _morphine_8(page, qtbot)
    assert row.label.text().startswith("8:00\u202fAM  Morphine ER 15 mg\nGiven late")
    evening = next(r for r in page.rows if r.slot.scheduled_for == MORNING_1.replace(hour=20))
    assert "Morphine ER 30 mg\n" in evening.label.text()
