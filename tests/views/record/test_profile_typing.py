"""The profile form typed as a person does: Tab in, type the date, Tab on, Save."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QCalendarWidget, QToolButton

from caregiver_app.store.queries import load_profile
from caregiver_app.views.record.profile_dialog import ProfileDialog
from tests.helpers.keys import line_of, retype, type_date_as_hinted


def _open(qtbot) -> ProfileDialog:
    dialog = ProfileDialog(first_run=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def _save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_tab_to_the_birth_date_type_it_and_tab_on(store, qtbot, typing_locale):
    dialog = _open(qtbot)
    ui = dialog.ui
    ui.patientNameEdit.setFocus()
    qtbot.keyClicks(ui.patientNameEdit, "Ana")
    qtbot.keyClick(ui.patientNameEdit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is line_of(ui.dateOfBirthEdit)
    typed = type_date_as_hinted(qtbot, ui.dateOfBirthEdit, date(1947, 3, 14))
    assert ui.dateOfBirthEdit.text() == typed  # what is typed is what is shown
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is ui.diagnosisEdit  # Tab leaves the date field
    qtbot.keyClicks(ui.diagnosisEdit, "NSCLC")
    qtbot.keyClick(ui.diagnosisEdit, Qt.Key.Key_Tab)
    type_date_as_hinted(qtbot, ui.diagnosisDateEdit, date(2025, 11, 20))
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    saved = load_profile()
    assert (saved.patient_name, saved.date_of_birth, saved.diagnosis_date) == (
        "Ana",
        date(1947, 3, 14),
        date(2025, 11, 20),
    )


def test_the_hint_shows_the_form_and_what_blank_means(store, qtbot, typing_locale):
    dialog = _open(qtbot)
    field = dialog.ui.dateOfBirthEdit
    hint = {"en_US": "M/D/YYYY", "es_ES": "D/M/YYYY", "zh_CN": "YYYY/M/D"}[typing_locale]
    assert field.hint() == hint
    assert hint in line_of(field).placeholderText()
    assert "Not recorded" in line_of(field).placeholderText()


@pytest.mark.parametrize("typed", ["3/14/47", "Not set141947", "2/30/1947", "March 14"])
def test_a_typed_non_date_is_refused_at_the_field_and_nothing_saved(store, qtbot, typed):
    dialog = _open(qtbot)
    retype(qtbot, dialog.ui.patientNameEdit, "Ana")
    retype(qtbot, dialog.ui.dateOfBirthEdit, typed)
    _save(qtbot, dialog)
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert dialog.error_label.text().strip()
    assert dialog.focusWidget() is line_of(dialog.ui.dateOfBirthEdit)
    assert dialog.ui.dateOfBirthEdit.text() == typed  # kept as typed, to correct
    assert load_profile().is_empty()


def test_a_date_is_cleared_with_the_keys_or_the_clear_button(store, qtbot):
    dialog = _open(qtbot)
    ui = dialog.ui
    retype(qtbot, ui.patientNameEdit, "Ana")
    retype(qtbot, ui.dateOfBirthEdit, "3/14/1947")
    retype(qtbot, ui.diagnosisDateEdit, "11/20/2025")
    _save(qtbot, dialog)
    assert load_profile().date_of_birth == date(1947, 3, 14)

    dialog = _open(qtbot)
    ui = dialog.ui
    assert ui.dateOfBirthEdit.text() == "3/14/1947"
    line = line_of(ui.dateOfBirthEdit)
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    clear = next(b for b in line_of(ui.diagnosisDateEdit).findChildren(QToolButton))
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    _save(qtbot, dialog)
    saved = load_profile()
    assert saved.date_of_birth is None and saved.diagnosis_date is None


def test_the_calendar_opens_at_today_or_at_the_value_and_picks_with_the_keys(store, qtbot):
    dialog = _open(qtbot)
    field = dialog.ui.dateOfBirthEdit
    line = line_of(field)
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = field.popup.findChild(QCalendarWidget)
    assert calendar.selectedDate() == QDate.currentDate()  # not January 1900
    assert calendar.yearShown() == date.today().year
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Escape)
    assert not field.popup.isVisible()

    retype(qtbot, field, "3/14/1947")
    qtbot.keyClick(line, Qt.Key.Key_F4)
    calendar = field.popup.findChild(QCalendarWidget)
    assert (calendar.yearShown(), calendar.monthShown()) == (1947, 3)
    keys = calendar.focusWidget() or calendar  # the day grid inside the calendar
    qtbot.keyClick(keys, Qt.Key.Key_Right)  # the next day
    qtbot.keyClick(keys, Qt.Key.Key_Return)
    assert field.value() == date(1947, 3, 15)
    assert QApplication.focusWidget() in (line, None) or dialog.focusWidget() is line


def test_the_future_is_refused_with_a_sentence(store, qtbot):
    dialog = _open(qtbot)
    retype(qtbot, dialog.ui.patientNameEdit, "Ana")
    tomorrow = date.today() + timedelta(days=1)
    retype(qtbot, dialog.ui.diagnosisDateEdit, f"{tomorrow.month}/{tomorrow.day}/{tomorrow.year}")
    _save(qtbot, dialog)
    assert dialog.isVisible() and "future" in dialog.error_label.text()
    assert load_profile().is_empty()


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    born=st.dates(min_value=date(1900, 1, 1), max_value=date.today()),
    name=st.text(
        alphabet=st.characters(whitelist_categories=("L", "N", "Zs")), min_size=1, max_size=20
    ).filter(lambda text: text.strip() == text and text),
)
def test_random_birth_dates_typed_by_keys_read_back_equal(store, qtbot, born, name):
    dialog = _open(qtbot)
    retype(qtbot, dialog.ui.patientNameEdit, name)
    type_date_as_hinted(qtbot, dialog.ui.dateOfBirthEdit, born)
    _save(qtbot, dialog)
    assert not dialog.isVisible(), dialog.error_label.text()
    saved = load_profile()
    assert (saved.patient_name, saved.date_of_birth) == (name, born)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    junk=st.text(alphabet="0123456789/-. abcXYZ", min_size=1, max_size=12).filter(
        lambda text: text.strip() != ""
    )
)
def test_random_junk_in_a_date_is_refused_or_read_exactly(store, qtbot, junk):
    from caregiver_app.views.widgets.typed_values import TypedValueError, parse_date

    dialog = _open(qtbot)
    before = load_profile()
    retype(qtbot, dialog.ui.patientNameEdit, "Ana")
    retype(qtbot, dialog.ui.dateOfBirthEdit, junk)
    _save(qtbot, dialog)
    try:
        expected = parse_date(junk, dialog.ui.dateOfBirthEdit.pattern)
    except TypedValueError:
        assert dialog.isVisible() and dialog.error_label.text().strip()
        assert load_profile() == before
        return
    if expected is not None and expected > date.today():
        assert dialog.isVisible()
        return
    assert not dialog.isVisible()
    assert load_profile().date_of_birth == expected
