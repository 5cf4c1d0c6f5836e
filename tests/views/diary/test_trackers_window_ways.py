"""The Trackers window from Edit > Diary trackers and from the entry form; a rename's Undo
refused in a true sentence; its table as wide as the window in every language.

Before, the window opened only from a button on the Diary's Entries page; Undo of a
rename whose old name another tracker had taken since said the tracker "was changed
since on another computer or by another program"; and once the window was resized the
last column shrank to its text (in Chinese, a narrow strip with blank space after it).
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from caregiver_app.store.diary.entries import (
    EntryRecord,
    entries_between,
    list_trackers,
    save_entry,
)
from tests.helpers.dialog_keys import start_in
from tests.helpers.keys import retype
from tests.helpers.large_text import shown_active, window_at
from tests.views.diary.test_trackers_window import _rename, _trackers_window

LEFT = Qt.MouseButton.LeftButton
WHEN = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=2)


def test_edit_menu_opens_the_trackers_window_from_any_tab(store, make_window, qtbot):
    save_entry(EntryRecord(WHEN, trackers={"Coguh": 4}))
    window = window_at(make_window, qtbot, 100, tab="calendar_tab")
    action = window.actions_by_name["diaryTrackers"]
    assert action.text() == "Diary &trackers..."
    action.trigger()
    assert window.tabs.currentWidget() is window.diary_tab
    dialog = shown_active(qtbot, window.diary_tab.trackers_dialog)
    assert dialog.table.column_texts(0) == ["Coguh"]


def test_the_entry_form_opens_it_and_follows_a_rename(store, make_window, qtbot):
    save_entry(EntryRecord(WHEN, trackers={"Coguh": 4, "Hiccups": 2}))
    window = window_at(make_window, qtbot, 100, tab="diary_tab")
    tab = window.diary_tab
    qtbot.mouseClick(tab.new_button, LEFT)
    form = shown_active(qtbot, tab.entry_dialog)
    retype(qtbot, form.tracker_spins["Coguh"], "3")  # typed before seeing the typo

    qtbot.mouseClick(form.ui.trackersButton, LEFT)
    dialog = shown_active(qtbot, tab.trackers_dialog)
    assert dialog.parent() is form  # over the form, not behind it
    _rename(qtbot, dialog, "Coguh", "Cough")
    dialog.select_tracker("Hiccups")
    qtbot.mouseClick(dialog.stop_button, LEFT)
    dialog.close()

    # The form shows the new name with the score typed; the tracker no longer followed,
    # not scored, has left it.
    assert list(form.tracker_spins) == ["Cough"]
    assert form.tracker_spins["Cough"].value() == 3
    assert form.tracker_spins["Cough"].accessibleName() == "Cough"
    qtbot.mouseClick(form.save_button, LEFT)
    assert not form.isVisible(), form.error_label.text()
    # Scored under the new name: no second tracker called Coguh came back.
    assert list_trackers() == ["Cough"]
    assert list_trackers(active_only=False) == ["Cough", "Hiccups"]
    newest = max(entries_between(None, None), key=lambda entry: entry.recorded_at)
    assert newest.trackers == {"Cough": 3}


def test_undo_refused_as_another_tracker_took_the_old_name_says_so(store, make_window, qtbot):
    window, dialog = _trackers_window(make_window, qtbot)
    _rename(qtbot, dialog, "Coguh", "Cough")
    dialog.close()
    # Then an entry imported (or come from the other computer) follows a new "coguh".
    save_entry(EntryRecord(WHEN - timedelta(hours=1), trackers={"coguh": 1}))

    window.actions_by_name["undo"].trigger()
    assert window.undo_failed_box.text() == (
        "Rename tracker Coguh to Cough: cannot be undone, as another tracker is now called "
        "Coguh. Nothing was changed. To give this tracker that name again, first rename the "
        "other one in Edit > Diary trackers."
    )
    assert list_trackers() == ["Cough", "Hiccups", "coguh"]


@pytest.mark.parametrize("language", ["en", "es", "zh_CN"])
@pytest.mark.parametrize("percent", [100, 200])
def test_the_last_column_reaches_the_right_edge_when_resized(
    store, make_window, data_dir, qtbot, tmp_path, language, percent
):
    start_in(data_dir, language)
    _window, dialog = _trackers_window(make_window, qtbot, percent)
    table = dialog.table
    for width in (dialog.width(), dialog.width() + 300, dialog.minimumWidth()):
        dialog.resize(width, dialog.height())  # as a person drags the window's edge
        qtbot.waitUntil(lambda wide=width: table.viewport().width() < wide)
        last = table.columnCount() - 1
        right = table.columnViewportPosition(last) + table.columnWidth(last)
        assert right == table.viewport().width(), (width, language)
        header = table.horizontalHeader()  # and at the narrowest, every heading whole
        whole = [header.sectionSize(c) - header.sectionSizeHint(c) for c in range(last + 1)]
        assert min(whole) >= 0, (width, whole)
        assert dialog.grab().save(str(tmp_path / f"trackers-{language}-{percent}-{width}.png"))
