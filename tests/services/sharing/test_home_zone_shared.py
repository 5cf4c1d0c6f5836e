"""The family's home time zone travels with the profile: Start sharing sets it when the
record has none, a computer that joins takes the family's, and a change made on one
computer reaches the others, which all end with the same value."""

from __future__ import annotations

from pathlib import Path

import pytest

from caregiver_app.services.sharing import crypto
from caregiver_app.services.sharing.conflicts import all_conflicts
from caregiver_app.store.calendar import time_zones
from caregiver_app.store.opening import open_store
from caregiver_app.store.queries import ProfileData, load_profile, save_profile
from tests.helpers.time_zone import LOS_ANGELES, NEW_YORK, local_time_zone
from tests.services.sharing.records import Computer, opened

CHICAGO = "America/Chicago"


@pytest.fixture(autouse=True)
def _quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto, "SCRYPT_N", 2**10)


def _zone(computer: Computer) -> tuple[str, str]:
    with opened(computer.data_dir):
        return load_profile().home_time_zone, time_zones.home_zone_name()


def test_start_sets_it_joining_takes_the_familys_and_a_change_reaches_every_computer(
    tmp_path: Path,
):
    folder = tmp_path / "family"
    folder.mkdir()
    laura = Computer("Laura's laptop", tmp_path / "laura", folder)
    tom = Computer("Tom's laptop", tmp_path / "tom", folder)
    with opened(laura.data_dir):  # a record from before: no home time zone yet
        save_profile(ProfileData(patient_name="Rosa Delgado"))
        assert load_profile().home_time_zone == ""
    with local_time_zone(NEW_YORK):  # Laura's laptop at her mother's, in New York
        laura.start()
    with local_time_zone(LOS_ANGELES):
        # Tom's new record, made on his laptop in California, has California's zone...
        open_store(tom.data_dir, new_home_zone=LOS_ANGELES).close()
        with opened(tom.data_dir):
            save_profile(ProfileData(patient_name="Rosa", caregiver_name="Tom"))
            assert load_profile().home_time_zone == LOS_ANGELES
        # ...and takes the family's when it joins; what he typed is kept as before.
        tom.join()
        assert _zone(tom) == (NEW_YORK, NEW_YORK)
        with opened(tom.data_dir):
            assert [note.what for note in all_conflicts()] == ["the profile"]
            profile = load_profile()
            profile.home_time_zone = CHICAGO  # they moved her to Chicago
            save_profile(profile)
        tom.sync()
    laura.sync()
    assert _zone(laura) == (CHICAGO, CHICAGO)
    assert laura.dump() == tom.dump()


def test_starting_to_share_keeps_a_home_time_zone_already_set(tmp_path: Path):
    folder = tmp_path / "family"
    folder.mkdir()
    laura = Computer("Laura's laptop", tmp_path / "laura", folder)
    with opened(laura.data_dir):
        save_profile(ProfileData(home_time_zone=NEW_YORK))
    with local_time_zone(LOS_ANGELES):
        laura.start()
    assert _zone(laura)[0] == NEW_YORK
