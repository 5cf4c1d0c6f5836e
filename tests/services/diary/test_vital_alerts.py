"""Vital-sign alerts: the fever threshold's edges, the oxygen threshold, office hours."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from caregiver_app.services.diary.vital_alerts import vital_alerts_for
from caregiver_app.services.diary.vital_routing import (
    USUAL_HOURS,
    OfficeHours,
    is_office_hours,
    office_hours,
    ordered_numbers,
    route_call,
)
from caregiver_app.services.diary.vital_thresholds import (
    VitalThresholds,
    fahrenheit_threshold,
    is_fever,
    load_vital_thresholds,
    save_vital_thresholds,
)
from caregiver_app.store.contacts import ContactRecord
from caregiver_app.store.diary.entries import EntryRecord


def _kept(fahrenheit: float) -> float:
    """A reading typed in Fahrenheit as the record keeps it: converted, not rounded."""
    return (fahrenheit - 32) * 5 / 9


@pytest.mark.parametrize(("celsius", "fever"), [(37.9, False), (38.0, True), (38.1, True)])
def test_the_default_fever_threshold_in_celsius(celsius, fever):
    assert is_fever(celsius, VitalThresholds()) is fever


@pytest.mark.parametrize(("fahrenheit", "fever"), [(100.3, False), (100.4, True), (100.5, True)])
def test_the_default_fever_threshold_typed_in_fahrenheit(fahrenheit, fever):
    assert is_fever(_kept(fahrenheit), VitalThresholds()) is fever


def test_a_fahrenheit_threshold_is_kept_as_typed_and_a_reading_at_it_raises_the_alert(store):
    save_vital_thresholds(fahrenheit_threshold(101.0, spo2_below=90))
    loaded = load_vital_thresholds()
    assert (loaded.fever_at_f, loaded.spo2_below) == (101.0, 90)
    # Compared in the unit it was typed in: 101.0 °F raises it, 100.9 °F does not.
    assert is_fever(_kept(101.0), loaded) and is_fever(_kept(101.1), loaded)
    assert not is_fever(_kept(100.9), loaded)


def test_no_oxygen_alert_until_a_threshold_is_entered(store):
    entry = EntryRecord(recorded_at=datetime(2026, 12, 2, 9), oxygen_saturation=80)
    assert load_vital_thresholds().spo2_below is None
    assert vital_alerts_for(entry, load_vital_thresholds()) == []
    thresholds = VitalThresholds(spo2_below=90)
    (alert,) = vital_alerts_for(entry, thresholds)
    assert (alert.kind, alert.value) == ("low_oxygen", 80)
    at_threshold = EntryRecord(recorded_at=datetime(2026, 12, 2, 9), oxygen_saturation=90)
    assert vital_alerts_for(at_threshold, thresholds) == []


@pytest.mark.parametrize(
    ("moment", "office"),
    [
        (datetime(2026, 12, 2, 8, 59), False),  # Wednesday, before opening
        (datetime(2026, 12, 2, 9, 0), True),
        (datetime(2026, 12, 2, 12, 27), True),
        (datetime(2026, 12, 2, 16, 59), True),
        (datetime(2026, 12, 2, 17, 0), False),
        (datetime(2026, 12, 4, 12, 0), True),  # Friday
        (datetime(2026, 12, 5, 12, 0), False),  # Saturday
        (datetime(2026, 12, 6, 12, 0), False),  # Sunday
    ],
)
def test_the_usual_office_hours_are_weekdays_from_nine_to_five(moment, office):
    assert is_office_hours(moment) is office
    assert office_hours(ContactRecord(name="Grace")) == USUAL_HOURS
    assert USUAL_HOURS.assumed


def test_office_hours_come_from_the_contact_and_the_usual_fill_what_is_missing():
    entered = ContactRecord(
        name="Clinic", office_days="1,3", office_opens=time(8), office_closes=time(12, 30)
    )
    assert office_hours(entered) == OfficeHours(frozenset({1, 3}), time(8), time(12, 30))
    days_only = office_hours(ContactRecord(name="Clinic", office_days="6,7"))
    assert (days_only.days, days_only.opens, days_only.closes) == (
        frozenset({6, 7}),
        time(9),
        time(17),
    )
    assert days_only.assumed  # the banner says the times are assumed
    times_only = office_hours(
        ContactRecord(name="Clinic", office_opens=time(7), office_closes=time(15))
    )
    assert (times_only.days, times_only.assumed) == (frozenset({1, 2, 3, 4, 5}), True)


def test_both_numbers_are_always_there_the_one_answering_now_first():
    nurse = ContactRecord(
        name="Grace",
        call_first=True,
        phones=[("after_hours", "555-0111"), ("fax", "555-0199"), ("main", "555-0110")],
    )
    noon = route_call(nurse, datetime(2026, 12, 2, 12, 27))
    night = route_call(nurse, datetime(2026, 12, 2, 22, 0))
    assert (noon.number, noon.other, noon.after_hours) == ("555-0110", "555-0111", False)
    assert (night.number, night.other, night.after_hours) == ("555-0111", "555-0110", True)
    assert night.no_after_hours_line is False
    assert noon.numbers == (("main", "555-0110"), ("after_hours", "555-0111"))  # never the fax
    assert ordered_numbers(nurse, datetime(2026, 12, 2, 22, 0)) == list(night.numbers)
    daytime_only = ContactRecord(name="Dr. Okafor", phones=[("mobile", "555-0120")])
    weekend = route_call(daytime_only, datetime(2026, 12, 5, 10, 0))
    assert (weekend.number, weekend.other, weekend.no_after_hours_line) == ("555-0120", "", True)
