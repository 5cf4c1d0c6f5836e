"""The shared words about doses: the time between doses, why a dose was not given and who
gave it, said alike by the medicine chart, the visit summary and the Today page."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from caregiver_app.services.dose_words import DoseWords, at_pass
from caregiver_app.services.medication.chart_labels import ChartLabels
from caregiver_app.services.visit_summary.labels import SummaryLabels
from tests.helpers.time_zone import LONDON, LOS_ANGELES, NEW_YORK, home_away

LORD_HOWE = "Australia/Lord_Howe"


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


# The night New York's clocks go back (Sunday 1 November 2026): 1:00 to 1:59 AM twice.
# Lord Howe Island's go back half an hour (Sunday 5 April 2026, 2:00 to 1:30 AM): 1:30 to
# 1:59 AM twice.
NEW_YORK_NIGHT = datetime(2026, 11, 1)
LORD_HOWE_NIGHT = datetime(2026, 4, 5)


@pytest.mark.parametrize(
    ("zone", "night", "first", "second"),
    [
        (NEW_YORK, NEW_YORK_NIGHT, time(1, 45), time(1, 15)),
        (LORD_HOWE, LORD_HOWE_NIGHT, time(1, 45), time(1, 30)),
    ],
)
def test_a_time_in_the_repeated_hour_says_which_of_the_two_it_is(store, zone, night, first, second):
    words = DoseWords.english()
    earlier = datetime.combine(night.date(), first)
    later = datetime.combine(night.date(), second).replace(fold=1)
    with home_away(zone, LONDON):
        # Before, both read as the clock alone: "1:45" then "1:15", the order lost.
        assert words.at_pass(earlier, "1:45") == "1:45 (before the clocks went back)"
        assert words.at_pass(later, "1:15") == "1:15 (after the clocks went back)"
        assert at_pass(later, "x") == "x (after the clocks went back)"


@pytest.mark.parametrize(
    ("zone", "moment"),
    [
        (NEW_YORK, datetime(2026, 11, 1, 0, 59)),  # before the hour that comes twice
        (NEW_YORK, datetime(2026, 11, 1, 2, 0)),  # after it
        (NEW_YORK, datetime(2026, 11, 1, 2, 0, fold=1)),  # a pass Python allows any time
        (NEW_YORK, datetime(2026, 11, 2, 1, 15)),  # the next night
        (NEW_YORK, datetime(2026, 3, 8, 2, 30)),  # the hour skipped the night they go forward
        (NEW_YORK, datetime(2026, 3, 8, 3, 30)),
        (NEW_YORK, datetime(1, 1, 1, 1, 15)),  # dates the system clock cannot place
        (NEW_YORK, datetime(9999, 12, 31, 23, 59)),
        (LORD_HOWE, datetime(2026, 4, 5, 1, 15)),  # the half hour before the repeated one
        (LORD_HOWE, datetime(2026, 4, 5, 2, 0)),
        (LONDON, datetime(2026, 11, 1, 1, 15)),  # the same clock time in another zone
    ],
)
def test_every_other_time_is_written_exactly_as_before(store, spanish, zone, moment):
    with home_away(zone, LOS_ANGELES):
        assert at_pass(moment, "1:15") == "1:15"
        assert DoseWords.english().at_pass(moment, "1:15") == "1:15"


def test_the_pass_is_said_in_the_users_language(store, each_language):
    said = {
        "en": ("1:45 (before the clocks went back)", "1:15 (after the clocks went back)"),
        "es": ("1:45 (antes de atrasar los relojes)", "1:15 (después de atrasar los relojes)"),
        "zh_CN": ("1:45（时钟调回之前）", "1:15（时钟调回之后）"),
    }[each_language]
    with home_away(NEW_YORK, LONDON):
        shown = (
            at_pass(datetime(2026, 11, 1, 1, 45), "1:45"),
            at_pass(datetime(2026, 11, 1, 1, 15, fold=1), "1:15"),
        )
    assert shown == said
