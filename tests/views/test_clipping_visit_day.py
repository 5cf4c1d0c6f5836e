"""The morning of a visit, in Spanish at twice the text size in a 1366x900 window: the
reminders above the tabs (three visits, a refill to ask for) are each shown whole or
scrolled to, never cut through their lines, and nothing else is cut (tests/helpers/clipping.py)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from caregiver_app.views.look.view_options import LANGUAGE_KEY
from tests.helpers.clipping import problems
from tests.helpers.large_text import window_at

VISIT_DAY = date.today() + timedelta(days=3)  # the demo's oncology and palliative visits


def test_the_reminders_on_a_visit_morning_are_never_cut(demo_store, make_window, qtbot, data_dir):
    settings = QSettings(str(data_dir / "window-settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, "es")
    settings.sync()
    window = window_at(lambda: make_window(demo=True), qtbot, 200)
    window.resize(1366, 900)
    morning = datetime.combine(VISIT_DAY, time(9, 50)).astimezone()
    window.reminders.clock = lambda: morning
    window.reminders.check(startup=True)  # as at start-up on that morning
    qtbot.waitUntil(lambda: window.reminders.widget.isVisible())
    for _ in range(3):
        QApplication.processEvents()
    window.grab().save(str(data_dir.parent / "visit-morning.png"))
    assert window.reminders.banner.text().count("Recordatorio") >= 2
    assert problems(window) == []
