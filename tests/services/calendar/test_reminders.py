"""Reminders with an injected clock: when they fall due, shown once, missed while closed."""

from datetime import UTC, datetime, timedelta

import pytest

from caregiver_app.services.calendar.reminders import check_reminders, coming_soon, due_reminders
from caregiver_app.store.calendar import recurrence, time_zones
from caregiver_app.store.calendar.appointments import save_appointment
from caregiver_app.store.calendar.occurrences import occurrences_between
from caregiver_app.store.calendar.records import AppointmentRecord

VISIT = datetime(2026, 3, 10, 9, 0)  # wall clock, UTC computer


@pytest.fixture(autouse=True)
def utc(monkeypatch):
    monkeypatch.setattr(time_zones, "local_zone_name", lambda: "UTC")


def _at(wall: datetime) -> datetime:
    return wall.replace(tzinfo=UTC)


def _visit(**values) -> int:
    return save_appointment(
        AppointmentRecord(
            title=values.pop("title", "Infusion"),
            kind="infusion",
            starts_at=values.pop("starts_at", VISIT),
            ends_at=values.pop("ends_at", VISIT + timedelta(hours=3)),
            **values,
        )
    )


def test_the_pure_rule_one_reminder_per_visit(store):
    _visit()
    found = occurrences_between(datetime(2026, 3, 1), datetime(2026, 4, 1))
    assert due_reminders(found, set(), _at(VISIT - timedelta(days=2)), None) == []
    (day_before,) = due_reminders(found, set(), _at(VISIT - timedelta(hours=23)), None)
    assert day_before.minutes_before == 1440 and not day_before.missed
    # Opened an hour before the visit, after both times: one reminder, both offsets covered.
    (late,) = due_reminders(found, set(), _at(VISIT - timedelta(hours=1)), None)
    assert late.minutes_before == 120 and len(late.keys) == 2
    assert due_reminders(found, set(late.keys), _at(VISIT - timedelta(minutes=30)), None) == []


def test_each_reminder_is_shown_once(store):
    _visit()
    now = _at(VISIT - timedelta(hours=23))
    (first,) = check_reminders(now, None)
    assert first.occurrence.record.title == "Infusion"
    assert check_reminders(now + timedelta(minutes=1), now) == []
    (second,) = check_reminders(_at(VISIT - timedelta(hours=2)), now)
    assert second.minutes_before == 120
    assert check_reminders(_at(VISIT - timedelta(hours=1)), now) == []


def test_missed_while_closed_are_shown_once_on_the_next_start(store):
    _visit()
    closed_at = _at(VISIT - timedelta(days=3))
    reopened = _at(VISIT + timedelta(hours=5))  # the visit is over
    (missed,) = check_reminders(reopened, closed_at)
    assert missed.missed and missed.occurrence.record.starts_at == VISIT
    assert check_reminders(reopened + timedelta(minutes=1), reopened) == []
    # A fresh record (never checked) does not dig up reminders of past visits.
    _visit(title="Old scan", starts_at=VISIT - timedelta(days=5), ends_at=None)
    assert check_reminders(reopened, None) == []


def test_series_reminders_and_chosen_offsets(store):
    _visit(
        title="Video visit",
        rrule=recurrence.simple_rule("weekly", count=3),
        reminders=(30,),
        ends_at=VISIT + timedelta(minutes=20),
    )
    assert check_reminders(_at(VISIT - timedelta(minutes=31)), None) == []
    (due,) = check_reminders(_at(VISIT + timedelta(days=7, minutes=-10)), None)
    assert due.occurrence.record.starts_at == VISIT + timedelta(days=7)
    _visit(title="No reminders", starts_at=VISIT + timedelta(hours=4), ends_at=None, reminders=())
    assert check_reminders(_at(VISIT + timedelta(hours=3, minutes=59)), None) == []


def test_a_reminder_follows_the_appointment_zone(store):
    # 9:00 in Chicago is 15:00 UTC in March (before the US change on 8 March).
    _visit(timezone="America/Chicago", starts_at=datetime(2026, 3, 3, 9, 0), reminders=(60,))
    assert check_reminders(_at(datetime(2026, 3, 3, 13, 59)), None) == []
    assert len(check_reminders(_at(datetime(2026, 3, 3, 14, 0)), None)) == 1


def test_today_and_tomorrow_at_start_up(store):
    _visit(title="Today", starts_at=datetime(2026, 3, 10, 15, 0), ends_at=None)
    _visit(title="Tomorrow", starts_at=datetime(2026, 3, 11, 8, 0), ends_at=None)
    _visit(title="Later", starts_at=datetime(2026, 3, 13, 8, 0), ends_at=None)
    _visit(title="This morning", starts_at=datetime(2026, 3, 10, 7, 0), ends_at=None)
    found = coming_soon(_at(datetime(2026, 3, 10, 12, 0)))
    assert [o.record.title for o in found] == ["Today", "Tomorrow"]


def test_a_day_before_keeps_the_clock_time_across_a_change_of_the_clocks(store, monkeypatch):
    monkeypatch.setattr(time_zones, "local_zone_name", lambda: "America/New_York")
    # New York's clocks go forward at 2 AM on March 8: the visit is at 10:00 EDT (14:00 UTC).
    visit = datetime(2026, 3, 8, 10, 0)
    _visit(starts_at=visit, ends_at=visit + timedelta(hours=1), timezone="America/New_York")
    found = occurrences_between(datetime(2026, 3, 1), datetime(2026, 3, 31))
    # 9:30 EST the day before: 24 hours before would already be due (9:00); 10:00 is not yet.
    assert due_reminders(found, set(), datetime(2026, 3, 7, 14, 30, tzinfo=UTC), None) == []
    (day_before,) = due_reminders(found, set(), datetime(2026, 3, 7, 15, 0, tzinfo=UTC), None)
    assert day_before.minutes_before == 1440
    assert day_before.due_at == datetime(2026, 3, 7, 15, 0, tzinfo=UTC)  # 10:00 EST
    # Hours before are hours that pass: 2 hours before 10:00 EDT is 8:00 EDT.
    (two_hours,) = due_reminders(
        found, {day_before.keys[0]}, datetime(2026, 3, 8, 12, 0, tzinfo=UTC), None
    )
    assert two_hours.minutes_before == 120
