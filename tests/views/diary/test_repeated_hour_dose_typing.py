"""A breakthrough dose's time typed in the hour New York's clocks go back through (Sunday
1 November 2026, 1:00 to 1:59 AM twice), on a laptop in London. The clock is set in UTC
and moved by the test, nothing waits."""

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from caregiver_app.store.diary.doses import DoseRecord, doses_between, get_dose, save_dose
from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.store.medication.schedules import AsNeededRules, save_rules
from caregiver_app.views.diary.dose_dialog import DoseDialog
from tests.helpers.dialogs import focusable_widgets_are_named
from tests.helpers.keys import retype
from tests.helpers.time_zone import LONDON, NEW_YORK, frozen_clock, home_away

FIRST_PASS = datetime(2026, 11, 1, 5, 0, tzinfo=UTC)  # the first 1:00 AM in New York


def _solution(interval: int | None = None) -> int:
    solution = save_medicine(MedicineRecord(name="Morphine oral solution", as_needed=True))
    save_rules(solution, AsNeededRules(min_interval_minutes=interval))
    return solution


def _new_dose(make_window, qtbot):
    window = make_window()
    window.show()
    panel = window.diary_tab.doses
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _passes() -> list[tuple[str, int]]:
    return [
        (dose.given_at.strftime("%H:%M"), dose.given_at.fold) for dose in doses_between(None, None)
    ]


def test_a_time_both_passes_of_which_are_past_is_asked_and_kept_as_chosen(
    store, make_window, qtbot, monkeypatch
):
    _solution()
    with home_away(NEW_YORK, LONDON), frozen_clock(monkeypatch, FIRST_PASS) as clock:
        clock.move(minutes=100)  # the second 1:40
        dialog = _new_dose(make_window, qtbot)
        choice = dialog.pass_choice
        # "Now" is one moment: nothing to ask, and the form says which 1:40 AM it is.
        assert choice.isVisible() and choice.second.isChecked()
        assert not choice.first.isChecked()
        time_line = dialog.ui.givenAtEdit.time_field.line
        retype(qtbot, time_line, "1:15 AM")
        assert choice.isVisible()
        assert choice.question.text() == "1:15\u202fAM came twice that night. Which one was it?"
        assert choice.first.text() == "1:15\u202fAM the first time (before the clocks went back)"
        assert choice.second.text() == "1:15\u202fAM the second time (after)"
        assert not choice.first.isChecked() and not choice.second.isChecked()  # no guess
        focusable_widgets_are_named(dialog)
        qtbot.keyClicks(dialog.ui.doseEdit, "5 mg")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        # Before, it was kept without a word as the first 1:15, whichever was meant.
        assert doses_between(None, None) == []
        assert dialog.error_label.text() == (
            "1:15\u202fAM came twice that night: choose the first time (before the clocks "
            "went back) or the second (after)."
        )
        assert dialog.isVisible()
        # From the keyboard: Tab from the time to the first choice, Down to the second,
        # Space to choose it.
        time_line.setFocus()
        qtbot.keyClick(time_line, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is choice.first
        qtbot.keyClick(choice.first, Qt.Key.Key_Down)
        assert QApplication.focusWidget() is choice.second
        qtbot.keyClick(choice.second, Qt.Key.Key_Space)
        assert choice.second.isChecked()
        qtbot.keyClick(choice.second, Qt.Key.Key_Return)
        assert not dialog.isVisible()
        assert _passes() == [("01:15", 1)]


def test_a_time_with_one_pass_past_is_that_pass_without_a_question(
    store, make_window, qtbot, monkeypatch
):
    _solution()
    with home_away(NEW_YORK, LONDON), frozen_clock(monkeypatch, FIRST_PASS) as clock:
        clock.move(minutes=70)  # the second 1:10: the second 1:30 has not come yet
        dialog = _new_dose(make_window, qtbot)
        retype(qtbot, dialog.ui.givenAtEdit.time_field.line, "1:30 AM")
        assert dialog.pass_choice.isHidden()
        qtbot.keyClick(dialog.ui.givenAtEdit.time_field.line, Qt.Key.Key_Return)
        assert _passes() == [("01:30", 0)]
        clock.move(minutes=-30)  # the first 1:40: no second pass has come
        dialog = _new_dose(make_window, qtbot)
        retype(qtbot, dialog.ui.givenAtEdit.time_field.line, "1:20 AM")
        assert dialog.pass_choice.isHidden()
        qtbot.keyClick(dialog.ui.givenAtEdit.time_field.line, Qt.Key.Key_Return)
        assert _passes() == [("01:20", 0), ("01:30", 0)]


def test_editing_a_dose_keeps_its_pass_unless_its_time_is_changed(store, qtbot, monkeypatch):
    solution = _solution()
    with home_away(NEW_YORK, LONDON), frozen_clock(monkeypatch, FIRST_PASS) as clock:
        clock.move(minutes=100)  # the second 1:40
        dose_id = save_dose(DoseRecord(solution, datetime(2026, 11, 1, 1, 15, fold=1)))
        for typed, kept in ((None, ("01:15", 1)), ("1:20 AM", None)):
            record = get_dose(dose_id)
            dialog = DoseDialog(record)
            qtbot.addWidget(dialog)
            dialog.show()
            # Which 1:15 AM the dose was given at shows, chosen; nothing is asked.
            assert dialog.pass_choice.isVisible() and dialog.pass_choice.second.isChecked()
            retype(qtbot, dialog.ui.noteEdit, "Calmer after")
            if typed:
                retype(qtbot, dialog.ui.givenAtEdit.time_field.line, typed)
                assert dialog.pass_choice.isVisible()  # a new time: asked again
                dialog.pass_choice.second.setFocus()
                qtbot.keyClick(dialog.pass_choice.second, Qt.Key.Key_Space)
                kept = ("01:20", 1)
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
            assert _passes() == [kept]


def test_the_dose_form_warns_of_the_interval_across_the_two_passes(
    store, make_window, qtbot, monkeypatch
):
    solution = _solution(interval=60)
    with home_away(NEW_YORK, LONDON), frozen_clock(monkeypatch, FIRST_PASS) as clock:
        clock.move(minutes=45)  # the first 1:45
        save_dose(DoseRecord(solution, datetime(2026, 11, 1, 1, 45), dose="5 mg"))
        clock.move(minutes=35)  # the second 1:20: the form opens at now
        dialog = _new_dose(make_window, qtbot)
        limits = dialog.ui.limitsLabel.text()
        # Before, the form's 1:20 lost its pass: the 1:45 read as logged before the clock
        # was set back, "the time between them is not known here".
        assert "35 minutes before" in limits
        assert "That is sooner than the smallest time between doses" in limits
        assert dialog.over_a_limit


def test_the_diary_lists_the_dose_in_the_second_pass_as_the_latest(
    store, make_window, qtbot, monkeypatch
):
    solution = _solution()
    with home_away(NEW_YORK, LONDON), frozen_clock(monkeypatch, FIRST_PASS) as clock:
        clock.move(minutes=100)  # the second 1:40
        for given_at in (datetime(2026, 11, 1, 1, 15, fold=1), datetime(2026, 11, 1, 1, 45)):
            save_dose(DoseRecord(solution, given_at, dose="5 mg"))
        window = make_window()
        window.show()
        panel = window.diary_tab.doses
        panel.refresh()
        model = panel.table.model()
        shown = [model.index(row, 0).data() for row in range(model.rowCount())]
        # Newest first. Before, the first 1:45 was on top, read as the last dose given; and
        # the two read "1:15 AM" and "1:45 AM", with nothing to say the 1:15 came later.
        assert shown == [
            "11/1/2026 1:15\u202fAM (after the clocks went back)",
            "11/1/2026 1:45\u202fAM (before the clocks went back)",
        ]
