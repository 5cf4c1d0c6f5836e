"""The diary's alert settings typed into as a person does: every number, saved and read back."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox

from caregiver_app.services.diary.alerts import AlertSettings, load_alert_settings
from caregiver_app.services.diary.vital_thresholds import VitalThresholds, load_vital_thresholds
from tests.helpers.keys import retype, wheel_changes_only
from tests.helpers.locales import LOCALES

LEFT = Qt.MouseButton.LeftButton


def _open(make_window, qtbot, locale: str = "en_US"):
    """Diary > Alert settings..., clicked, in a shown and active window."""
    window = make_window()
    QLocale.setDefault(LOCALES[locale])  # the window applied the system's; the test's wins
    window.tabs.setCurrentWidget(window.diary_tab)
    window.show()
    qtbot.waitExposed(window)
    qtbot.mouseClick(window.diary_tab.alert_settings_button, LEFT)
    dialog = window.diary_tab.alert_settings_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # so leaving a box is a real change of focus
    return dialog


def _button(dialog, which):
    return dialog.findChild(QDialogButtonBox).button(which)


def _save(qtbot, dialog) -> None:
    qtbot.mouseClick(_button(dialog, QDialogButtonBox.StandardButton.Save), LEFT)


def _shown(dialog) -> tuple[str, ...]:
    return tuple(spin.cleanText() for spin in dialog.spins())


def test_every_number_typed_with_tab_between_is_saved(store, make_window, qtbot, typing_locale):
    dialog = _open(make_window, qtbot, typing_locale)
    ui = dialog.ui
    assert dialog.focusWidget() is ui.severeSpin  # the first box has the keyboard
    retype(qtbot, ui.severeSpin, "8")
    qtbot.keyClick(ui.severeSpin, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is ui.riseSpin
    qtbot.keyClick(ui.riseSpin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(ui.riseSpin, "2")
    qtbot.keyClick(ui.riseSpin, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is ui.daysSpin
    qtbot.keyClick(ui.daysSpin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(ui.daysSpin, "14")
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    assert load_alert_settings() == AlertSettings(severe_at=8, rise_by=2, baseline_days=14)
    again = _open(make_window, qtbot, typing_locale)
    assert _shown(again) == ("8", "2", "14")


def test_arrow_keys_step_and_enter_saves(store, make_window, qtbot):
    dialog = _open(make_window, qtbot)
    ui = dialog.ui
    qtbot.keyClick(ui.severeSpin, Qt.Key.Key_Down)  # 7 -> 6
    ui.daysSpin.setFocus()
    for _ in range(3):
        qtbot.keyClick(ui.daysSpin, Qt.Key.Key_Up)  # 7 -> 10
    qtbot.keyClick(ui.daysSpin, Qt.Key.Key_PageUp)  # ten at a time: 20
    qtbot.keyClick(ui.daysSpin, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert load_alert_settings() == AlertSettings(severe_at=6, rise_by=3, baseline_days=20)


def test_restore_defaults_by_keyboard(store, make_window, qtbot):
    dialog = _open(make_window, qtbot)
    retype(qtbot, dialog.ui.severeSpin, "4")
    retype(qtbot, dialog.ui.daysSpin, "30")
    restore = _button(dialog, QDialogButtonBox.StandardButton.RestoreDefaults)
    restore.setFocus()
    qtbot.keyClick(restore, Qt.Key.Key_Space)
    assert _shown(dialog) == ("7", "3", "7")
    _save(qtbot, dialog)
    assert load_alert_settings() == AlertSettings()


@pytest.mark.parametrize(
    ("box", "typed", "sentence"),
    [
        ("severeSpin", "0", "Score that raises an alert: type a whole number from 1 to 10."),
        ("riseSpin", "", "Rise that raises an alert: type a whole number from 1 to 10."),
        ("daysSpin", "00", "Days in the recent average: type a whole number from 1 to 90."),
    ],
)
@pytest.mark.parametrize("how", ["click Save", "press Enter"])
def test_a_number_out_of_range_is_refused_at_its_box(
    store, make_window, qtbot, box, typed, sentence, how
):
    dialog = _open(make_window, qtbot)
    spin = getattr(dialog.ui, box)
    retype(qtbot, dialog.ui.riseSpin, "5")
    retype(qtbot, spin, typed)
    if how == "click Save":
        _save(qtbot, dialog)  # the click takes the keyboard away from the box first
    else:
        qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text() == sentence
    assert dialog.focusWidget() is spin and spin.cleanText() == typed  # not put back
    assert load_alert_settings() == AlertSettings()  # nothing saved, not even the 5
    retype(qtbot, spin, "9")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert _values(load_alert_settings())[dialog.spins().index(spin)] == 9


def _values(saved: AlertSettings) -> tuple[int, int, int]:
    return saved.severe_at, saved.rise_by, saved.baseline_days


# ---------------------------------------------------------------- property

PROPERTY = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture
def opener(store, make_window, qtbot):
    """Opens the dialog from one window, once per example."""
    window = make_window()
    window.show()
    qtbot.waitExposed(window)

    def open_dialog():
        qtbot.mouseClick(window.diary_tab.alert_settings_button, LEFT)
        dialog = window.diary_tab.alert_settings_dialog
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        return dialog

    return open_dialog


@PROPERTY
@given(severe=st.integers(1, 10), rise=st.integers(1, 10), days=st.integers(1, 90))
def test_any_numbers_typed_are_saved_exactly(opener, qtbot, severe, rise, days):
    dialog = opener()
    for spin, number in zip(dialog.spins(), (severe, rise, days), strict=True):
        retype(qtbot, spin, str(number))
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    assert _values(load_alert_settings()) == (severe, rise, days)
    assert _shown(opener()) == (str(severe), str(rise), str(days))


@PROPERTY
@given(which=st.integers(0, 2), text=st.text(alphabet="0123456789-+x. ", max_size=4))
def test_what_a_box_shows_is_what_is_saved_or_it_is_refused(opener, qtbot, which, text):
    dialog = opener()
    before = load_alert_settings()
    spin = dialog.spins()[which]
    retype(qtbot, spin, text)
    shown = spin.cleanText()  # the box takes only keys that can make one of its numbers
    _save(qtbot, dialog)
    number = int(shown) if shown.lstrip("+").isdigit() else None  # "+1" is a 1
    if number is not None and spin.minimum() <= number <= spin.maximum():
        assert not dialog.isVisible()
        assert _values(load_alert_settings())[which] == number
    else:
        assert dialog.isVisible() and dialog.error.isVisible()
        assert spin.cleanText() == shown and load_alert_settings() == before
        dialog.reject()


def test_the_wheel_changes_only_the_box_being_edited(store, make_window, qtbot):
    dialog = _open(make_window, qtbot)
    names = wheel_changes_only(dialog, dialog.ui.severeSpin)
    assert names == ["severeSpin", "riseSpin", "daysSpin", "feverSpin", "oxygenSpin"]
    _save(qtbot, dialog)
    saved = load_alert_settings()
    assert (saved.rise_by, saved.baseline_days) == (3, 7)
    assert load_vital_thresholds() == VitalThresholds()
