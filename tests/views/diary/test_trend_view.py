"""The Symptom diary's trend view: its summary line, its choices and the chart it draws."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtSvg import QSvgRenderer

from caregiver_app.services.diary.trend_labels import TrendLabels
from caregiver_app.store.diary.doses import DoseRecord, save_dose
from caregiver_app.store.diary.entries import EntryRecord, add_tracker, save_entries
from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.views.diary.trend_view import TrendView
from caregiver_app.views.look.view_options import app_language


@pytest.fixture(autouse=True)
def english(qapp):
    """The English file in force, as the app installs it at start: it says "1 dose"."""
    app_language().apply("en")
    yield
    app_language().apply("system")  # as every window test leaves it


def _day(days_ago: int, hour: int = 12) -> datetime:
    return datetime.combine(date.today() - timedelta(days=days_ago), time(hour, 0))


def test_trend_view_summarises_the_symptom_and_period(store, qtbot):
    add_tracker("Cough")
    save_entries(
        [
            EntryRecord(_day(2), scores={"pain": 7, "nausea": 1}, trackers={"Cough": 4}),
            EntryRecord(_day(3), scores={"pain": 2}),
            EntryRecord(_day(5), scores={"pain": 4, "nausea": None}),
            EntryRecord(
                _day(20), scores={"pain": 9}, other_problem="hiccups", other_problem_score=3
            ),
        ]
    )
    medicine = save_medicine(MedicineRecord(name="Morphine oral solution", as_needed=True))
    for days_ago, symptom in ((2, "pain"), (4, "pain"), (3, "shortness_of_breath"), (40, "pain")):
        save_dose(DoseRecord(medicine, _day(days_ago, 8), symptom=symptom))

    view = TrendView()
    qtbot.addWidget(view)
    view.resize(900, 420)
    view.refresh()
    day = TrendLabels.translated().format_day

    view.set_symptom("pain")
    view.set_period("7")
    summary = view.summary.text()
    assert summary.startswith("Pain, last 7 days: 3 scores, average 4.3")
    assert f"highest 7 on {day(_day(2).date())}" in summary
    assert f"latest 7 on {day(_day(2).date())}" in summary
    assert summary.endswith("2 breakthrough doses.")
    assert view.canvas.accessibleDescription() == summary

    view.set_period("30")
    assert view.summary.text().startswith("Pain, last 30 days: 4 scores, average 5.5, highest 9")
    assert view.period_buttons["30"].isChecked() and not view.period_buttons["7"].isChecked()

    view.set_symptom("shortness_of_breath")
    assert view.summary.text() == (  # the period has entries: this symptom is not in them
        "Shortness of breath was not rated in this period's diary entries. "
        "1 breakthrough dose in this period."
    )

    view.set_symptom("tracker:Cough")
    assert view.summary.text().startswith("Cough, last 30 days: 1 score, average 4.0")
    assert view.summary.text().endswith("; no breakthrough doses.")

    view.set_symptom("other")
    assert view.summary.text().startswith("Other problem (hiccups), last 30 days: 1 score")

    view.set_period("all")
    assert "Other problem (hiccups), since " in view.summary.text()

    # The chart the window shows is the drawing, in SVG Qt can draw.
    view.set_symptom("pain")
    assert QSvgRenderer(QByteArray(view.canvas.svg())).isValid()
    assert b"Pain, since " in view.canvas.svg()


def test_trend_view_lists_the_scale_other_problem_and_trackers(store, qtbot):
    add_tracker("Constipation")
    view = TrendView()
    qtbot.addWidget(view)
    assert view.summary.text().startswith("No scores recorded in this period.")
    view.refresh()
    combo = view.symptom_combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names[:9] == [
        "Pain",
        "Tiredness",
        "Drowsiness",
        "Nausea",
        "Lack of appetite",
        "Shortness of breath",
        "Depression",
        "Anxiety",
        "Wellbeing",
    ]
    assert names[9:] == ["Other problem", "Constipation"]
    add_tracker("Cough")
    view.refresh()
    assert combo.itemText(combo.count() - 1) == "Cough"
    assert view.symptom_label.buddy() is combo
    for widget in [combo, *view.period_buttons.values()]:
        assert widget.accessibleName()
    assert view.summary.text().startswith(
        "No scores recorded in this period. Entries you add in the diary appear here."
    )
    with pytest.raises(ValueError):
        view.set_symptom("tracker:Nothing")


def test_trend_view_draws_the_demo_record(demo_store, qtbot):
    view = TrendView()
    qtbot.addWidget(view)
    view.resize(900, 420)
    view.show()
    view.refresh()
    view.set_period("90")
    qtbot.waitExposed(view)
    image = view.grab().toImage()
    assert not image.isNull()
    assert view.summary.text().startswith("Pain, last 90 days: ")
    assert "scores, average" in view.summary.text()
