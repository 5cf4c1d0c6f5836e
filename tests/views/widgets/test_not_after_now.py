""" "Not in the future" is measured when the form is saved, not when it was opened: a diary
entry, a breakthrough dose or a dose's answer typed for a time after the form opened (it
stayed open while the dose was given, past midnight even) is kept, and a time still ahead
of the clock is refused."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from caregiver_app.store import home_clock
from caregiver_app.store.diary.entries import count_entries, entries_page
from caregiver_app.views.widgets import date_fields
from tests.helpers.keys import type_date, type_time


class _Clock(datetime):
    """The fields' clock: ``behind`` the real one (40 minutes when the form opens)."""

    behind = timedelta(minutes=40)

    @classmethod
    def now(cls, tz=None):
        return datetime.now(tz) - cls.behind

    @classmethod
    def combine(cls, day, at, tzinfo=None):
        return datetime.combine(day, at)  # what the fields give stays a plain datetime


@pytest.fixture
def clock(monkeypatch):
    for module in (date_fields, home_clock):  # wherever the form may read the clock
        monkeypatch.setattr(module, "datetime", _Clock)
    _Clock.behind = timedelta(minutes=40)
    return _Clock


def _type_moment(qtbot, field, moment: datetime) -> None:
    type_date(qtbot, field.date_field, moment.date())
    type_time(qtbot, field.time_field, moment.time())


def test_an_entry_for_a_time_after_the_form_opened_is_kept(store, make_window, qtbot, clock):
    dialog = make_window().diary_tab.new_entry()
    clock.behind = timedelta()  # the form stayed open forty minutes
    # Twenty minutes ago: after the form opened, before now. Before, it was "in the future".
    when = (datetime.now() - timedelta(minutes=20)).replace(second=0, microsecond=0)
    _type_moment(qtbot, dialog.ui.recordedAtEdit, when)
    qtbot.keyClicks(dialog.ui.painSpin, "3")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == ""
    [entry] = entries_page(0, 10)
    assert entry.recorded_at == when


def test_a_time_still_ahead_of_the_clock_is_refused(store, make_window, qtbot, clock):
    dialog = make_window().diary_tab.new_entry()
    clock.behind = timedelta()
    _type_moment(qtbot, dialog.ui.recordedAtEdit, datetime.now() + timedelta(hours=2))
    qtbot.keyClicks(dialog.ui.painSpin, "3")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "future" in dialog.error_label.text()
    assert count_entries() == 0
