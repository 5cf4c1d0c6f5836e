"""Delete, import a file that holds the deleted record, then Edit > Undo: nothing doubled,
no error; Undo has nothing from before the import to put back."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from caregiver_app.services.calendar.ics_export import calendar_bytes
from caregiver_app.services.diary.csv_file import export_csv
from caregiver_app.store.calendar.appointments import list_appointments, save_appointment
from caregiver_app.store.calendar.records import AppointmentRecord
from caregiver_app.store.diary.entries import EntryRecord, entries_between, save_entry


def _press(qtbot, box, label: str) -> None:
    button = next(b for b in box.findChildren(QPushButton) if b.text() == label)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_deleted_visit_brought_back_by_a_calendar_file_is_not_put_back_twice(
    store, make_window, qtbot, tmp_path
):
    start = (datetime.now() + timedelta(days=2)).replace(hour=10, minute=0, second=0, microsecond=0)
    save_appointment(AppointmentRecord("Oncology", start, ends_at=start + timedelta(hours=1)))
    path = tmp_path / "from-the-clinic.ics"
    path.write_bytes(calendar_bytes(list_appointments()))
    later = start + timedelta(days=1)
    save_appointment(AppointmentRecord("Blood test", later, ends_at=later + timedelta(minutes=20)))
    window = make_window()
    tab = window.calendar_tab
    window.tabs.setCurrentWidget(tab)
    tab.go_to(start.date())
    _press(qtbot, tab.delete_selected(), "Delete")
    window.calendar_files.import_file(path)  # the clinic's file has it again
    window.tabs.setCurrentWidget(window.diary_tab)  # and on, to another tab
    undo = window.actions_by_name["undo"]
    assert not undo.isEnabled()
    undo.trigger()  # was: UNIQUE constraint failed: appointment.uid, in a traceback
    assert sorted(a.title for a in list_appointments()) == ["Blood test", "Oncology"]


def test_a_deleted_entry_brought_back_by_a_diary_file_is_not_doubled_by_undo(
    store, make_window, qtbot, tmp_path
):
    at = (datetime.now() - timedelta(hours=2)).replace(second=0, microsecond=0)
    entry_id = save_entry(EntryRecord(recorded_at=at, scores={"pain": 5}, note="After lunch."))
    path = tmp_path / "diary.csv"
    export_csv(path)
    save_entry(EntryRecord(recorded_at=at + timedelta(hours=1), scores={"pain": 2}))
    window = make_window()
    tab = window.diary_tab
    tab.select_entry(entry_id)
    _press(qtbot, tab.delete_selected(), "Delete")
    window.diary_files.import_file(path)
    window.actions_by_name["undo"].trigger()
    notes = sorted(entry.note for entry in entries_between(None, None))
    assert notes == ["", "After lunch."]  # was "After lunch." twice
