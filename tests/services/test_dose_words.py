"""The shared words about doses: the time between doses, why a dose was not given and who
gave it, said alike by the medicine chart, the visit summary and the Today page."""

from __future__ import annotations

import pytest

from caregiver_app.services.dose_words import DoseWords
from caregiver_app.services.medication.chart_labels import ChartLabels
from caregiver_app.services.visit_summary.labels import SummaryLabels


@pytest.mark.parametrize(
    ("minutes", "said"),
    [
        (0, "0 min"),
        (45, "45 min"),
        (60, "1 h"),
        (90, "1 h 30 min"),
        (240, "4 h"),
        (1441, "24 h 1 min"),
    ],
)
def test_an_interval_in_hours_and_minutes(minutes, said):
    assert DoseWords.english().interval(minutes) == said


def test_a_reason_and_a_performer_in_words_and_a_name_as_typed():
    words = DoseWords.english()
    assert words.reason("not_needed") == "not needed"
    assert words.reason("other") == "other reason"
    assert words.reason("") == ""
    assert words.performer("patient") == "the patient"
    assert words.performer("nurse") == "a nurse"
    assert words.performer("Laura") == "Laura"


def test_the_chart_and_the_summary_write_an_interval_as_the_today_page_does(spanish):
    from datetime import timedelta

    from caregiver_app.services.medication.chart import chart_labels
    from caregiver_app.views.today.today_text import duration, performer_label, reason_label

    chart, summary = chart_labels(), SummaryLabels.translated()
    assert chart.interval(90) == summary.interval(90) == duration(timedelta(minutes=90))
    assert chart.reason("refused") == reason_label("refused") == "lo rechazó"
    assert chart.performer("nurse") == performer_label("nurse") == "un enfermero o enfermera"
    assert isinstance(chart, ChartLabels)
