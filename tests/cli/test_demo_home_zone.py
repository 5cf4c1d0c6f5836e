"""``--demo``: the fictional family lives wherever this computer is, so the demo behaves as
a record made here does: its home time zone is this computer's, and no line says the
times are another zone's."""

import shutil

from caregiver_app.cli.main import prepare_demo_dir
from caregiver_app.services.home_zone_text import home_zone_line
from caregiver_app.store.opening import open_store
from caregiver_app.store.queries import load_profile
from tests.helpers.time_zone import LOS_ANGELES, local_time_zone


def test_the_demo_record_has_this_computers_zone_as_its_home(qapp):
    with local_time_zone(LOS_ANGELES):
        folder = prepare_demo_dir()
        try:
            database = open_store(folder)
            try:
                # Before: none set, unlike a record made here.
                assert load_profile().home_time_zone == LOS_ANGELES
                assert home_zone_line() == ""
            finally:
                database.close()
        finally:
            shutil.rmtree(folder, ignore_errors=True)
