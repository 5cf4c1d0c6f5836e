"""The medicine form's schedule, as-needed limits and supply, typed and clicked as a person does."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from caregiver_app.store.diary.medicines import MedicineRecord, list_medicines, save_medicine
from caregiver_app.store.medication.schedules import (
    AsNeededRules,
    Schedule,
    get_rules,
    get_schedule,
    save_rules,
    save_schedule,
    save_usual_time,
    usual_times,
)
from caregiver_app.store.medication.supply import (
    SupplyRecord,
    get_refill_warning,
    record_supply,
    supply_since_last_count,
)
from tests.helpers.dialogs import focusable_widgets_are_named
from tests.helpers.keys import line_of, retype, type_time_as_shown, us_date


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _check(qtbot, box) -> None:
    """Click a check box or radio button where a person clicks: on its box, at the left."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def _active(qtbot, dialog):
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _panel(make_window):
    window = make_window()
    window.show()
    window.tabs.setCurrentWidget(window.diary_tab)
    return window, window.diary_tab.medicines


def _new_medicine(make_window, qtbot, name: str):
    window, panel = _panel(make_window)
    _click(qtbot, panel.add_button)
    dialog = _active(qtbot, panel.dialog)
    retype(qtbot, dialog.ui.nameEdit, name)
    return window, panel, dialog


def _row_of(table, starts: str) -> int:
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text().startswith(starts))


def _click_row(qtbot, table, row: int) -> None:
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _saved(dialog) -> None:
    assert not dialog.isVisible(), dialog.error_label.text()


def _refused(dialog, words: str, field) -> None:
    assert dialog.isVisible()
    assert words in dialog.error_label.text()
    assert dialog.focusWidget() is line_of(field)


# ------------------------------------------------------------------ set times


def test_set_times_of_day_are_typed_and_kept(store, make_window, qtbot, typing_locale):
    _window, panel, dialog = _new_medicine(make_window, qtbot, "Morphine SR")
    editor = dialog.ui.scheduleEditor
    _check(qtbot, editor.at_times)
    type_time_as_shown(qtbot, editor.time_fields[0], time(8, 0))
    _click(qtbot, editor.add_time_button)
    assert dialog.focusWidget() is line_of(editor.time_fields[1])  # ready to type
    type_time_as_shown(qtbot, editor.time_fields[1], time(20, 0))
    with qtbot.waitSignal(panel.signals.medicines_changed):
        _click(qtbot, dialog.save_button)
    _saved(dialog)
    (medicine,) = list_medicines()
    assert get_schedule(medicine.id) == Schedule(kind="times", dose_times=("08:00", "20:00"))


def test_the_list_says_the_times_in_words(store, make_window, qtbot):
    _window, panel, dialog = _new_medicine(make_window, qtbot, "Morphine SR")
    editor = dialog.ui.scheduleEditor
    _check(qtbot, editor.at_times)
    retype(qtbot, editor.time_fields[0], "8:00 AM")
    _click(qtbot, editor.add_time_button)
    retype(qtbot, editor.time_fields[1], "20:00")
    _click(qtbot, dialog.save_button)
    _saved(dialog)
    schedule_cell = panel.table.item(_row_of(panel.table, "Morphine SR"), 2).text()
    assert schedule_cell.replace("\u202f", " ") == "8:00 AM, 8:00 PM"


def test_with_breakfast_uses_the_family_usual_time_typed_there(store, make_window, qtbot):
    _window, _, dialog = _new_medicine(make_window, qtbot, "Dexamethasone")
    editor = dialog.ui.scheduleEditor
    _check(qtbot, editor.at_times)
    _check(qtbot, editor.anchor_checks["breakfast"])
    retype(qtbot, editor.usual_fields["breakfast"], "7:30 AM")
    _check(qtbot, editor.anchor_checks["bedtime"])
    retype(qtbot, editor.usual_fields["bedtime"], "22:15")
    _click(qtbot, dialog.save_button)
    _saved(dialog)
    (medicine,) = list_medicines()
    assert get_schedule(medicine.id).dose_times == ("breakfast", "bedtime")
    usual = usual_times()
    assert (usual["breakfast"], usual["bedtime"], usual["lunch"]) == (
        time(7, 30),
        time(22, 15),
        None,
    )


def test_the_usual_times_show_in_every_medicine_and_change_for_all(store, make_window, qtbot):
    save_usual_time("breakfast", time(8, 0))
    senna = save_medicine(MedicineRecord(name="Senna"))
    save_schedule(senna, Schedule(kind="times", dose_times=("breakfast",)))
    _window, panel, dialog = _new_medicine(make_window, qtbot, "Dexamethasone")
    editor = dialog.ui.scheduleEditor
    assert editor.usual_fields["breakfast"].text().replace("\u202f", " ") == "8:00 AM"
    _check(qtbot, editor.at_times)
    _check(qtbot, editor.anchor_checks["breakfast"])
    retype(qtbot, editor.usual_fields["breakfast"], "9:00 AM")
    _click(qtbot, dialog.save_button)
    _saved(dialog)
    assert usual_times()["breakfast"] == time(9, 0)
    cell = panel.table.item(_row_of(panel.table, "Senna"), 2).text().replace("\u202f", " ")
    assert cell == "with breakfast (9:00 AM)"


def test_the_times_are_reached_and_typed_from_the_keyboard(store, make_window, qtbot):
    _window, _, dialog = _new_medicine(make_window, qtbot, "Morphine SR")
    editor = dialog.ui.scheduleEditor
    dialog.ui.asNeededCheck.setFocus()
    qtbot.keyClick(dialog.ui.asNeededCheck, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is editor.not_set_up  # the kind, chosen with the arrows
    qtbot.keyClick(editor.not_set_up, Qt.Key.Key_Down)
    assert editor.at_times.isChecked() and editor.time_fields[0].isVisibleTo(dialog)
    qtbot.keyClick(editor.at_times, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is line_of(editor.time_fields[0])
    qtbot.keyClicks(line_of(editor.time_fields[0]), "08:00")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is editor.add_time_button
    qtbot.keyClick(editor.add_time_button, Qt.Key.Key_Space)
    assert dialog.focusWidget() is line_of(editor.time_fields[1])
    qtbot.keyClicks(line_of(editor.time_fields[1]), "14:00")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # Enter saves, as everywhere
    _saved(dialog)
    (medicine,) = list_medicines()
    assert get_schedule(medicine.id).dose_times == ("08:00", "14:00")


# ------------------------------------------------------------------ every few hours, weekdays


def test_every_few_hours_from_a_first_time_on_chosen_days(store, make_window, qtbot, typing_locale):
    _window, _, dialog = _new_medicine(make_window, qtbot, "Paracetamol")
    editor = dialog.ui.scheduleEditor
    _check(qtbot, editor.every_hours_choice)
    retype(qtbot, editor.every_hours, "6")
    type_time_as_shown(qtbot, editor.first_time, time(6, 0))
    _check(qtbot, editor.day_checks[6])  # Saturday and Sunday off
    _check(qtbot, editor.day_checks[7])
    _click(qtbot, dialog.save_button)
    _saved(dialog)
    (medicine,) = list_medicines()
    assert get_schedule(medicine.id) == Schedule(
        kind="interval", every_hours=6, first_time=time(6, 0), weekdays=frozenset({1, 2, 3, 4, 5})
    )


def test_a_schedule_is_shown_again_as_saved_and_kept_when_saved_unchanged(
    store, make_window, qtbot
):
    medicine_id = save_medicine(MedicineRecord(name="Paracetamol", schedule="every 6 hours"))
    schedule = Schedule(
        kind="interval", every_hours=6, first_time=time(6, 0), weekdays=frozenset({1, 3, 5})
    )
    save_schedule(medicine_id, schedule)
    _window, panel = _panel(make_window)
    _click_row(qtbot, panel.table, 0)
    _click(qtbot, panel.edit_button)
    dialog = _active(qtbot, panel.dialog)
    editor = dialog.ui.scheduleEditor
    assert editor.every_hours_choice.isChecked() and editor.every_hours.text() == "6"
    assert [day for day, box in editor.day_checks.items() if box.isChecked()] == [1, 3, 5]
    _click(qtbot, dialog.save_button)
    _saved(dialog)
    assert get_schedule(medicine_id) == schedule
    assert list_medicines()[0].schedule == "every 6 hours"


# ------------------------------------------------------------------ not set up yet


def test_free_text_is_kept_word_for_word_and_shown_as_not_set_up(store, make_window, qtbot):
    words = "2 tablets at night,  more if no BM in 2 days"
    medicine_id = save_medicine(MedicineRecord(name="Senna", schedule=words))
    _window, panel = _panel(make_window)
    assert panel.table.item(0, 2).text() == f"{words} (schedule not set up yet)"
    _click_row(qtbot, panel.table, 0)
    _click(qtbot, panel.edit_button)
    dialog = _active(qtbot, panel.dialog)
    editor = dialog.ui.scheduleEditor
    assert editor.not_set_up.isChecked()
    assert editor.not_set_up_note.isVisibleTo(dialog)
    assert "Schedule not set up yet" in editor.not_set_up_note.text()
    assert dialog.ui.scheduleEdit.text() == words
    _click(qtbot, dialog.save_button)
    _saved(dialog)
    assert list_medicines()[0].schedule == words  # never read into a schedule
    assert not get_schedule(medicine_id).set_up


# ------------------------------------------------------------------ refusals


def test_set_times_with_no_time_are_refused_at_the_field(store, make_window, qtbot):
    _window, _, dialog = _new_medicine(make_window, qtbot, "Morphine SR")
    editor = dialog.ui.scheduleEditor
    _check(qtbot, editor.at_times)
    _click(qtbot, dialog.save_button)
    _refused(dialog, "Add at least one time of day", editor.time_fields[0])
    assert list_medicines() == []


@pytest.mark.parametrize(
    ("typed", "words"),
    [("0", "from 1 to 24"), ("", "from 1 to 24"), ("5", "different times each day")],
)
def test_every_zero_or_no_hours_is_refused(store, make_window, qtbot, typed, words):
    _window, _, dialog = _new_medicine(make_window, qtbot, "Paracetamol")
    editor = dialog.ui.scheduleEditor
    _check(qtbot, editor.every_hours_choice)
    retype(qtbot, editor.every_hours, typed)
    type_time_as_shown(qtbot, editor.first_time, time(6, 0))
    _click(qtbot, dialog.save_button)
    assert dialog.isVisible() and words in dialog.error_label.text()
    assert dialog.focusWidget() is editor.every_hours.lineEdit() or editor.every_hours.hasFocus()
    assert list_medicines() == []


def test_every_few_hours_needs_the_first_time(store, make_window, qtbot):
    _window, _, dialog = _new_medicine(make_window, qtbot, "Paracetamol")
    editor = dialog.ui.scheduleEditor
    _check(qtbot, editor.every_hours_choice)
    retype(qtbot, editor.every_hours, "8")
    _click(qtbot, dialog.save_button)
    _refused(dialog, "time of the first dose", editor.first_time)
    assert list_medicines() == []


def test_no_day_of_the_week_is_refused(store, make_window, qtbot):
    _window, _, dialog = _new_medicine(make_window, qtbot, "Morphine SR")
    editor = dialog.ui.scheduleEditor
    _check(qtbot, editor.at_times)
    retype(qtbot, editor.time_fields[0], "08:00")
    for box in editor.day_checks.values():
        _check(qtbot, box)
    _click(qtbot, dialog.save_button)
    assert dialog.isVisible() and "at least one day" in dialog.error_label.text()
    assert list_medicines() == []


def test_a_meal_without_its_usual_time_is_refused_at_the_usual_time(store, make_window, qtbot):
    _window, _, dialog = _new_medicine(make_window, qtbot, "Dexamethasone")
    editor = dialog.ui.scheduleEditor
    _check(qtbot, editor.at_times)
    _check(qtbot, editor.anchor_checks["lunch"])
    _click(qtbot, dialog.save_button)
    _refused(dialog, "usual time", editor.usual_fields["lunch"])
    assert list_medicines() == [] and usual_times()["lunch"] is None


def test_a_typed_time_that_is_not_a_time_is_refused_and_kept(store, make_window, qtbot):
    _window, _, dialog = _new_medicine(make_window, qtbot, "Morphine SR")
    editor = dialog.ui.scheduleEditor
    _check(qtbot, editor.at_times)
    retype(qtbot, editor.time_fields[0], "25:00")
    _click(qtbot, dialog.save_button)
    _refused(dialog, "is not a time", editor.time_fields[0])
    assert editor.time_fields[0].text() == "25:00"
    assert list_medicines() == []


def test_a_stop_before_the_start_is_refused(store, make_window, qtbot):
    _window, _, dialog = _new_medicine(make_window, qtbot, "Morphine SR")
    retype(qtbot, dialog.ui.startedEdit, "11/20/2026")
    retype(qtbot, dialog.ui.stoppedEdit, "11/1/2026")
    _click(qtbot, dialog.save_button)
    _refused(dialog, "cannot stop before it started", dialog.ui.stoppedEdit)
    assert list_medicines() == []


# ------------------------------------------------------------------ as needed and supply


def _as_needed(qtbot, dialog):
    check = dialog.ui.asNeededCheck
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Space)
    fields = dialog.ui.asNeededFields
    assert fields.isVisibleTo(dialog) and not dialog.ui.scheduleEditor.isVisibleTo(dialog)
    return fields


def test_as_needed_limits_and_the_supply_are_typed_and_kept(store, make_window, qtbot):
    _window, panel, dialog = _new_medicine(make_window, qtbot, "Morphine oral solution")
    fields = _as_needed(qtbot, dialog)
    fields.reasons.setFocus()
    qtbot.keyClicks(fields.reasons, "Breakthrough pain")
    qtbot.keyClick(fields.reasons, Qt.Key.Key_Return)
    qtbot.keyClicks(fields.reasons, "Breathlessness")
    retype(qtbot, fields.interval, "2")
    retype(qtbot, fields.max_per_day, "6")
    supply = dialog.ui.supplyFields
    retype(qtbot, supply.on_hand, "40")
    retype(qtbot, supply.warning_days, "7")
    _click(qtbot, dialog.save_button)
    _saved(dialog)
    (medicine,) = list_medicines()
    assert medicine.as_needed
    assert get_rules(medicine.id) == AsNeededRules("Breakthrough pain\nBreathlessness", 120, 6)
    (count,) = supply_since_last_count(medicine.id)
    assert (count.kind, count.amount) == ("count", 40)
    assert get_refill_warning(medicine.id) == 7
    cell = panel.table.item(0, 2).text()
    assert cell == "as needed (at least 2 hours apart, at most 6 doses in 24 hours)"


def test_the_interval_can_be_typed_in_minutes(store, make_window, qtbot):
    _window, _, dialog = _new_medicine(make_window, qtbot, "Midazolam")
    fields = _as_needed(qtbot, dialog)
    retype(qtbot, fields.interval, "30")
    fields.interval_unit.setFocus()
    qtbot.keyClick(fields.interval_unit, Qt.Key.Key_Down)  # hours -> minutes
    _click(qtbot, dialog.save_button)
    _saved(dialog)
    (medicine,) = list_medicines()
    assert get_rules(medicine.id) == AsNeededRules("", 30, None)  # the rest not entered


@pytest.mark.parametrize(
    ("box", "words"),
    [("interval", "more than zero"), ("max_per_day", "must be at least 1")],
)
def test_a_limit_of_zero_is_refused_at_its_box(store, make_window, qtbot, box, words):
    _window, _, dialog = _new_medicine(make_window, qtbot, "Morphine oral solution")
    fields = _as_needed(qtbot, dialog)
    spin = getattr(fields, box)
    retype(qtbot, spin, "0")
    _click(qtbot, dialog.save_button)
    assert dialog.isVisible() and words in dialog.error_label.text()
    assert spin.hasFocus()
    assert list_medicines() == []


def test_a_supply_left_as_shown_is_not_counted_again(store, make_window, qtbot):
    medicine_id = save_medicine(MedicineRecord(name="Senna"))
    record_supply(SupplyRecord(medicine_id, datetime.now() - timedelta(days=1), "count", 30))
    save_rules(medicine_id, AsNeededRules())
    _window, panel = _panel(make_window)
    _click_row(qtbot, panel.table, 0)
    _click(qtbot, panel.edit_button)
    dialog = _active(qtbot, panel.dialog)
    assert dialog.ui.supplyFields.on_hand.text() == "30"
    _click(qtbot, dialog.save_button)
    _saved(dialog)
    assert len(supply_since_last_count(medicine_id)) == 1


def test_every_control_of_the_form_is_named(store, make_window, qtbot):
    _window, _, dialog = _new_medicine(make_window, qtbot, "Morphine SR")
    editor = dialog.ui.scheduleEditor
    for choice in (editor.at_times, editor.every_hours_choice, editor.not_set_up):
        _check(qtbot, choice)
        focusable_widgets_are_named(dialog)
    _as_needed(qtbot, dialog)
    focusable_widgets_are_named(dialog)


def test_an_as_needed_medicine_has_no_times(store, make_window, qtbot):
    """Turning a regular medicine into an as-needed one takes it off the clock."""
    medicine_id = save_medicine(MedicineRecord(name="Oxycodone"))
    save_schedule(medicine_id, Schedule(kind="times", dose_times=("08:00",)))
    _window, panel = _panel(make_window)
    _click_row(qtbot, panel.table, 0)
    _click(qtbot, panel.edit_button)
    dialog = _active(qtbot, panel.dialog)
    _as_needed(qtbot, dialog)
    retype(qtbot, dialog.ui.startedEdit, us_date(date(2026, 11, 2)))
    _click(qtbot, dialog.save_button)
    _saved(dialog)
    assert not get_schedule(medicine_id).set_up and list_medicines()[0].as_needed
