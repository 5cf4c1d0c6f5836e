"""Undo a deletion after another program wrote the record: nothing newer is overwritten."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from caregiver_app.store.diary.entries import EntryRecord, count_entries, get_entry, save_entry
from caregiver_app.views.look.locale_format import format_datetime
from tests.helpers.other_computer import toms_change, toms_edit
from tests.helpers.other_program import run_other_program

# Another program on this computer adds an entry to the same record file.
_ADD_AN_ENTRY = """
from datetime import datetime
from caregiver_app.store.diary.entries import EntryRecord, save_entry
print(save_entry(EntryRecord(recorded_at=datetime(2026, 12, 7, 9, 0), note="Slept well.")))
"""


def _delete_the_entry(tab, entry_id, qtbot) -> None:
    tab.select_entry(entry_id)
    box = tab.delete_selected()
    delete = next(b for b in box.findChildren(QPushButton) if b.text() == "Delete")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)


def test_undo_does_not_overwrite_an_entry_another_program_added_since(
    store, make_window, qtbot, data_dir
):
    at = (datetime.now() - timedelta(hours=3)).replace(second=0, microsecond=0)
    entry_id = save_entry(EntryRecord(recorded_at=at, scores={"pain": 2}, note="Restless."))
    window = make_window()
    tab = window.diary_tab
    _delete_the_entry(tab, entry_id, qtbot)
    new_id = int(run_other_program(data_dir, _ADD_AN_ENTRY))
    assert new_id == entry_id  # SQLite gave the new entry the deleted one's id
    undo = window.actions_by_name["undo"]
    assert undo.isEnabled()
    undo.trigger()
    # The other program's entry is kept as it wrote it, and the step is gone.
    kept = get_entry(new_id)
    assert (kept.note, kept.scores["pain"]) == ("Slept well.", None)
    assert count_entries() == 1  # not two
    assert not undo.isEnabled()
    assert window.undo_failed_box.text() == (
        f"Delete diary entry of {format_datetime(at)}: cannot be undone, as it was changed"
        " since on another computer or by another program. Nothing was changed."
    )


def test_undo_does_not_double_an_entry_another_computers_edit_brought_back(
    store, make_window, qtbot
):
    from caregiver_app.store.sync.devices import become_device
    from caregiver_app.store.sync.rows import uuid_of

    at = datetime(2026, 12, 6, 22, 0)
    entry_id = save_entry(EntryRecord(recorded_at=at, scores={"pain": 2}, note="Restless."))
    save_entry(EntryRecord(recorded_at=at + timedelta(hours=2), note="Asleep."))
    become_device("Laura's laptop")
    shared_as = uuid_of("diary_entry", entry_id)
    window = make_window()
    _delete_the_entry(window.diary_tab, entry_id, qtbot)
    # Tom, not yet told of the deletion, corrects the entry; the family folder brings it in.
    values = {"recorded_at": "2026-12-06 22:00:00", "created_at": "2026-12-06 22:00:00",
              "pain": 7, "note": "Restless, pain worse."}  # fmt: skip
    toms_change("diary_entry", shared_as, values)
    window.signals.diary_changed.emit()
    assert count_entries() == 2
    window.actions_by_name["undo"].trigger()
    assert count_entries() == 2  # not the old copy beside Tom's
    model = window.diary_tab.model
    assert sorted(model.entry(row).note for row in range(model.rowCount())) == [
        "Asleep.",
        "Restless, pain worse.",
    ]
    assert not window.actions_by_name["undo"].isEnabled()


def test_redo_does_not_delete_an_entry_another_computer_changed_after_the_undo(
    store, make_window, qtbot
):

    from caregiver_app.store.sync.changes import local_changes
    from caregiver_app.store.sync.devices import become_device

    at = datetime(2026, 12, 6, 22, 0)
    entry_id = save_entry(EntryRecord(recorded_at=at, scores={"pain": 2}, note="Restless."))
    become_device("Laura's laptop")
    window = make_window()
    _delete_the_entry(window.diary_tab, entry_id, qtbot)
    window.actions_by_name["undo"].trigger()  # back it comes, here and soon on Tom's
    [mine] = [change for _, change in local_changes(0) if not change.deleted]
    # Tom adds to the note on his laptop; the family folder brings it in.
    toms_edit(mine, note="Restless. Settled after the dose.")
    window.signals.diary_changed.emit()
    window.actions_by_name["redo"].trigger()
    assert get_entry(entry_id).note == "Restless. Settled after the dose."
    assert window.undo_failed_box.text() == (
        f"Delete diary entry of {format_datetime(at)}: cannot be redone, as it was changed"
        " since on another computer or by another program. Nothing was changed."
    )
    assert not window.actions_by_name["redo"].isEnabled()
