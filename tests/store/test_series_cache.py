"""What the calendar keeps between reads (store/calendar/series_cache.py) is never stale.

The month view reads six weeks at every step, and the series, their records and their
visits are kept between reads. Whatever changes the record drops what was kept: a save
through the app, a write by another program, a restore in place; and nothing read in a
transaction that is then undone is kept.
"""

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from caregiver_app.store import engine
from caregiver_app.store.calendar import recurrence, time_zones
from caregiver_app.store.calendar.appointments import get_appointment, save_appointment
from caregiver_app.store.calendar.occurrences import occurrences_between
from caregiver_app.store.calendar.records import AppointmentRecord
from caregiver_app.store.database import database_path
from caregiver_app.store.sqlite_files import copy_database, copy_pages_into
from caregiver_app.store.transactions import transaction

MONDAY = datetime(2026, 3, 2, 10, 0)
WINDOW = (datetime(2026, 3, 1), datetime(2026, 4, 12))  # six weeks, as the month view asks


@pytest.fixture
def utc(monkeypatch):
    """This computer's zone, fixed for the test."""
    monkeypatch.setattr(time_zones, "local_zone_name", lambda: "UTC")


def _weekly_infusion() -> int:
    return save_appointment(
        AppointmentRecord(
            title="Infusion",
            kind="infusion",
            starts_at=MONDAY,
            ends_at=MONDAY + timedelta(hours=2),
            timezone="UTC",
            rrule=recurrence.simple_rule("weekly", count=20),
        )
    )


def _titles() -> list[str]:
    return [o.record.title for o in occurrences_between(*WINDOW, overlapping=True)]


def test_a_second_read_of_the_same_weeks_hands_out_the_visits_kept(store, utc):
    _weekly_infusion()
    first = occurrences_between(*WINDOW, overlapping=True)
    again = occurrences_between(*WINDOW, overlapping=True)
    assert len(first) == 6
    assert all(a is b for a, b in zip(first, again, strict=True))


def test_a_saved_change_to_the_series_shows_at_the_next_read(store, utc):
    series = _weekly_infusion()
    assert set(_titles()) == {"Infusion"}
    save_appointment(replace(get_appointment(series), title="Infusion, chair 4"))
    assert set(_titles()) == {"Infusion, chair 4"}


def test_a_change_written_by_another_program_shows_at_the_next_read(store, data_dir, utc):
    series = _weekly_infusion()
    assert set(_titles()) == {"Infusion"}
    other = engine.open_sqlite_connection(str(database_path(data_dir)))
    try:
        other.execute("UPDATE appointment SET title = 'Infusion, moved' WHERE id = ?", (series,))
    finally:
        other.close()
    assert set(_titles()) == {"Infusion, moved"}


def test_a_restore_in_place_shows_the_restored_calendar(store, data_dir, tmp_path, utc):
    series = _weekly_infusion()
    saved = copy_database(store.connection(), tmp_path / "before.sqlite")
    save_appointment(replace(get_appointment(series), title="Infusion, renamed later"))
    assert set(_titles()) == {"Infusion, renamed later"}
    copy_pages_into(saved, store)  # the backup API writes past SQLite's change counts
    assert set(_titles()) == {"Infusion"}


def test_nothing_read_inside_a_transaction_that_is_undone_is_kept(store, utc):
    series = _weekly_infusion()
    with pytest.raises(RuntimeError), transaction():
        save_appointment(replace(get_appointment(series), title="Not kept"))
        assert set(_titles()) == {"Not kept"}
        raise RuntimeError("undo")
    assert set(_titles()) == {"Infusion"}


def test_a_read_of_years_keeps_no_more_than_the_limit_and_misses_nothing(store, monkeypatch, utc):
    from caregiver_app.store.calendar import series_cache

    monkeypatch.setattr(series_cache, "MAX_KEPT", 5)
    _weekly_infusion()
    years = (datetime(2026, 1, 1), datetime(2028, 1, 1))
    assert len(occurrences_between(*years)) == 20  # every visit of the series
    kept = series_cache.kept_calendar()
    assert len(kept._visits) <= 5
    assert len(occurrences_between(*years)) == 20
    assert sum(len(found) for found in kept._windows.values()) <= 5


def test_going_back_to_weeks_read_before_gives_the_same_visits_in_a_new_list(store, utc):
    _weekly_infusion()
    first = occurrences_between(*WINDOW, overlapping=True)
    first.clear()  # what a caller does with its list is its own business
    again = occurrences_between(*WINDOW, overlapping=True)
    assert [o.record.starts_at.date().isoformat() for o in again] == [
        "2026-03-02",
        "2026-03-09",
        "2026-03-16",
        "2026-03-23",
        "2026-03-30",
        "2026-04-06",
    ]


def test_whether_the_calendar_has_anything_follows_saves_and_deletes(store, utc):
    from caregiver_app.store.calendar.appointments import delete_appointment
    from caregiver_app.store.calendar.occurrences import has_any_appointment

    assert has_any_appointment() is False
    series = _weekly_infusion()
    assert has_any_appointment() is True
    delete_appointment(series)
    assert has_any_appointment() is False
