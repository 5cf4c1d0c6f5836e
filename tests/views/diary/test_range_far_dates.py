"""The diary's "Between dates..." filter typed to the ends of the calendar: the list shows
the entries in those dates, never an error. (Typing 12/31/9999 as the last day raised an
error the window reported as unexpected, and the list stayed as it was.)"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt

from caregiver_app.store.diary.entries import EntryRecord, save_entries
from tests.helpers.keys import line_of, retype
from tests.helpers.locales import LOCALES


@pytest.mark.parametrize(
    ("first", "last", "shown"),
    [
        ("1/1/0001", "12/31/9999", 2),
        ("", "12/31/9999", 2),
        ("1/1/0001", "", 2),
        ("12/31/9999", "12/31/9999", 0),
        ("1/1/0001", "1/1/0001", 2),  # before 1900 is no diary date: both ends stay open
    ],
)
def test_the_first_and_last_days_of_the_calendar(store, make_window, qtbot, first, last, shown):
    save_entries(
        [
            EntryRecord(recorded_at=datetime(1900, 1, 1, 9, 0), scores={"pain": 2}),
            EntryRecord(recorded_at=datetime.now() - timedelta(days=1), scores={"pain": 4}),
        ]
    )
    window = make_window()
    QLocale.setDefault(LOCALES["en_US"])
    window.tabs.setCurrentWidget(window.diary_tab)
    window.show()
    qtbot.waitExposed(window)
    tab = window.diary_tab
    tab.range_combo.setFocus()
    qtbot.keyClicks(tab.range_combo, "Between")  # "Between dates...", by its first letters
    assert tab.range_combo.currentData() == "custom"
    retype(qtbot, tab.from_edit, first)
    retype(qtbot, tab.to_edit, last)
    qtbot.keyClick(line_of(tab.to_edit), Qt.Key.Key_Tab)
    assert tab.model.total == shown
    if last == "12/31/9999":
        assert tab.model.end is None  # to the end of the calendar: nothing comes after it
