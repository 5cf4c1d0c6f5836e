"""A symptom with no scores in a period full of entries says so, and where to score it.

Before, choosing the tracker "Cough" on Trends with 19 entries in the last 30 days said
"No scores recorded in this period. Entries you add in the diary appear here.", as if
the diary were empty.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt

from caregiver_app.store.diary.entries import EntryRecord, add_tracker, save_entries

LEFT = Qt.MouseButton.LeftButton


def _trends(make_window, qtbot):
    window = make_window()
    tab = window.diary_tab
    window.tabs.setCurrentWidget(tab)
    window.show()
    qtbot.waitExposed(window)
    qtbot.mouseClick(tab.sections.tabBar(), LEFT, pos=tab.sections.tabBar().tabRect(1).center())
    return tab.trends


def _choose(qtbot, combo, text):
    """Pick ``text`` in the chooser with the keyboard: focus it, then arrow down to it."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentText() != text:
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, f"{text!r} is not offered"


def test_a_tracker_never_scored_in_the_period_says_so(store, make_window, qtbot):
    add_tracker("Cough")
    today = date.today()
    save_entries(
        [
            EntryRecord(datetime.combine(today - timedelta(days=d), time(9)), scores={"pain": 3})
            for d in range(1, 20)  # the days before today: never in the future, at any hour
        ]
    )
    trends = _trends(make_window, qtbot)

    _choose(qtbot, trends.symptom_combo, "Cough")

    text = trends.summary.text()
    assert "Entries you add in the diary appear here" not in text
    assert text.startswith("Cough has no scores in this period, though it has diary entries.")
    assert "open an entry (New entry, or Edit on a saved one) and give Cough a score" in text

    _choose(qtbot, trends.symptom_combo, "Nausea")  # an ESAS-r item never rated
    assert trends.summary.text() == "Nausea was not rated in this period's diary entries."


def test_an_empty_diary_still_says_where_scores_come_from(store, make_window, qtbot):
    add_tracker("Cough")
    trends = _trends(make_window, qtbot)
    _choose(qtbot, trends.symptom_combo, "Cough")
    assert trends.summary.text() == (
        "No scores recorded in this period. Entries you add in the diary appear here."
    )
