"""Undo in the Calendar after another program or computer wrote the same appointment."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt

from caregiver_app.store.calendar.appointments import get_appointment, list_appointments
from tests.helpers.other_computer import toms_edit
from tests.helpers.other_program import run_other_program
from tests.views.calendar import test_calendar_tab as calendar

CHANGED = (
    "{step}: cannot be undone, as it was changed since on another computer or by another"
    " program. Nothing was changed."
)


def test_undo_does_not_bring_back_a_series_another_program_deleted_since(
    store, make_window, qtbot, data_dir
):
    window, tab = calendar._window(make_window)
    series = calendar._weekly_through_the_form(qtbot, tab)
    # Here: the second visit moves to 9:00 (only that visit).
    second = calendar.SOON + timedelta(weeks=1)
    tab.go_to(second)
    box = tab.edit_selected()
    qtbot.mouseClick(calendar._button(box, "Only this visit"), Qt.MouseButton.LeftButton)
    dialog = tab.appointment_dialog
    calendar.type_time(qtbot, dialog.ui.startTimeEdit, time(9, 0))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    # Meanwhile the series is cancelled from elsewhere.
    run_other_program(
        data_dir,
        "from caregiver_app.store.calendar.appointments import delete_appointment\n"
        f"delete_appointment({series.id})",
    )
    undo = window.actions_by_name["undo"]
    undo.trigger()
    assert get_appointment(series.id) is None  # not back from the dead
    assert calendar._visits() == []
    assert window.undo_stack.undoText() == "Add Video visit"  # the step before
    assert window.undo_failed_box.text() == CHANGED.format(step="Change one visit of Video visit")


def test_undo_does_not_overwrite_an_appointment_another_program_added_since(
    store, make_window, qtbot, data_dir
):
    window, tab = calendar._window(make_window)
    series = calendar._weekly_through_the_form(qtbot, tab)
    tab.go_to(calendar.SOON)
    box = tab.delete_selected()
    qtbot.mouseClick(calendar._button(box, "All visits"), Qt.MouseButton.LeftButton)
    starts = datetime.combine(calendar.SOON, time(8))
    new_id = int(
        run_other_program(
            data_dir,
            "from datetime import datetime\n"
            "from caregiver_app.store.calendar.appointments import save_appointment\n"
            "from caregiver_app.store.calendar.records import AppointmentRecord\n"
            "print(save_appointment(AppointmentRecord(title='Blood tests', kind='lab',"
            f" starts_at=datetime.fromisoformat('{starts.isoformat()}'))))",
        )
    )
    assert new_id == series.id  # SQLite gave it the deleted series' id
    undo = window.actions_by_name["undo"]
    undo.trigger()
    assert [a.title for a in list_appointments()] == ["Blood tests"]
    assert calendar._visits() == []
    assert window.undo_stack.undoText() == "Add Video visit"  # the step before
    assert window.undo_failed_box.text() == CHANGED.format(step="Delete Video visit")


def test_undo_does_not_overwrite_another_computers_later_change(store, make_window, qtbot):

    from caregiver_app.store.sync.changes import local_changes
    from caregiver_app.store.sync.devices import become_device

    become_device("Laura's laptop")
    window, tab = calendar._window(make_window)
    series = calendar._weekly_through_the_form(qtbot, tab)
    tab.go_to(calendar.SOON)
    box = tab.delete_selected()
    qtbot.mouseClick(calendar._button(box, "Only this visit"), Qt.MouseButton.LeftButton)
    assert len(calendar._visits()) == 3
    # Tom renames the series on his laptop; the family folder brings it in.
    [mine] = [change for _, change in local_changes(0) if change.table == "appointment"]
    toms_edit(mine, title="Video visit with Dr. Okafor")
    window.signals.appointments_changed.emit()
    window.actions_by_name["undo"].trigger()
    assert get_appointment(series.id).title == "Video visit with Dr. Okafor"
    assert window.undo_failed_box.text() == CHANGED.format(step="Delete one visit of Video visit")
