"""A diary entry saved before this computer's clock went back can still be opened, changed
and saved: its time was not in the future when it was saved."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from caregiver_app.store.diary.entries import EntryRecord, entries_between, save_entry
from tests.helpers.keys import retype, type_date
from tests.helpers.time_zone import NEW_YORK, local_time_zone


def _saved_in_madrid_forty_minutes_ago() -> datetime:
    # A laptop bought in Spain still keeps Madrid's time in New York: the entry is saved
    # by that clock, 40 minutes ago.
    with local_time_zone("Europe/Madrid"):
        at = (datetime.now() - timedelta(minutes=40)).replace(second=0, microsecond=0)
        save_entry(EntryRecord(recorded_at=at, scores={"pain": 6}))
    return at



def _open_the_entry(make_window, qtbot):
    """The diary tab's first row opened with the keyboard and Edit, as the family does."""
    tab = make_window().diary_tab
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Home)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    return tab.entry_dialog
def test_an_entry_saved_before_the_laptops_zone_was_set_west_is_saved_again(
    store, make_window, qtbot
):
    at = _saved_in_madrid_forty_minutes_ago()
    # The family sets the zone right; the clock now shows a time hours before the entry's.
    with local_time_zone(NEW_YORK):
        dialog = _open_the_entry(make_window, qtbot)
        retype(qtbot, dialog.ui.painSpin, "4")
        qtbot.keyClicks(dialog.ui.noteEdit, "Better after the walk.")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        # It was refused: "The date and time of an entry cannot be in the future."
        assert not dialog.error_label.isVisible()
        (entry,) = entries_between(None, None)
        assert (entry.recorded_at, entry.score("pain"), entry.note) == (
            at,
            4,
            "Better after the walk.",
        )


def test_a_new_time_ahead_of_the_clock_is_still_refused(store, make_window, qtbot):
    at = _saved_in_madrid_forty_minutes_ago()
    with local_time_zone(NEW_YORK):
        dialog = _open_the_entry(make_window, qtbot)
        type_date(qtbot, dialog.ui.recordedAtEdit.date_field, (at + timedelta(days=1)).date())
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        (entry,) = entries_between(None, None)
        assert entry.recorded_at == at  # the typed time, hours ahead of the clock, is not kept
