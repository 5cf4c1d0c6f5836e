"""The trend sentence under the chart names the day of the highest and latest score with
its year when the scores shown span more than one year: "highest 9 on 3/3/2024", not "on
Mar 3", which read as this year's. (The sentence is also what a screen reader says.)"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt

from caregiver_app.store.diary.entries import EntryRecord, save_entries
from caregiver_app.views.diary.trend_view import TrendView
from caregiver_app.views.look.locale_format import format_date
from caregiver_app.views.look.view_options import app_language

LONG_AGO = date(2024, 3, 3)


@pytest.fixture(autouse=True)
def english(qapp):
    app_language().apply("en")
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)
    app_language().apply("system")


def _recent(days_ago: int) -> datetime:
    return datetime.combine(date.today() - timedelta(days=days_ago), time(9, 0))


def _everything(qtbot) -> TrendView:
    view = TrendView()
    qtbot.addWidget(view)
    view.resize(900, 420)
    view.refresh()
    qtbot.mouseClick(view.period_buttons["all"], Qt.MouseButton.LeftButton)
    return view


def test_a_highest_score_of_another_year_is_named_with_its_year(store, qtbot):
    save_entries(
        [
            EntryRecord(datetime.combine(LONG_AGO, time(9, 0)), scores={"pain": 9}),
            EntryRecord(_recent(2), scores={"pain": 4}),
            EntryRecord(_recent(1), scores={"pain": 5}),
        ]
    )
    view = _everything(qtbot)
    text = view.summary.text()
    assert f"highest 9 on {format_date(LONG_AGO)}" in text, text
    assert f"latest 5 on {format_date(_recent(1).date())}" in text, text


def test_a_vital_sign_of_another_year_is_named_with_its_year(store, qtbot):
    save_entries(
        [
            EntryRecord(datetime.combine(LONG_AGO, time(9, 0)), temperature_c=39.0),
            EntryRecord(_recent(1), temperature_c=37.0),
        ]
    )
    view = _everything(qtbot)
    combo = view.symptom_combo
    combo.setFocus()
    qtbot.keyClicks(combo, "Temperature")  # chosen by typing its name, as in any list
    assert combo.currentData() == "vital:temperature_c"
    text = view.summary.text()
    assert f"highest 102.2 °F on {format_date(LONG_AGO)}" in text.replace("\u00a0", " "), text


def test_scores_of_one_year_keep_the_short_day(store, qtbot):
    save_entries(
        [EntryRecord(_recent(9), scores={"pain": 4}), EntryRecord(_recent(8), scores={"pain": 5})]
    )
    view = _everything(qtbot)
    shown = view.summary.text().split(": ", 1)[1]  # after "Pain, since <date>: "
    if _recent(9).year == _recent(8).year:
        assert str(_recent(8).year) not in shown, shown
