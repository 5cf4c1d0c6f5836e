"""A dose raised at a visit: the doses given before keep the strength they were given at."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.store.medication.administrations import (
    AdministrationRecord,
    administrations_between,
    answer_dose,
)
from caregiver_app.store.medication.schedules import Schedule, save_schedule
from caregiver_app.views.today.dose_rows import DoseRow
from tests.helpers.keys import retype
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
