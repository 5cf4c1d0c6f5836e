"""In the medicine form and list, as a person does it: a new breakfast time, a switch to
as-needed, a start typed for today and "Mark as stopped today" count from when they are
saved; the doses before keep their times and answers."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from caregiver_app.services.medication.due import NOT_LOGGED, dose_slots
from caregiver_app.services.medication.today import today_data
from caregiver_app.store.diary.medicines import MedicineRecord, get_medicine, list_medicines
from caregiver_app.store.medication.administrations import AdministrationRecord, answer_dose
from caregiver_app.store.medication.medicine_plan import MedicinePlan, save_medicine_plan
from caregiver_app.store.medication.schedules import Schedule, save_usual_time, usual_times
from caregiver_app.store.medication.usual_history import earlier_usual_times
from caregiver_app.views.diary.medicine_dialog import MedicineDialog
from tests.helpers.keys import retype, type_time_as_shown, us_date
from tests.views.diary.test_medicine_schedule_typing import (
    _active,
    _check,
    _click,
    _click_row,
    _new_medicine,
    _panel,
    _saved,
)

WEDNESDAY = date(2026, 11, 25)
SETUP = datetime(2026, 11, 1)


@pytest.fixture
def saved_at(monkeypatch):
    """Save is pressed at the moment the test sets."""

    def at(moment: datetime) -> None:
        monkeypatch.setattr(MedicineDialog, "clock", staticmethod(lambda: moment))

    return at


def _give(medicine_id, due):
    given = due + timedelta(minutes=5)
    answer_dose(AdministrationRecord(medicine_id, due, "given", effective_at=given), now=given)


def _hours(slots, now):
    return [(slot.scheduled_for.day, slot.scheduled_for.hour, slot.state(now)) for slot in slots]


def _edit_first(make_window, qtbot):
    _window, panel = _panel(make_window)
    _click_row(qtbot, panel.table, 0)
    _click(qtbot, panel.edit_button)
    return panel, _active(qtbot, panel.dialog)


def test_a_breakfast_time_typed_anew_leaves_the_days_before_at_theirs(
    store, make_window, qtbot, saved_at
):
    save_usual_time("breakfast", time(8, 0), SETUP)
    dexa = save_medicine_plan(
        MedicinePlan(MedicineRecord("Dexamethasone"), Schedule("times", ("breakfast",))), SETUP
    )
    for day in (23, 24, 25):
        _give(dexa, datetime(2026, 11, day, 8))
    _panel_shown, dialog = _edit_first(make_window, qtbot)
    type_time_as_shown(qtbot, dialog.ui.scheduleEditor.usual_fields["breakfast"], time(9, 0))
    saved_at(datetime(2026, 11, 25, 10, 0))
    _click(qtbot, dialog.save_button)
    _saved(dialog)
    assert usual_times()["breakfast"] == time(9, 0)
    assert earlier_usual_times() == {"breakfast": ((datetime(2026, 11, 25, 10), time(8, 0)),)}
    now = datetime(2026, 11, 26, 14)
    # Before, Monday to Wednesday read "9:00 not logged", their 8:00 doses strays.
    assert _hours(dose_slots(date(2026, 11, 23), date(2026, 11, 26)), now) == [
        (23, 8, "given"),
        (24, 8, "given"),
        (25, 8, "given"),
        (26, 9, NOT_LOGGED),
    ]
    assert today_data(now).not_logged_earlier == []


def test_a_medicine_ticked_as_needed_keeps_the_doses_due_before(
    store, make_window, qtbot, saved_at
):
    oxy = save_medicine_plan(
        MedicinePlan(MedicineRecord("Oxycodone", "5 mg"), Schedule("times", ("08:00",))), SETUP
    )
    _give(oxy, datetime(2026, 11, 23, 8))  # Tuesday's nobody answered
    _panel_shown, dialog = _edit_first(make_window, qtbot)
    _check(qtbot, dialog.ui.asNeededCheck)
    saved_at(datetime(2026, 11, 24, 12, 0))
    _click(qtbot, dialog.save_button)
    _saved(dialog)
    assert get_medicine(oxy).as_needed
    now = datetime(2026, 11, 25, 14)
    # Before, Monday's given dose and Tuesday's unanswered one were gone from every reader.
    assert _hours(dose_slots(date(2026, 11, 23), WEDNESDAY), now) == [
        (23, 8, "given"),
        (24, 8, NOT_LOGGED),
    ]
    assert _hours(today_data(now).not_logged_earlier, now) == [(24, 8, NOT_LOGGED)]


def test_a_start_typed_for_today_at_3_pm_asks_nothing_of_this_morning(
    store, make_window, qtbot, saved_at
):
    _window, _panel_shown, dialog = _new_medicine(make_window, qtbot, "Senna")
    retype(qtbot, dialog.ui.startedEdit, us_date(WEDNESDAY))
    editor = dialog.ui.scheduleEditor
    _check(qtbot, editor.at_times)
    retype(qtbot, editor.time_fields[0], "8:00 AM")
    _click(qtbot, editor.add_time_button)
    retype(qtbot, editor.time_fields[1], "8:00 PM")
    saved_at(datetime(2026, 11, 25, 15, 0))
    _click(qtbot, dialog.save_button)
    _saved(dialog)
    (senna,) = list_medicines()
    assert (senna.started_on, senna.started_at) == (WEDNESDAY, datetime(2026, 11, 25, 15))
    now = datetime(2026, 11, 25, 16)
    # Before, 8:00 read "not logged" for a medicine the family had only just been given.
    assert _hours(today_data(now).doses_today, now) == [(25, 20, "upcoming")]


def test_a_start_typed_for_another_day_keeps_its_whole_day(store, make_window, qtbot, saved_at):
    _window, _panel_shown, dialog = _new_medicine(make_window, qtbot, "Senna")
    retype(qtbot, dialog.ui.startedEdit, us_date(date(2026, 11, 24)))
    saved_at(datetime(2026, 11, 25, 15, 0))
    _click(qtbot, dialog.save_button)
    _saved(dialog)
    (senna,) = list_medicines()
    assert (senna.started_on, senna.started_at) == (date(2026, 11, 24), None)


def test_marked_as_stopped_at_noon_asks_for_this_morning_and_nothing_tonight(
    store, make_window, qtbot
):
    morphine = save_medicine_plan(
        MedicinePlan(MedicineRecord("Morphine ER"), Schedule("times", ("08:00", "20:00"))), SETUP
    )
    _give(morphine, datetime(2026, 11, 24, 8))  # and nobody answered since
    _window, panel = _panel(make_window)
    panel.clock = lambda: datetime(2026, 11, 25, 12, 0)
    _click_row(qtbot, panel.table, 0)
    _click(qtbot, panel.stop_button)
    record = get_medicine(morphine)
    assert (record.stopped_on, record.stopped_at) == (WEDNESDAY, datetime(2026, 11, 25, 12))
    now = datetime(2026, 11, 25, 21)
    data = today_data(now)
    # This morning's dose is still asked about, tonight's is not. Before, the whole day
    # and the unanswered doses of the days before were gone from the page.
    assert _hours(data.doses_today, now) == [(25, 8, NOT_LOGGED)]
    assert _hours(data.not_logged_earlier, now) == [
        (23, 8, NOT_LOGGED), (23, 20, NOT_LOGGED), (24, 20, NOT_LOGGED),
    ]  # fmt: skip
