"""Diary > Trackers...: a typo renamed, a symptom that went away no longer followed, each
undone with Edit > Undo; the past scores stay where they showed.

Before, a tracker added from the entry form ("Coguh") stayed in every new entry's form
under that name: nothing renamed or stopped one.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from caregiver_app.services.diary.csv_file import export_csv
from caregiver_app.store.diary.entries import (
    EntryRecord,
    entries_between,
    list_trackers,
    save_entry,
)
from tests.helpers.keys import retype
from tests.helpers.large_text import shown_active, window_at

LEFT = Qt.MouseButton.LeftButton
WHEN = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=2)


def _trackers_window(make_window, qtbot, percent=100):
    save_entry(EntryRecord(WHEN, scores={"pain": 2}, trackers={"Coguh": 4, "Hiccups": 2}))
    window = window_at(make_window, qtbot, percent, tab="diary_tab")
    tab = window.diary_tab
    qtbot.mouseClick(tab.trackers_button, LEFT)
    return window, shown_active(qtbot, tab.trackers_dialog)


def _rename(qtbot, dialog, old, new):
    dialog.select_tracker(old)
    retype(qtbot, dialog.name_edit, new)
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)


def test_a_typo_is_renamed_and_undo_takes_it_back(store, make_window, qtbot):
    window, dialog = _trackers_window(make_window, qtbot)
    _rename(qtbot, dialog, "Coguh", "Cough")

    assert list_trackers() == ["Cough", "Hiccups"]
    assert entries_between(None, None)[0].trackers == {"Cough": 4, "Hiccups": 2}
    assert dialog.table.item(0, 0).text() == "Cough"
    assert dialog.isVisible()  # Enter renamed; it did not close the window

    assert window.actions_by_name["undo"].text() == "&Undo Rename tracker Coguh to Cough"
    window.actions_by_name["undo"].trigger()
    assert list_trackers() == ["Coguh", "Hiccups"]
    assert dialog.table.item(0, 0).text() == "Coguh"
    window.actions_by_name["redo"].trigger()
    assert list_trackers() == ["Cough", "Hiccups"]


def test_a_name_another_tracker_has_is_refused_in_a_sentence(store, make_window, qtbot):
    _window, dialog = _trackers_window(make_window, qtbot)
    _rename(qtbot, dialog, "Coguh", "HICCUPS")
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text().startswith("Another tracker is already called Hiccups.")
    assert list_trackers() == ["Coguh", "Hiccups"]  # nothing merged, nothing renamed
    assert entries_between(None, None)[0].trackers == {"Coguh": 4, "Hiccups": 2}

    _rename(qtbot, dialog, "Coguh", "   ")
    assert dialog.error_label.text() == "Give the symptom a name."
    assert list_trackers() == ["Coguh", "Hiccups"]


def test_a_tracker_no_longer_followed_leaves_new_entries_only(store, make_window, qtbot, tmp_path):
    window, dialog = _trackers_window(make_window, qtbot)
    dialog.select_tracker("Hiccups")
    qtbot.mouseClick(dialog.stop_button, LEFT)
    assert list_trackers() == ["Coguh"]
    assert dialog.table.item(1, 2).text() == "Not followed"
    assert dialog.follow_button.isEnabled() and not dialog.stop_button.isEnabled()
    dialog.close()

    tab = window.diary_tab
    qtbot.mouseClick(tab.new_button, LEFT)
    assert list(tab.entry_dialog.tracker_spins) == ["Coguh"]  # a new entry: not offered
    tab.entry_dialog.reject()
    tab.select_entry(entries_between(None, None)[0].id)
    qtbot.mouseClick(tab.edit_button, LEFT)
    assert tab.entry_dialog.tracker_spins["Hiccups"].value() == 2  # its past score stays
    tab.entry_dialog.reject()
    bar = tab.sections.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(1).center())  # the Trends section
    tab.trends.set_symptom("tracker:Hiccups")  # still on Trends for the period it covers
    assert tab.trends.summary.text().startswith("Hiccups, last 30 days: 1 score")
    target = tmp_path / "diary.csv"
    export_csv(target)
    assert "tracker:Hiccups" in target.read_text(encoding="utf-8-sig").splitlines()[0]

    window.actions_by_name["undo"].trigger()  # Edit > Undo: followed again
    assert list_trackers() == ["Coguh", "Hiccups"]

    qtbot.mouseClick(tab.trackers_button, LEFT)
    dialog = shown_active(qtbot, tab.trackers_dialog)
    dialog.select_tracker("Coguh")
    qtbot.mouseClick(dialog.stop_button, LEFT)
    assert list_trackers() == ["Hiccups"]
    qtbot.mouseClick(dialog.follow_button, LEFT)  # Follow again
    assert list_trackers() == ["Coguh", "Hiccups"]


def test_every_control_is_named_and_fits_at_twice_the_text(store, make_window, qtbot, tmp_path):
    _window, dialog = _trackers_window(make_window, qtbot, 200)
    dialog.select_tracker("Coguh")
    for button in (dialog.rename_button, dialog.stop_button, dialog.follow_button):
        assert button.accessibleName()
        assert button.width() >= button.sizeHint().width(), button.text()
        assert button.geometry().right() <= dialog.width(), button.text()
    assert dialog.name_edit.accessibleName() and dialog.table.accessibleName()
    assert dialog.grab().save(str(tmp_path / "trackers-200.png"))


def test_with_no_tracker_yet_the_window_says_where_one_is_added(store, make_window, qtbot):
    window = window_at(make_window, qtbot, 100, tab="diary_tab")
    qtbot.mouseClick(window.diary_tab.trackers_button, LEFT)
    dialog = shown_active(qtbot, window.diary_tab.trackers_dialog)
    assert dialog.empty_hint.isVisible()
    assert "Follow another symptom" in dialog.empty_hint.text()
    assert not dialog.rename_button.isEnabled()
    save_entry(EntryRecord(WHEN, scores={"pain": 2}, trackers={"Cough": 4}))
    window.diary_tab.signals.diary_changed.emit()
    assert not dialog.empty_hint.isVisible()
