"""A monthly series started on day 29, 30 or 31: the form says which months get no visit."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from caregiver_app.store.calendar import time_zones
from caregiver_app.store.calendar.occurrences import occurrences_between
from tests.helpers.keys import retype, type_date_as_hinted
from tests.helpers.large_text import window_at
from tests.views.calendar.test_appointment_typing import _calendar, _new, _press, _save


@pytest.fixture(autouse=True)
def utc(monkeypatch):
    monkeypatch.setattr(time_zones, "local_zone_name", lambda: "UTC")


def _monthly_from(qtbot, dialog, start: date) -> None:
    retype(qtbot, dialog.ui.titleEdit, "Infusion")
    type_date_as_hinted(qtbot, dialog.ui.startDateEdit, start)
    _press(qtbot, dialog.ui.repeatCombo, Qt.Key.Key_End)  # Every month, on the same date


def test_a_series_from_the_31st_says_the_months_it_skips(store, make_window, qtbot):
    dialog = _new(qtbot, _calendar(make_window, qtbot))
    _monthly_from(qtbot, dialog, date(2027, 1, 31))
    note = dialog.ui.repeatNote
    assert note.isVisibleTo(dialog)  # nothing said: six visits ran to October, unannounced
    assert note.text() == (
        "Not every month has a day 31, so this series has no visit in February, April, "
        "June, September, and November. For a visit every month, start on day 28 or earlier."
    )
    assert dialog.ui.repeatCombo.accessibleDescription() == note.text()
    _save(qtbot, dialog)
    visits = occurrences_between(datetime(2027, 1, 1), datetime(2028, 1, 1))
    assert [o.record.starts_at.month for o in visits] == [1, 3, 5, 7, 8, 10]  # as it said


def test_the_29th_names_february_and_the_28th_says_nothing(store, make_window, qtbot):
    dialog = _new(qtbot, _calendar(make_window, qtbot))
    _monthly_from(qtbot, dialog, date(2027, 3, 29))
    assert "only in leap years" in dialog.ui.repeatNote.text()
    type_date_as_hinted(qtbot, dialog.ui.startDateEdit, date(2027, 3, 28))
    assert not dialog.ui.repeatNote.isVisibleTo(dialog)
    type_date_as_hinted(qtbot, dialog.ui.startDateEdit, date(2027, 4, 30))
    assert "day 30" in dialog.ui.repeatNote.text() and "February" in dialog.ui.repeatNote.text()
    _press(qtbot, dialog.ui.repeatCombo, Qt.Key.Key_Home)  # Does not repeat
    assert not dialog.ui.repeatNote.isVisibleTo(dialog)


def test_the_note_in_spanish_at_large_text_is_whole(store, make_window, qtbot, spanish):
    window = window_at(make_window, qtbot, 200, "calendar_tab")
    dialog = _new(qtbot, window.calendar_tab)
    _monthly_from(qtbot, dialog, date(2027, 1, 31))
    note = dialog.ui.repeatNote
    assert note.text().startswith("No todos los meses tienen día 31")
    assert note.heightForWidth(note.width()) <= note.height()  # no line cut off
