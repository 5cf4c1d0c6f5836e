"""The dose answer dialog, typed into: time given or Now, who, dose, reason, note, history."""

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from caregiver_app.store import home_clock
from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.store.medication.administrations import administrations_between, history
from caregiver_app.store.medication.schedules import Schedule, save_schedule
from caregiver_app.views.signals import AppSignals
from caregiver_app.views.today.today_page import TodayPage
from caregiver_app.views.widgets import date_fields
from tests.helpers.dialogs import focusable_widgets_are_named
from tests.helpers.keys import retype, type_date, type_time
from tests.views.today.conftest import DAY_START
from tests.views.today.test_today_page import _row


def _answers():
    return administrations_between(DAY_START, DAY_START + timedelta(days=1))


def _open_with_enter(page, qtbot, name, hour):
    row = _row(page, name, hour)
    row.setFocus()
    qtbot.keyClick(row, Qt.Key.Key_Return)
    dialog = page.dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_given_at_a_typed_time_by_a_nurse_with_a_smaller_dose(page, qtbot):
    dialog = _open_with_enter(page, qtbot, "Morphine ER", 8)
    focusable_widgets_are_named(dialog)
    assert dialog.heading.text().startswith("Morphine ER 15 mg, due 12/1/2026")
    type_date(qtbot, dialog.given_at.date_field, date(2026, 12, 1))
    type_time(qtbot, dialog.given_at.time_field, time(8, 40))
    retype(qtbot, dialog.who_combo, "a nurse")
    retype(qtbot, dialog.dose_edit, "10 mg")
    retype(qtbot, dialog.note_edit, "Took it with yoghurt")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [answer] = _answers()
    assert (answer.status, answer.effective_at, answer.performer, answer.dosage, answer.note) == (
        "given",
        datetime(2026, 12, 1, 8, 40),
        "nurse",
        "10 mg",
        "Took it with yoghurt",
    )
    assert _row(page, "Morphine ER", 8).label.text().endswith("Given at 8:40\u202fAM by a nurse")


def test_skipped_with_a_reason_then_changed_and_its_history_shown(page, qtbot):
    dialog = _open_with_enter(page, qtbot, "Senna", 12)
    dialog.status_combo.setFocus()
    qtbot.keyClick(dialog.status_combo, Qt.Key.Key_Down)  # Given -> Skipped
    assert not dialog.given_at.isEnabled() and dialog.reason_combo.isEnabled()
    dialog.reason_combo.setFocus()
    qtbot.keyClick(dialog.reason_combo, Qt.Key.Key_Down)  # Not said -> asleep
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    [answer] = _answers()
    assert (answer.status, answer.status_reason, answer.effective_at) == ("skipped", "asleep", None)
    # Later it turns out Marco gave it after all: Change..., Given, Now.
    row = _row(page, "Senna", 12)
    qtbot.mouseClick(row.more_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.waitExposed(dialog)
    assert "answered" in dialog.history_label.text() and "No changes since." in (
        dialog.history_label.text()
    )
    dialog.status_combo.setFocus()
    qtbot.keyClick(dialog.status_combo, Qt.Key.Key_Up)  # Skipped -> Given
    qtbot.mouseClick(dialog.now_button, Qt.MouseButton.LeftButton)
    retype(qtbot, dialog.who_combo, "Marco")
    before = datetime.now().replace(second=0, microsecond=0)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [answer] = _answers()
    assert answer.status == "given_late" and answer.performer == "Marco"
    assert before <= answer.effective_at <= datetime.now()
    assert [change.field for change in history(answer.id)] == [
        "status",
        "status_reason",
        "effective_at",
        "performer",
    ]
    qtbot.mouseClick(_row(page, "Senna", 12).more_button, Qt.MouseButton.LeftButton)
    shown = page.dialog.history_label.text()
    assert "status changed from \u201cSkipped\u201d to \u201cGiven late\u201d" in shown
    assert "reason changed from \u201casleep\u201d to \u201cnothing\u201d" in shown
    assert "who gave it changed from \u201cnothing\u201d to \u201cMarco\u201d" in shown
    page.dialog.reject()


def test_a_time_in_the_future_is_refused_at_the_field(page, qtbot):
    dialog = _open_with_enter(page, qtbot, "Morphine ER", 20)
    tomorrow = date.today() + timedelta(days=1)
    type_date(qtbot, dialog.given_at.date_field, tomorrow)
    type_time(qtbot, dialog.given_at.time_field, time(9, 0))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "A dose cannot be given in the future."
    assert _answers() == []
    focused = dialog.focusWidget()
    assert focused is not None and dialog.given_at.isAncestorOf(focused)
    dialog.reject()


class _Clock(datetime):
    """The dialog's clock: 40 minutes ago when it opens, then the real time."""

    behind = timedelta(minutes=40)

    @classmethod
    def now(cls, tz=None):
        return datetime.now(tz) - cls.behind

    @classmethod
    def combine(cls, day, at, tzinfo=None):
        return datetime.combine(day, at)  # what the fields give stays a plain datetime


def test_now_is_not_in_the_future_when_the_dialog_was_opened_a_while_ago(page, qtbot, monkeypatch):
    for module in (home_clock, date_fields):  # the Now button's clock and the field's
        monkeypatch.setattr(module, "datetime", _Clock)
    dialog = _open_with_enter(page, qtbot, "Morphine ER", 8)
    _Clock.behind = timedelta()  # the caregiver went to give the dose, and came back
    qtbot.mouseClick(dialog.now_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == ""
    [answer] = _answers()
    assert answer.status in ("given", "given_late") and answer.effective_at is not None


def test_a_time_that_is_not_a_time_is_refused_with_what_was_typed_kept(page, qtbot):
    dialog = _open_with_enter(page, qtbot, "Morphine ER", 8)
    retype(qtbot, dialog.given_at.time_field, "25:99")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert dialog.given_at.time_field.text() == "25:99"
    assert _answers() == []
    dialog.reject()


def test_given_needs_a_time_typed_or_now_never_assumed(page, qtbot):
    dialog = _open_with_enter(page, qtbot, "Morphine ER", 8)
    assert dialog.given_at.date_field.text() == "" and dialog.given_at.time_field.text() == ""
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "is needed" in dialog.error_label.text()
    assert _answers() == []
    dialog.reject()


def test_a_dose_of_a_day_before_is_answered_with_its_time_not_given_now(page, qtbot):
    earlier = [row for row in page.rows if row.slot.scheduled_for.date() < DAY_START.date()]
    assert earlier and all(row.given_button is None for row in earlier)
    row = earlier[0]
    row.setFocus()
    qtbot.keyClick(row, Qt.Key.Key_G)  # no "given now" for yesterday's dose
    assert administrations_between(DAY_START - timedelta(days=3), DAY_START) == []
    qtbot.keyClick(row, Qt.Key.Key_Return)
    dialog = page.dialog
    scheduled = row.slot.scheduled_for
    type_date(qtbot, dialog.given_at.date_field, scheduled.date())
    type_time(qtbot, dialog.given_at.time_field, (scheduled + timedelta(minutes=15)).time())
    retype(qtbot, dialog.who_combo, "Laura")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [answer] = administrations_between(DAY_START - timedelta(days=3), DAY_START)
    assert (answer.status, answer.effective_at, answer.performer) == (
        "given",
        scheduled + timedelta(minutes=15),
        "Laura",
    )


def test_a_dose_due_in_the_hour_clocks_skip_reads_at_its_own_time(store, qtbot, new_york):
    medicine = save_medicine(MedicineRecord(name="Morphine ER", strength="15 mg"))
    save_schedule(medicine, Schedule("times", ("02:30",)))
    page = TodayPage(AppSignals(), QUndoStack())
    page.clock = lambda: datetime(2026, 3, 9, 10, 0)  # the day after the change
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    row = next(row for row in page.rows if row.slot.scheduled_for == datetime(2026, 3, 8, 2, 30))
    assert row.label.text().startswith("3/8/2026 2:30\u202fAM  Morphine ER 15 mg")
    row.setFocus()
    qtbot.keyClick(row, Qt.Key.Key_Return)
    dialog = page.dialog
    qtbot.waitExposed(dialog)
    assert dialog.heading.text() == "Morphine ER 15 mg, due 3/8/2026 2:30\u202fAM"
    dialog.reject()


def test_a_note_added_after_a_one_key_answer_comes_back_with_redo(page, qtbot):
    # G on the noon dose, then the details in its dialog; then Undo and Redo (Ctrl+Z by
    # mistake). Before, the dose came back without the note and the dose typed.
    row = _row(page, "Senna", 12)
    row.setFocus()
    qtbot.keyClick(row, Qt.Key.Key_G)
    dialog = _open_with_enter(page, qtbot, "Senna", 12)
    retype(qtbot, dialog.dose_edit, "2 tablets")
    retype(qtbot, dialog.note_edit, "Took it with lunch")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    page.stack.undo()
    assert _answers() == []
    page.stack.redo()
    [answer] = _answers()
    assert (answer.status, answer.dosage, answer.note) == (
        "given_late",
        "2 tablets",
        "Took it with lunch",
    )
    page.stack.undo()  # and the next Undo takes back the answer as last seen
    assert _answers() == []


def test_an_answer_changed_after_a_one_key_answer_comes_back_as_changed(page, qtbot):
    # S on the noon dose, then in its dialog: refused, because asleep. Undo, Redo.
    row = _row(page, "Senna", 12)
    row.setFocus()
    qtbot.keyClick(row, Qt.Key.Key_S)
    dialog = _open_with_enter(page, qtbot, "Senna", 12)
    dialog.status_combo.setFocus()
    qtbot.keyClick(dialog.status_combo, Qt.Key.Key_Down)  # Skipped -> Refused
    dialog.reason_combo.setFocus()
    qtbot.keyClick(dialog.reason_combo, Qt.Key.Key_Down)  # Not said -> asleep
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    page.stack.undo()
    page.stack.redo()
    [answer] = _answers()
    assert (answer.status, answer.status_reason) == ("refused", "asleep")
