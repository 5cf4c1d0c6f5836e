"""The diary's forms typed as a person does: entries, medicines, breakthrough doses."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from caregiver_app.store.diary.doses import doses_between
from caregiver_app.store.diary.entries import count_entries, entries_between
from caregiver_app.store.diary.medicines import MedicineRecord, list_medicines, save_medicine
from tests.helpers.keys import line_of, retype, type_date_as_hinted, type_time_as_shown


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _active(qtbot, dialog):
    """The dialog as a person meets it: on screen and holding the keyboard."""
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _diary(make_window):
    window = make_window()
    window.show()
    return window, window.diary_tab


# ------------------------------------------------------------------ medicines


def _medicine_dialog(make_window, qtbot):
    window, tab = _diary(make_window)
    panel = tab.medicines
    _click(qtbot, panel.add_button)
    return window, _active(qtbot, panel.dialog)


def test_a_typed_start_date_is_saved_exactly(store, make_window, qtbot, typing_locale):
    _window, dialog = _medicine_dialog(make_window, qtbot)
    ui = dialog.ui
    retype(qtbot, ui.nameEdit, "Senna")
    # Tab into Started as a person would, from the field before it.
    ui.prescriberCombo.setFocus()
    qtbot.keyClick(ui.prescriberCombo, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is line_of(ui.startedEdit)
    type_date_as_hinted(qtbot, ui.startedEdit, date(2026, 11, 20))
    _click(qtbot, dialog.save_button)
    assert not dialog.isVisible(), dialog.error_label.text()
    (medicine,) = list_medicines()
    assert medicine.started_on == date(2026, 11, 20)  # not 11/6/2020


def test_a_new_medicine_has_no_start_date_until_one_is_typed(store, make_window, qtbot):
    _window, dialog = _medicine_dialog(make_window, qtbot)
    assert dialog.ui.startedEdit.text() == ""
    assert "Not recorded" in line_of(dialog.ui.startedEdit).placeholderText()
    retype(qtbot, dialog.ui.nameEdit, "Morphine SR")
    _click(qtbot, dialog.save_button)
    (medicine,) = list_medicines()
    assert medicine.started_on is None and medicine.stopped_on is None


@pytest.mark.parametrize("typed", ["11/20/26", "11/31/2026", "soon"])
def test_a_start_that_is_not_a_date_is_refused_at_the_field(store, make_window, qtbot, typed):
    _window, dialog = _medicine_dialog(make_window, qtbot)
    retype(qtbot, dialog.ui.nameEdit, "Senna")
    retype(qtbot, dialog.ui.startedEdit, typed)
    _click(qtbot, dialog.save_button)
    assert dialog.isVisible() and dialog.error_label.text().strip()
    assert dialog.focusWidget() is line_of(dialog.ui.startedEdit)
    assert dialog.ui.startedEdit.text() == typed
    assert list_medicines() == []


def test_stopped_before_started_is_refused(store, make_window, qtbot):
    _window, dialog = _medicine_dialog(make_window, qtbot)
    retype(qtbot, dialog.ui.nameEdit, "Senna")
    retype(qtbot, dialog.ui.startedEdit, "11/20/2026")
    retype(qtbot, dialog.ui.stoppedEdit, "11/1/2026")
    _click(qtbot, dialog.save_button)
    assert dialog.isVisible() and list_medicines() == []


def test_choices_in_the_medicine_form_are_made_with_the_keys(store, make_window, qtbot):
    _window, dialog = _medicine_dialog(make_window, qtbot)
    ui = dialog.ui
    retype(qtbot, ui.nameEdit, "Oxycodone")
    ui.routeCombo.setFocus()
    qtbot.keyClick(ui.routeCombo, Qt.Key.Key_Down)  # by mouth -> under the tongue
    ui.asNeededCheck.setFocus()
    qtbot.keyClick(ui.asNeededCheck, Qt.Key.Key_Space)
    _click(qtbot, dialog.save_button)
    (medicine,) = list_medicines()
    assert medicine.route == "under the tongue or in the cheek" and medicine.as_needed


# ------------------------------------------------------------------ doses


def _dose_dialog(make_window, qtbot):
    save_medicine(MedicineRecord(name="Morphine oral solution", as_needed=True))
    window, tab = _diary(make_window)
    _click(qtbot, tab.doses.add_button)
    return window, _active(qtbot, tab.doses.dialog)


def test_an_earlier_time_typed_by_hand_is_kept(store, make_window, qtbot, typing_locale):
    _window, dialog = _dose_dialog(make_window, qtbot)
    ui = dialog.ui
    earlier = (datetime.now() - timedelta(hours=5)).replace(second=0, microsecond=0)
    type_date_as_hinted(qtbot, ui.givenAtEdit.date_field, earlier.date())
    type_time_as_shown(qtbot, ui.givenAtEdit.time_field, earlier.time())
    retype(qtbot, ui.doseEdit, "5 mg")
    retype(qtbot, ui.beforeSpin, "7")
    _click(qtbot, dialog.save_button)
    assert not dialog.isVisible(), dialog.error_label.text()
    (dose,) = doses_between(None, None)
    assert dose.given_at == earlier  # not "now"
    assert (dose.dose, dose.score_before, dose.score_after) == ("5 mg", 7, None)


def test_a_dose_in_the_future_is_refused_with_a_sentence(store, make_window, qtbot):
    _window, dialog = _dose_dialog(make_window, qtbot)
    later = datetime.now() + timedelta(hours=3)
    tomorrow = date.today() + timedelta(days=1)
    typed_day = f"{tomorrow.month}/{tomorrow.day}/{tomorrow.year}"
    retype(qtbot, dialog.ui.givenAtEdit.date_field, typed_day)
    retype(qtbot, dialog.ui.givenAtEdit.time_field, later.strftime("%H:%M"))
    _click(qtbot, dialog.save_button)
    assert dialog.isVisible() and "future" in dialog.error_label.text()
    assert doses_between(None, None) == []


@pytest.mark.parametrize("typed", ["25:00", "13:30 PM", "half past"])
def test_a_given_time_that_is_not_a_time_is_refused(store, make_window, qtbot, typed):
    _window, dialog = _dose_dialog(make_window, qtbot)
    retype(qtbot, dialog.ui.givenAtEdit.time_field, typed)
    _click(qtbot, dialog.save_button)
    assert dialog.isVisible() and "is not a time" in dialog.error_label.text()
    assert dialog.focusWidget() is line_of(dialog.ui.givenAtEdit.time_field)
    assert doses_between(None, None) == []


def test_the_after_score_is_typed_and_the_reason_chosen_with_the_keys(store, make_window, qtbot):
    _window, dialog = _dose_dialog(make_window, qtbot)
    ui = dialog.ui
    given = (datetime.now() - timedelta(minutes=40)).replace(second=0, microsecond=0)
    type_date_as_hinted(qtbot, ui.givenAtEdit.date_field, given.date())
    type_time_as_shown(qtbot, ui.givenAtEdit.time_field, given.time())
    assert ui.reasonCombo.currentText() == ""  # no reason until one is chosen
    ui.reasonCombo.setFocus()
    qtbot.keyClick(ui.reasonCombo, Qt.Key.Key_Down)  # nothing -> pain
    qtbot.keyClick(ui.reasonCombo, Qt.Key.Key_Down)  # pain -> shortness of breath
    ui.symptomCombo.setFocus()
    qtbot.keyClick(ui.symptomCombo, Qt.Key.Key_Down)  # pain -> tiredness
    retype(qtbot, ui.beforeSpin, "8")
    _click(qtbot, dialog.save_button)
    (dose,) = doses_between(None, None)
    assert (dose.reason, dose.symptom, dose.score_before) == (
        "shortness of breath",
        "tiredness",
        8,
    )
    panel = _window.diary_tab.doses
    assert panel.prompt.isVisibleTo(panel)  # 40 minutes on: the score after is asked for
    _click(qtbot, panel.prompt_button)
    dialog = panel.dialog
    retype(qtbot, dialog.ui.afterSpin, "3")
    _click(qtbot, dialog.save_button)
    (dose,) = doses_between(None, None)
    assert dose.score_after == 3 and dose.after_recorded_at is not None
    assert "recorded (1 dose), the average went from 8.0" in panel.summary.text()


# ------------------------------------------------------------------ entries


def _entry_dialog(make_window, qtbot):
    window, tab = _diary(make_window)
    _click(qtbot, tab.new_button)
    return window, _active(qtbot, tab.entry_dialog)


def test_an_entry_is_typed_from_the_keyboard_alone(store, make_window, qtbot, typing_locale):
    _window, dialog = _entry_dialog(make_window, qtbot)
    ui = dialog.ui
    when = (datetime.now() - timedelta(days=2)).replace(hour=21, minute=5, second=0, microsecond=0)
    type_date_as_hinted(qtbot, ui.recordedAtEdit.date_field, when.date())
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is line_of(ui.recordedAtEdit.time_field)
    type_time_as_shown(qtbot, ui.recordedAtEdit.time_field, when.time())
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is ui.completedByCombo
    qtbot.keyClick(ui.completedByCombo, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is ui.painSpin
    for score in "7", "0", "10":  # pain, tiredness, drowsiness
        qtbot.wait(1)  # the score box selects its text as focus arrives
        qtbot.keyClicks(dialog.focusWidget(), score)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    _click(qtbot, dialog.save_button)
    assert not dialog.isVisible(), dialog.error_label.text()
    (entry,) = entries_between(None, None)
    assert entry.recorded_at == when
    assert (entry.scores["pain"], entry.scores["tiredness"], entry.scores["drowsiness"]) == (
        7,
        0,
        10,
    )
    assert entry.scores["nausea"] is None  # untouched stays "not rated"


def test_an_entry_time_that_is_not_one_is_refused(store, make_window, qtbot):
    _window, dialog = _entry_dialog(make_window, qtbot)
    assert dialog.ui.nauseaSpin.text() == "not rated"  # what a blank score says
    retype(qtbot, dialog.ui.recordedAtEdit.time_field, "13:30 PM")
    retype(qtbot, dialog.ui.painSpin, "4")
    _click(qtbot, dialog.save_button)
    assert dialog.isVisible() and "is not a time" in dialog.error_label.text()
    assert count_entries() == 0


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    days_ago=st.integers(min_value=1, max_value=3650),
    at=st.times().map(lambda t: t.replace(second=0, microsecond=0)),
    pain=st.integers(min_value=0, max_value=10),
)
def test_random_entries_typed_by_keys_read_back_equal(
    store, make_window, qtbot, days_ago, at, pain
):
    _window, dialog = _entry_dialog(make_window, qtbot)
    when = datetime.combine(date.today() - timedelta(days=days_ago), at)
    type_date_as_hinted(qtbot, dialog.ui.recordedAtEdit.date_field, when.date())
    type_time_as_shown(qtbot, dialog.ui.recordedAtEdit.time_field, when.time())
    retype(qtbot, dialog.ui.painSpin, str(pain))
    before = count_entries()
    _click(qtbot, dialog.save_button)
    assert not dialog.isVisible(), dialog.error_label.text()
    assert count_entries() == before + 1
    saved = max(entries_between(None, None), key=lambda entry: entry.id)  # the newest
    assert (saved.recorded_at, saved.scores["pain"]) == (when, pain)


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(junk=st.text(alphabet="0123456789:apm. xyz", min_size=1, max_size=9))
def test_random_time_text_is_refused_or_saved_exactly(store, make_window, qtbot, junk):
    from caregiver_app.views.look.locale_format import display_locale
    from caregiver_app.views.widgets.typed_values import TypedValueError, parse_time

    _window, dialog = _entry_dialog(make_window, qtbot)
    day = date.today() - timedelta(days=1)
    type_date_as_hinted(qtbot, dialog.ui.recordedAtEdit.date_field, day)
    retype(qtbot, dialog.ui.recordedAtEdit.time_field, junk)
    retype(qtbot, dialog.ui.painSpin, "2")
    before = count_entries()
    _click(qtbot, dialog.save_button)
    try:
        expected = parse_time(junk, display_locale())
    except TypedValueError:
        expected = None
    if expected is None:
        assert dialog.isVisible() and dialog.error_label.text().strip()
        assert count_entries() == before
    else:
        assert not dialog.isVisible()
        saved = [e.recorded_at for e in entries_between(None, None)]
        assert datetime.combine(day, expected) in saved


def test_time_fields_are_shown_in_the_locale_form_and_read_back(store, make_window, qtbot):
    _window, dialog = _entry_dialog(make_window, qtbot)
    field = dialog.ui.recordedAtEdit.time_field
    field.set_value(time(22, 30))
    assert field.value() == time(22, 30)


def test_an_emptied_score_is_not_rated_and_a_half_typed_number_is_refused(
    store, make_window, qtbot
):
    _window, dialog = _entry_dialog(make_window, qtbot)
    ui = dialog.ui
    retype(qtbot, ui.painSpin, "7")
    qtbot.keyClick(ui.painSpin, Qt.Key.Key_Tab)
    retype(qtbot, ui.painSpin, "")  # emptied, as a person takes a score back
    qtbot.keyClick(ui.painSpin, Qt.Key.Key_Tab)
    assert ui.painSpin.text() == "not rated"  # not the 7 put back
    retype(qtbot, ui.tirednessSpin, "3")
    retype(qtbot, ui.oxygenSaturationSpin, "4")  # on the way to 94, not a saturation
    qtbot.keyClick(ui.oxygenSaturationSpin, Qt.Key.Key_Tab)
    assert ui.oxygenSaturationSpin.cleanText() == "4"  # kept as typed, not replaced
    _click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert "whole number from 50 to 100" in dialog.error_label.text()
    assert dialog.focusWidget() is ui.oxygenSaturationSpin or ui.oxygenSaturationSpin.hasFocus()
    assert count_entries() == 0
    retype(qtbot, ui.oxygenSaturationSpin, "94")
    qtbot.keyClick(ui.oxygenSaturationSpin, Qt.Key.Key_Return)  # Enter saves
    assert not dialog.isVisible(), dialog.error_label.text()
    (entry,) = entries_between(None, None)
    assert entry.scores["pain"] is None and entry.scores["tiredness"] == 3
    assert entry.oxygen_saturation == 94
