"""Fever and low-oxygen alerts, typed as a person does: the entry, the thresholds, the banner."""

from __future__ import annotations

from datetime import datetime, time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from caregiver_app.services.diary.vital_thresholds import VitalThresholds, load_vital_thresholds
from caregiver_app.store.contacts import ContactRecord, save_contact
from caregiver_app.store.diary.entries import entries_between
from tests.helpers.keys import retype
from tests.helpers.locales import LOCALES

LEFT = Qt.MouseButton.LeftButton
WEDNESDAY_MORNING = datetime(2026, 12, 2, 10, 0)
WEDNESDAY_EVENING = datetime(2026, 12, 2, 19, 30)
SATURDAY_MORNING = datetime(2026, 12, 5, 10, 0)
US = "en_US"


def _window(make_window, qtbot, locale: str = "es_ES", now: datetime = WEDNESDAY_MORNING):
    window = make_window()
    QLocale.setDefault(LOCALES[locale])  # the window applied the system's; the test's wins
    window.tabs.setCurrentWidget(window.diary_tab)
    window.diary_tab.clock = lambda: now
    window.show()
    qtbot.waitExposed(window)
    return window


def _active(qtbot, dialog):
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _number(text: str) -> str:
    """``text`` with the locale's decimal mark, as a person there types it: 38,4."""
    return text.replace(".", QLocale().decimalPoint())


def _save_entry(window, qtbot, temperature: str = "", saturation: str = "") -> str:
    """New entry..., a pain score, the readings typed, Save; the banner's text ("" if none)."""
    tab = window.diary_tab
    qtbot.mouseClick(tab.new_button, LEFT)
    dialog = _active(qtbot, tab.entry_dialog)
    retype(qtbot, dialog.ui.painSpin, "2")
    if temperature:
        retype(qtbot, dialog.ui.temperatureSpin, _number(temperature))
    if saturation:
        retype(qtbot, dialog.ui.oxygenSaturationSpin, saturation)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible(), dialog.error_label.text()
    return tab.alert_banner.text() if tab.alert_panel.isVisibleTo(tab) else ""


def _settings(window, qtbot):
    qtbot.mouseClick(window.diary_tab.alert_settings_button, LEFT)
    return _active(qtbot, window.diary_tab.alert_settings_dialog)


def _save(qtbot, dialog) -> None:
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, LEFT)


@pytest.mark.parametrize("locale", ["es_ES", "zh_CN"])
def test_fever_edges_in_celsius(store, make_window, qtbot, locale):
    window = _window(make_window, qtbot, locale)
    assert _save_entry(window, qtbot, "37.9") == ""
    text = _save_entry(window, qtbot, "38.0")
    point = QLocale().decimalPoint()
    assert (
        f"Temperature 38{point}0\u00a0°C, at or above your fever threshold of "
        f"38{point}0\u00a0°C." in text
    )
    assert "911" in text


def test_fever_edges_in_fahrenheit_in_a_us_locale(store, make_window, qtbot):
    window = _window(make_window, qtbot, US)
    assert _save_entry(window, qtbot, "100.3") == ""
    text = _save_entry(window, qtbot, "100.4")
    assert "Temperature 100.4\u00a0°F, at or above your fever threshold of 100.4\u00a0°F." in text
    kept = sorted(entry.temperature_c for entry in entries_between(None, None))
    assert [round(value * 9 / 5 + 32, 10) for value in kept] == [100.3, 100.4]


def test_a_temperature_typed_in_fahrenheit_reads_back_as_typed(store, make_window, qtbot):
    window = _window(make_window, qtbot, US)
    _save_entry(window, qtbot, "101.0")
    tab = window.diary_tab
    row = tab.table.visualRect(tab.model.index(0, 0)).center()
    qtbot.mouseClick(tab.table.viewport(), LEFT, pos=row)  # the entry, then Edit...
    qtbot.mouseClick(tab.edit_button, LEFT)
    dialog = _active(qtbot, tab.entry_dialog)
    assert dialog.ui.temperatureSpin.text() == "101.0 °F"  # not 100.9: kept unrounded


@pytest.mark.parametrize("locale", [US, "es_ES", "zh_CN"])
def test_the_fever_threshold_is_shown_and_typed_in_the_unit_shown(
    store, make_window, qtbot, locale
):
    window = _window(make_window, qtbot, locale)
    dialog = _settings(window, qtbot)
    fever = dialog.ui.feverSpin
    unit = "°F" if locale == US else "°C"
    assert fever.text() == _number("100.4" if locale == US else "38.0") + f"\u00a0{unit}"
    assert "Cancer.Net (ASCO) 2020; NICE CG151 (2012)" in dialog.ui.feverSourceLabel.text()
    assert "the number your team gave you" in dialog.ui.oxygenSourceLabel.text()
    typed = "99.5" if locale == US else "37.5"
    retype(qtbot, fever, _number(typed))
    _save(qtbot, dialog)
    assert not dialog.isVisible(), dialog.error.text()
    saved = load_vital_thresholds()
    if locale == US:
        assert saved.fever_at_f == 99.5  # kept as typed, not 99.50000001 or 99.6
    else:
        assert saved == VitalThresholds(fever_at_c=37.5)
    assert _settings(window, qtbot).ui.feverSpin.cleanText() == _number(typed)
    window.diary_tab.alert_settings_dialog.reject()
    below, at = ("99.3", "99.5") if locale == US else ("37.4", "37.5")
    assert _save_entry(window, qtbot, below) == ""
    text = _save_entry(window, qtbot, at)
    assert f"at or above your fever threshold of {_number(typed)}\u00a0{unit}." in text


def test_oxygen_is_off_until_the_family_types_their_teams_number(store, make_window, qtbot):
    window = _window(make_window, qtbot)
    assert _save_entry(window, qtbot, saturation="85") == ""  # no threshold, no alert
    dialog = _settings(window, qtbot)
    oxygen = dialog.ui.oxygenSpin
    assert oxygen.text() == "off"
    dialog.ui.daysSpin.setFocus()
    qtbot.keyClick(dialog.ui.daysSpin, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.ui.feverSpin
    qtbot.keyClick(dialog.ui.feverSpin, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is oxygen
    assert "the number your team gave you" in oxygen.accessibleDescription()
    retype(qtbot, oxygen, "90")
    qtbot.keyClick(oxygen, Qt.Key.Key_Return)  # Enter saves
    assert not dialog.isVisible(), dialog.error.text()
    assert load_vital_thresholds().spo2_below == 90
    assert _save_entry(window, qtbot, saturation="90") == ""
    text = _save_entry(window, qtbot, saturation="89")
    assert "Oxygen saturation 89\u00a0%, below the threshold your team gave of 90\u00a0%." in text
    # Emptying the box turns the alert off again.
    dialog = _settings(window, qtbot)
    retype(qtbot, dialog.ui.oxygenSpin, "")
    _save(qtbot, dialog)
    assert load_vital_thresholds().spo2_below is None
    assert _settings(window, qtbot).ui.oxygenSpin.text() == "off"


@pytest.mark.parametrize(
    ("box", "typed", "sentence"),
    [
        ("feverSpin", "42", "Fever threshold: type a number from 37,0 to 41,0."),
        ("feverSpin", "", "Fever threshold: type a number from 37,0 to 41,0."),
        ("oxygenSpin", "6", "Low oxygen threshold: type a whole number from 70 to 99."),
    ],
)
def test_a_threshold_out_of_range_gets_a_sentence_and_nothing_is_saved(
    store, make_window, qtbot, box, typed, sentence
):
    window = _window(make_window, qtbot)
    dialog = _settings(window, qtbot)
    spin = getattr(dialog.ui, box)
    retype(qtbot, dialog.ui.severeSpin, "5")
    retype(qtbot, spin, typed)
    shown = spin.cleanText()
    _save(qtbot, dialog)
    assert dialog.isVisible() and dialog.error.text() == sentence
    assert dialog.focusWidget() is spin and spin.cleanText() == shown  # left as typed
    assert load_vital_thresholds() == VitalThresholds()
    assert window.diary_tab.alert_settings_dialog is dialog


def _grace(*phones: tuple[str, str]) -> None:
    save_contact(ContactRecord(name="Grace Lindqvist, RN", call_first=True, phones=list(phones)))


ASSUMED_HOURS = (
    "Office hours of Grace Lindqvist, RN are not entered in the Care team tab; the usual ones "
    "are assumed: weekdays, 9:00\u202fAM to 5:00\u202fPM."
)
IN_HOURS = [
    "The person you chose to call first for symptoms: Grace Lindqvist, RN 555-0110",
    "Their after-hours line, outside office hours: 555-0111",
]
AFTER_HOURS = [
    "Outside office hours, call the after-hours line of Grace Lindqvist, RN: 555-0111",
    "Their office number, for office hours: 555-0110",
]


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (WEDNESDAY_MORNING, IN_HOURS),
        (datetime(2026, 12, 2, 12, 27), IN_HOURS),  # it once put the after-hours line first
        (datetime(2026, 12, 2, 16, 59), IN_HOURS),
        (datetime(2026, 12, 2, 17, 0), AFTER_HOURS),
        (datetime(2026, 12, 2, 8, 59), AFTER_HOURS),
        (WEDNESDAY_EVENING, AFTER_HOURS),
        (SATURDAY_MORNING, AFTER_HOURS),
    ],
)
def test_the_fever_banner_routes_by_the_time_of_day(store, make_window, qtbot, now, expected):
    _grace(("main", "555-0110"), ("after_hours", "555-0111"))
    window = _window(make_window, qtbot, US, now)
    text = _save_entry(window, qtbot, "101.2")
    lines = text.splitlines()
    assert lines[0].startswith("Temperature 101.2\u00a0°F, at or above")  # as typed
    # The number that answers now first, the other right under it: both always shown.
    assert lines[1:4] == [*expected, ASSUMED_HOURS]
    assert lines[-1] == "In an emergency, call 911 (or your local emergency number)."
    for word in ("dose", "take", "increase", "medicine", "should", "give"):
        assert word not in text.lower()  # it records and routes, never advises


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (datetime(2026, 12, 1, 8, 45), IN_HOURS),  # Tuesday, open from 8:30
        (datetime(2026, 12, 3, 18, 50), IN_HOURS),  # Thursday, open until 19:00
        (datetime(2026, 12, 2, 12, 0), AFTER_HOURS),  # Wednesday: closed all day
        (datetime(2026, 12, 5, 10, 0), IN_HOURS),  # Saturday: open
    ],
)
def test_the_office_hours_entered_for_the_contact_decide(store, make_window, qtbot, now, expected):
    save_contact(
        ContactRecord(
            name="Grace Lindqvist, RN",
            call_first=True,
            phones=[("after_hours", "555-0111"), ("main", "555-0110")],
            office_days="2,4,6",
            office_opens=time(8, 30),
            office_closes=time(19, 0),
        )
    )
    window = _window(make_window, qtbot, US, now)
    lines = _save_entry(window, qtbot, "101.2").splitlines()
    assert lines[1:4] == [
        *expected,
        "Office hours of Grace Lindqvist, RN: Tue, Thu, Sat, 8:30\u202fAM to 7:00\u202fPM.",
    ]


def test_after_hours_without_an_after_hours_line_says_so(store, make_window, qtbot):
    _grace(("main", "555-0110"))
    window = _window(make_window, qtbot, US, WEDNESDAY_EVENING)
    text = _save_entry(window, qtbot, saturation="80", temperature="100.4")
    assert (
        "Outside office hours: Grace Lindqvist, RN, the person you chose to call first, has no "
        "after-hours number in the Care team tab. Their number: 555-0110"
    ) in text
    assert "Oxygen" not in text  # no oxygen threshold yet


def test_when_to_call_the_team_now_opens_the_article(store, make_window, qtbot):
    window = _window(make_window, qtbot, US)
    _save_entry(window, qtbot, "100.4")
    tab = window.diary_tab
    button = tab.alert_panel.when_to_call
    assert button.isVisibleTo(tab) and button.accessibleName()
    asked: list[str] = []
    window.signals.article_requested.connect(asked.append)
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)  # from the keyboard
    assert asked == ["when-to-call-now"]
    assert window.tabs.currentWidget() is window.learn_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(button, LEFT)
    assert asked == ["when-to-call-now"] * 2
    assert window.tabs.currentWidget() is window.learn_tab
    assert window.learn_tab.article.id == "when-to-call-now"
    window.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.dismiss_alert, LEFT)
    assert not tab.alert_panel.isVisibleTo(tab)


# ---------------------------------------------------------------- property

PROPERTY = settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture(params=[US, "es_ES"])
def threshold_opener(request, store, make_window, qtbot):
    """Alert settings opened from one window, once per example, in a US or metric locale."""
    window = _window(make_window, qtbot, request.param)
    return request.param, lambda: _settings(window, qtbot)


@PROPERTY
@given(tenths=st.integers(0, 40), spo2=st.one_of(st.none(), st.integers(70, 99)))
def test_any_threshold_typed_is_kept_exactly(threshold_opener, qtbot, tenths, spo2):
    locale, open_settings = threshold_opener
    # 37.0 to 41.0 °C, or 98.6 to 102.6 °F, a tenth at a time
    fever = (986 + tenths) / 10 if locale == US else (370 + tenths) / 10
    typed = f"{fever:.1f}"
    dialog = open_settings()
    retype(qtbot, dialog.ui.feverSpin, _number(typed))
    retype(qtbot, dialog.ui.oxygenSpin, "" if spo2 is None else str(spo2))
    _save(qtbot, dialog)
    assert not dialog.isVisible(), dialog.error.text()
    saved = load_vital_thresholds()
    assert saved.spo2_below == spo2
    assert (saved.fever_at_f if locale == US else saved.fever_at_c) == fever
    again = open_settings()
    assert again.ui.feverSpin.cleanText() == _number(typed)
    assert again.ui.oxygenSpin.text() == ("off" if spo2 is None else f"{spo2} %")
    again.reject()
