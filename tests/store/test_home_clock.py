"""The record's home time zone: schema step 10 adds it empty (each computer keeps its own
zone, as before), and the clock reads it: New York's wall time on a laptop set to Los
Angeles, exactly the computer's own clock when the two are the same."""

import shutil
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from caregiver_app.services.local_time import local_iso
from caregiver_app.store.calendar import time_zones
from caregiver_app.store.database import database_path
from caregiver_app.store.errors import InvalidValueError
from caregiver_app.store.home_clock import (
    forget_home_zone,
    home_aware,
    home_now,
    home_today,
    home_wall,
)
from caregiver_app.store.queries import ProfileData, load_profile, save_profile
from caregiver_app.store.repeated_hour import kept_fold, passes, real_elapsed
from caregiver_app.store.sync.clock import make_stamp, stamp_time
from tests.helpers.paths import FIXTURES
from tests.helpers.time_zone import LOS_ANGELES, NEW_YORK, home_away, local_time_zone
from tests.store.sync.records import opened


def test_a_v9_record_has_no_home_time_zone_and_keeps_this_computers_clock(data_dir):
    data_dir.mkdir(parents=True)
    shutil.copy(FIXTURES / "schema_v9.sqlite", database_path(data_dir))
    with local_time_zone(LOS_ANGELES), opened(data_dir) as database:
        assert database.execute_sql("PRAGMA user_version").fetchone()[0] >= 10
        profile = load_profile()
        assert (profile.patient_name, profile.home_time_zone) == ("Rosa Delgado", "")
        assert time_zones.home_zone_name() == LOS_ANGELES
        # Saving the profile without choosing a zone does not set one.
        save_profile(profile)
        assert load_profile().home_time_zone == ""


def test_new_york_wall_time_on_a_laptop_in_los_angeles(store):
    with home_away():
        new_york = datetime.now(ZoneInfo(NEW_YORK)).replace(tzinfo=None)
        assert abs((home_now() - new_york).total_seconds()) < 60
        assert round((home_now() - datetime.now()).total_seconds() / 3600) == 3
        assert home_today() == datetime.now(ZoneInfo(NEW_YORK)).date()
        # A phone's UTC time, a sync stamp: New York's wall time.
        noon_utc = datetime(2026, 12, 1, 17, 0, tzinfo=UTC)
        assert home_wall(noon_utc) == datetime(2026, 12, 1, 12, 0)
        assert stamp_time(make_stamp(1_764_608_400_000, 0, "a" * 32)) == datetime(
            2025, 12, 1, 12, 0
        )
        # An export's offset and the time that passed are New York's, with its clock change.
        assert local_iso(datetime(2026, 12, 1, 8, 0)) == "2026-12-01T08:00:00-05:00"
        night = real_elapsed(datetime(2026, 3, 8, 3, 30), datetime(2026, 3, 8, 1, 30))
        assert night.total_seconds() == 3600
        assert home_aware(datetime(2026, 7, 1, 8)).utcoffset().total_seconds() == -4 * 3600


def test_the_same_zone_changes_nothing(store):
    with local_time_zone(NEW_YORK):
        save_profile(ProfileData(home_time_zone=NEW_YORK))
        before = datetime.now()
        assert before <= home_now() <= datetime.now()
        assert home_today() == date.today()
        moment = datetime(2026, 11, 1, 5, 30, tzinfo=UTC)  # the first 1:30 of the night
        assert home_wall(moment) == moment.astimezone().replace(tzinfo=None)
        assert home_wall(moment).fold == moment.astimezone().replace(tzinfo=None).fold
        wall = datetime(2026, 3, 8, 2, 30)  # in the hour the clocks skip
        assert home_aware(wall) == wall.astimezone()


def test_a_zone_name_that_is_not_one_is_refused_and_nothing_is_saved(store):
    with pytest.raises(InvalidValueError) as refused:
        save_profile(ProfileData(patient_name="Rosa", home_time_zone="New York"))
    assert refused.value.field == "home_time_zone"
    assert "“New York” is not a time zone this computer knows" in str(refused.value)
    assert load_profile() == ProfileData()


def test_the_copy_before_a_schema_step_is_named_with_the_familys_time(data_dir, monkeypatch):
    from caregiver_app.store import migrations
    from caregiver_app.store import opening as store_opening
    from caregiver_app.store.home_clock import forget_home_zone

    kiritimati = "Pacific/Kiritimati"  # always a day or more ahead of Pago Pago
    with local_time_zone("Pacific/Pago_Pago"):
        opened_now = open_store_at_home(data_dir, kiritimati)
        # A later version of the app adds a step; the record is opened afresh.
        steps = (*migrations.MIGRATIONS, ("CREATE TABLE later_step (id INTEGER PRIMARY KEY)",))
        monkeypatch.setattr(migrations, "MIGRATIONS", steps)
        monkeypatch.setattr(migrations, "CURRENT_VERSION", len(steps))
        monkeypatch.setattr(store_opening, "CURRENT_VERSION", len(steps))
        forget_home_zone()
        store_opening.open_store(data_dir).close()
    (copy,) = data_dir.glob("*-before-upgrade-*.bak")
    stamp = datetime.strptime(copy.name.rsplit("-before-upgrade-", 1)[1][:15], "%Y%m%d-%H%M%S")
    # Before: this laptop's date and hour, a day or more behind the family's.
    home = datetime.now(ZoneInfo(kiritimati)).replace(tzinfo=None)
    assert opened_now <= stamp <= home


def open_store_at_home(data_dir, zone: str) -> datetime:
    """Make a record whose home zone is ``zone``; the home wall time before it was made."""
    from caregiver_app.store.opening import open_store

    before = datetime.now(ZoneInfo(zone)).replace(tzinfo=None, microsecond=0)
    open_store(data_dir, new_home_zone=zone).close()
    return before


@pytest.mark.parametrize("here", [NEW_YORK, LOS_ANGELES])  # home zone by name, or this computer's
@pytest.mark.parametrize(
    ("wall", "moments"),
    [
        (datetime(2026, 11, 1, 1, 15), 2),  # the hour the clocks go back through: twice
        (datetime(2026, 11, 1, 0, 59), 1),
        (datetime(2026, 11, 1, 2, 0), 1),
        # The hour skipped the night they go forward came not even once; before, its two
        # readings differing made it "twice", and a dose form asked which 2:30 AM.
        (datetime(2026, 3, 8, 2, 30), 1),
        (datetime(2026, 3, 8, 3, 30), 1),
    ],
)
def test_only_the_hour_the_clocks_go_back_through_comes_twice(store, here, wall, moments):
    with local_time_zone(here):
        save_profile(ProfileData(home_time_zone=NEW_YORK))
        try:
            assert len(passes(wall)) == moments
            assert kept_fold(wall.replace(fold=1)) == (moments == 2)
        finally:
            forget_home_zone()


@pytest.mark.parametrize("home", ["", NEW_YORK])  # this computer's zone, or the home zone
def test_a_moment_in_the_second_pass_is_read_as_the_second_pass(store, home):
    with local_time_zone(NEW_YORK if not home else LOS_ANGELES):
        if home:
            save_profile(ProfileData(home_time_zone=home))
        try:
            first = home_wall(datetime(2026, 11, 1, 5, 15, tzinfo=UTC))
            second = home_wall(datetime(2026, 11, 1, 6, 15, tzinfo=UTC))
            noon = home_wall(datetime(2026, 11, 1, 17, 0, tzinfo=UTC))
        finally:
            forget_home_zone()
    # Before, this computer's own zone read the second 1:15 AM as the first (fold 0).
    assert (first, first.fold) == (datetime(2026, 11, 1, 1, 15), 0)
    assert (second, second.fold) == (datetime(2026, 11, 1, 1, 15), 1)
    assert (noon, noon.fold) == (datetime(2026, 11, 1, 12, 0), 0)


def test_this_computers_zone_is_asked_only_for_a_record_made_now(data_dir):
    """Asking the system's zone reads its zone files (some 15 ms at every start, the
    first time): a record already made never needs it to open."""
    from caregiver_app.store.opening import open_store

    asked: list[str] = []

    def here() -> str:
        asked.append(LOS_ANGELES)
        return LOS_ANGELES

    open_store(data_dir, new_home_zone=here).close()
    assert asked == [LOS_ANGELES]
    with opened(data_dir):
        assert load_profile().home_time_zone == LOS_ANGELES
    forget_home_zone()
    open_store(data_dir, new_home_zone=here).close()
    assert asked == [LOS_ANGELES]  # not asked again
