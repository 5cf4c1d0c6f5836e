"""Vital signs in the trend view: listed when recorded in the period, charted, and said."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QByteArray, QLocale, Qt
from PySide6.QtSvg import QSvgRenderer

from caregiver_app.services.diary.trend_labels import TrendLabels
from caregiver_app.store.diary.entries import EntryRecord, save_entries
from caregiver_app.views.diary.trend_view import TrendView
from caregiver_app.views.look.view_options import app_language


@pytest.fixture(autouse=True)
def english(qapp):
    """English wording, metric units (the en_GB locale), as a family in the UK sees it."""
    app_language().apply("en")
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)
    app_language().apply("system")


def _day(days_ago: int, hour: int = 9) -> datetime:
    return datetime.combine(date.today() - timedelta(days=days_ago), time(hour, 0))


def _entries() -> list[EntryRecord]:
    return [
        EntryRecord(_day(1), scores={"pain": 3}, temperature_c=38.4, pulse_bpm=104),
        EntryRecord(_day(3), temperature_c=37.1, pulse_bpm=82),
        EntryRecord(_day(5), temperature_c=36.8),
        EntryRecord(_day(40), weight_kg=61.5),  # outside the last 30 days
    ]


def _items(view: TrendView) -> list[tuple[str, str]]:
    combo = view.symptom_combo
    return [
        (combo.itemText(i), combo.itemData(i))
        for i in range(combo.count())
        if combo.itemData(i) is not None
    ]


def test_the_chooser_lists_the_vitals_recorded_in_the_period_and_not_the_others(store, qtbot):
    save_entries(_entries())
    view = TrendView()
    qtbot.addWidget(view)
    view.resize(900, 420)
    view.refresh()
    vitals = [item for item in _items(view) if item[1].startswith("vital:")]
    assert vitals == [("Temperature", "vital:temperature_c"), ("Pulse", "vital:pulse_bpm")]
    view.set_period("90")
    vitals = [data for _text, data in _items(view) if data.startswith("vital:")]
    assert vitals == ["vital:temperature_c", "vital:pulse_bpm", "vital:weight_kg"]


def test_a_vital_chosen_with_the_keyboard_is_charted_and_said(store, qtbot):
    save_entries(_entries())
    view = TrendView()
    qtbot.addWidget(view)
    view.resize(900, 420)
    view.show()
    view.refresh()
    combo = view.symptom_combo
    combo.setFocus()
    while combo.currentData() != "vital:temperature_c":
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, "temperature not reachable with the keyboard"
    day = TrendLabels.translated().format_day
    summary = view.summary.text()
    assert summary == (
        f"Temperature, last 30 days: 3 readings, lowest 36.8 °C on {day(_day(5).date())}, "
        f"highest 38.4 °C on {day(_day(1).date())}, latest 38.4 °C on {day(_day(1).date())}."
    )
    assert view.canvas.accessibleDescription() == summary
    svg = view.canvas.svg(900, 360)
    assert QSvgRenderer(QByteArray(svg)).isValid()
    assert b"Temperature (\xc2\xb0C)" in svg  # the unit over the scale
    assert b"severe" not in svg  # no symptom bands on a vital's chart
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == "vital:pulse_bpm"
    assert "lowest 82 beats/min" in view.summary.text()
    assert "highest 104 beats/min" in view.summary.text()


def test_temperature_follows_the_unit_shown(store, qtbot):
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    save_entries(_entries())
    view = TrendView()
    qtbot.addWidget(view)
    view.refresh()
    view.set_symptom("vital:temperature_c")
    assert "highest 101.1 °F" in view.summary.text()  # 38.4 °C
    assert "lowest 98.2 °F" in view.summary.text()  # 36.8 °C
