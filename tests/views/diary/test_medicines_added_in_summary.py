"""Medicines typed into the app in the summary's period, with no start date, are said to
have been added to the app's list that day: never started that day, and never "no medicine
was started, stopped or changed".

Before, the summary said "No medicine was started, stopped or changed in this period" of a
list typed in during it: a fact nobody entered.
"""

from __future__ import annotations

from datetime import timedelta

from caregiver_app.services.visit_summary.data import collect_summary
from caregiver_app.services.visit_summary.pdf import summary_pdf_bytes
from caregiver_app.services.visit_summary.request import SummaryRequest
from tests.services.visit_summary.test_visit_summary_pdf import pages_of
from tests.views.diary.test_medicine_in_force_typing import saved_at  # noqa: F401 (fixture)
from tests.views.diary.test_medicine_schedule_typing import (
    _as_needed,
    _click,
    _new_medicine,
    _saved,
)
from tests.views.today.test_first_evening import EVENING, _morphine_sr


def test_a_list_typed_in_during_the_period_is_added_not_started(
    store,
    make_window,
    qtbot,
    saved_at,  # noqa: F811
):
    _morphine_sr(make_window, qtbot, saved_at)
    _window, _panel, dialog = _new_medicine(make_window, qtbot, "Oxycodone")
    _as_needed(qtbot, dialog)
    saved_at(EVENING + timedelta(minutes=5))
    _click(qtbot, dialog.save_button)
    _saved(dialog)
    request = SummaryRequest(EVENING.date() - timedelta(days=13), EVENING.date() + timedelta(1))
    text = " ".join(pages_of(summary_pdf_bytes(collect_summary(request, EVENING))))
    assert "No medicine was started, stopped or changed" not in text
    assert "Added to the app, started, stopped or changed in this period" in text
    assert text.count("Added to the app Dec 1") == 2
    assert "Started Dec" not in text  # no start date was typed
