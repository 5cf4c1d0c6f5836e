"""In the medicine form, as a person does it: times set up for a medicine that was as
needed, or whose schedule was not set up, count from when they are saved; the form says
so, and says it of the family's usual times once there are some to change."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtWidgets import QLabel

from caregiver_app.services.medication.due import NOT_LOGGED, dose_slots
from caregiver_app.services.medication.today import today_data
from caregiver_app.store.diary.medicines import MedicineRecord, get_medicine, list_medicines
from caregiver_app.store.medication.medicine_plan import MedicinePlan, save_medicine_plan
from caregiver_app.store.medication.schedules import save_usual_time
from tests.helpers.keys import retype, us_date
from tests.services.medication.test_first_schedule_later import ADDED, SET_UP, _log_begun
from tests.services.medication.test_first_schedule_later import _earlier_kinds as earlier_kinds
from tests.views.diary.test_medicine_in_force_typing import saved_at  # noqa: F401 (fixture)
from tests.views.diary.test_medicine_schedule_typing import (
    _active,
    _check,
    _click,
    _click_row,
    _new_medicine,
    _panel,
    _row_of,
    _saved,
)

LATER = datetime(2026, 11, 26, 14, 0)


def _edit(make_window, qtbot, name):
    _window, panel = _panel(make_window)
    _click_row(qtbot, panel.table, _row_of(panel.table, name))
    _click(qtbot, panel.edit_button)
    return _active(qtbot, panel.dialog)


def _type_twice_a_day(qtbot, dialog, note="first_note"):
    editor = dialog.ui.scheduleEditor
    _check(qtbot, editor.at_times)
    assert getattr(editor, note).isVisibleTo(dialog)  # said before Save is pressed
    assert not editor.change_note.isVisibleTo(dialog)
    retype(qtbot, editor.time_fields[0], "8:00 AM")
    _click(qtbot, editor.add_time_button)
    retype(qtbot, editor.time_fields[1], "8:00 PM")


def _add_senna(make_window, qtbot, save_at, at, started=None):
    """Senna typed in as a new medicine, 8 AM and 8 PM (``started`` typed in Started when
    given), saved at ``at``; returns the window."""
    window, _panel_shown, dialog = _new_medicine(make_window, qtbot, "Senna")
    if started is not None:
        retype(qtbot, dialog.ui.startedEdit, us_date(started))
    _type_twice_a_day(qtbot, dialog, note="new_note")
    save_at(at)
    _click(qtbot, dialog.save_button)
    _saved(dialog)
    return window


def _clear_start(make_window, qtbot, save_at, at):
    """Senna's Started emptied in its form and saved at ``at``."""
    dialog = _edit(make_window, qtbot, "Senna")
    retype(qtbot, dialog.ui.startedEdit, "")
    save_at(at)
    _click(qtbot, dialog.save_button)
    _saved(dialog)


def _senna_asked(now=LATER):
    return [
        (slot.scheduled_for.day, slot.scheduled_for.hour, slot.state(now))
        for slot in dose_slots(date(2026, 11, 23), now.date())
        if slot.medicine.name == "Senna"
    ]


def _earlier_kinds(store):
    """Senna's earlier schedules, by kind."""
    return [(kind,) for kind, _until in earlier_kinds(store)]


def test_an_as_needed_medicine_unticked_and_given_times_asks_nothing_before(
    store,
    make_window,
    qtbot,
    saved_at,  # noqa: F811
):
    _log_begun()
    senna = save_medicine_plan(MedicinePlan(MedicineRecord("Senna", as_needed=True)), ADDED)
    dialog = _edit(make_window, qtbot, "Senna")
    _check(qtbot, dialog.ui.asNeededCheck)  # unticked: taken regularly now
    _type_twice_a_day(qtbot, dialog)
    saved_at(SET_UP)
    _click(qtbot, dialog.save_button)
    _saved(dialog)
    assert not get_medicine(senna).as_needed
    # Before, Monday, Tuesday and Wednesday morning read "not logged".
    assert _senna_asked() == [(25, 20, NOT_LOGGED), (26, 8, NOT_LOGGED), (26, 20, "upcoming")]
    earlier = [slot for slot in today_data(LATER).not_logged_earlier if slot.medicine.id == senna]
    assert [slot.scheduled_for for slot in earlier] == [datetime(2026, 11, 25, 20)]
    assert _earlier_kinds(store) == [("as_needed",)]


def test_times_set_up_weeks_after_the_prescriptions_words_ask_nothing_before(
    store,
    make_window,
    qtbot,
    saved_at,  # noqa: F811
):
    _log_begun()
    save_medicine_plan(MedicinePlan(MedicineRecord("Senna", schedule="twice a day")), ADDED)
    dialog = _edit(make_window, qtbot, "Senna")
    assert not dialog.ui.scheduleEditor.first_note.isVisibleTo(dialog)  # until times are chosen
    _type_twice_a_day(qtbot, dialog)
    saved_at(SET_UP)
    _click(qtbot, dialog.save_button)
    _saved(dialog)
    assert _senna_asked() == [(25, 20, NOT_LOGGED), (26, 8, NOT_LOGGED), (26, 20, "upcoming")]
    assert _earlier_kinds(store) == [("none",)]


def test_a_new_medicine_says_when_its_times_count_from_and_nothing_of_unset_usual_times(
    store, make_window, qtbot
):
    _window, _panel_shown, dialog = _new_medicine(make_window, qtbot, "Senna")
    editor = dialog.ui.scheduleEditor
    assert not editor.new_note.isVisibleTo(dialog)  # until times are chosen
    _check(qtbot, editor.at_times)
    assert editor.new_note.isVisibleTo(dialog)
    assert "With no date in Started" in editor.new_note.text()
    assert not editor.first_note.isVisibleTo(dialog)
    assert not editor.usual_note.isVisibleTo(dialog)  # no usual time is kept to change


def test_a_new_medicine_typed_with_its_times_and_no_start_asks_nothing_before_it(
    store,
    make_window,
    qtbot,
    saved_at,  # noqa: F811
):
    # The family's first day with the app: a medicine given for months is typed in at
    # 10:00 on Wednesday. Before, Today listed its doses of Monday, Tuesday and that
    # morning as overdue, "not logged", and the reminders said they came due while the app
    # was closed.
    _log_begun()
    _add_senna(make_window, qtbot, saved_at, SET_UP)
    assert _senna_asked() == [(25, 20, NOT_LOGGED), (26, 8, NOT_LOGGED), (26, 20, "upcoming")]
    earlier = today_data(SET_UP).not_logged_earlier
    assert [slot for slot in earlier if slot.medicine.name == "Senna"] == []


def test_a_new_medicine_typed_with_a_start_counts_its_times_from_that_day(
    store,
    make_window,
    qtbot,
    saved_at,  # noqa: F811
):
    _log_begun()
    _add_senna(make_window, qtbot, saved_at, SET_UP, date(2026, 11, 23))
    assert _senna_asked()[:2] == [(23, 8, NOT_LOGGED), (23, 20, NOT_LOGGED)]
    assert _earlier_kinds(store) == []


def test_the_usual_times_say_a_change_counts_from_when_it_is_saved(store, make_window, qtbot):
    save_usual_time("breakfast", time(8, 0), ADDED)
    _window, _panel_shown, dialog = _new_medicine(make_window, qtbot, "Senna")
    editor = dialog.ui.scheduleEditor
    assert not editor.usual_note.isVisibleTo(dialog)  # with the times, once they are chosen
    _check(qtbot, editor.at_times)
    assert editor.usual_note.isVisibleTo(dialog)
    assert "counts from the moment you save it" in editor.usual_note.text()


def test_a_start_typed_by_mistake_then_cleared_asks_nothing_before_it_either(
    store,
    make_window,
    qtbot,
    saved_at,  # noqa: F811
):
    # Added on Wednesday at 10:00 with today typed in Started; half an hour later the
    # family clears it (they do not know when it began). Before, its doses of Monday,
    # Tuesday and that morning came back as overdue, "not logged".
    _log_begun()
    _add_senna(make_window, qtbot, saved_at, SET_UP, SET_UP.date())
    _clear_start(make_window, qtbot, saved_at, SET_UP + timedelta(minutes=30))
    senna = get_medicine(_senna_id())
    assert senna.started_on is None
    assert _senna_asked() == [(25, 20, NOT_LOGGED), (26, 8, NOT_LOGGED), (26, 20, "upcoming")]
    earlier = today_data(LATER).not_logged_earlier
    assert [slot.scheduled_for for slot in earlier if slot.medicine.name == "Senna"] == [
        datetime(2026, 11, 25, 20)
    ]


def test_a_past_start_cleared_keeps_the_doses_asked_since_it_and_none_before(
    store,
    make_window,
    qtbot,
    saved_at,  # noqa: F811
):
    _log_begun()
    _add_senna(make_window, qtbot, saved_at, SET_UP, date(2026, 11, 24))
    _clear_start(make_window, qtbot, saved_at, SET_UP + timedelta(minutes=30))
    assert _senna_asked()[:2] == [(24, 8, NOT_LOGGED), (24, 20, NOT_LOGGED)]  # not the 23rd


def _senna_id():
    return next(medicine.id for medicine in list_medicines() if medicine.name == "Senna")


def _today_texts(window, at):
    page = window.today_tab
    page.clock = lambda: at
    page.refresh()
    return [label.text() for label in page.body.findChildren(QLabel)]


def test_a_first_medicine_typed_in_the_evening_is_not_said_to_have_no_schedule(
    store,
    make_window,
    qtbot,
    saved_at,  # noqa: F811
):
    # The first evening with the app: the family types Senna, 8 AM and 8 PM, at 9 PM. Its
    # doses start tomorrow morning; Today said "No medicine has a schedule set up yet. Set
    # the times in the Symptom diary tab", the times they had just set.
    evening = datetime(2026, 11, 25, 21, 0)
    window = _add_senna(make_window, qtbot, saved_at, evening)
    texts = _today_texts(window, evening)
    assert not any("No medicine has a schedule set up yet" in text for text in texts)
    assert "The medicine times are set up. No dose is due today." in texts
    assert "Senna: first dose tomorrow at 8:00\u202fAM." in texts
    morning = _today_texts(window, datetime(2026, 11, 26, 7, 0))
    assert any(text.startswith("8:00\u202fAM  Senna") for text in morning)


def test_a_medicine_starting_tomorrow_is_not_said_to_have_no_schedule(
    store,
    make_window,
    qtbot,
    saved_at,  # noqa: F811
):
    window = _add_senna(make_window, qtbot, saved_at, SET_UP, date(2026, 11, 26))
    texts = _today_texts(window, SET_UP)
    assert not any("No medicine has a schedule set up yet" in text for text in texts)
    assert "The medicine times are set up. No dose is due today." in texts
    assert "Senna: first dose tomorrow at 8:00\u202fAM." in texts
