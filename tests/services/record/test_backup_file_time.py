"""A backup whose name carries no date is dated by its file's time on the home clock, as
every copy the app names is: a laptop in another zone shows the same time for both."""

import os
import shutil
from datetime import UTC, datetime

from caregiver_app.services.record.backup_reading import inspect_backup
from caregiver_app.services.record.backups import make_backup
from tests.helpers.time_zone import LOS_ANGELES, NEW_YORK, home_away


def test_a_renamed_backup_is_dated_in_home_time(demo_store, data_dir, tmp_path):
    # A daughter in California restores a copy her mother's computer in New York saved
    # as "mum.sqlite" at noon New York time (9 AM in California). The copies named by the
    # app say noon; this one said 9 AM, so the two could not be told apart by time.
    with home_away(NEW_YORK, LOS_ANGELES):
        named = make_backup(demo_store, data_dir, now=datetime(2026, 6, 1, 12, 0))
        renamed = shutil.copy(named, tmp_path / "mum.sqlite")
        noon_in_new_york = datetime(2026, 6, 1, 16, 0, tzinfo=UTC).timestamp()
        os.utime(renamed, (noon_in_new_york, noon_in_new_york))
        assert inspect_backup(named).made_at == datetime(2026, 6, 1, 12, 0)
        assert inspect_backup(renamed).made_at == datetime(2026, 6, 1, 12, 0)


def test_without_a_home_zone_a_renamed_backup_keeps_this_computers_time(
    demo_store, tmp_path, data_dir
):
    named = make_backup(demo_store, data_dir, now=datetime(2026, 6, 1, 12, 0))
    renamed = shutil.copy(named, tmp_path / "mum.sqlite")
    moment = datetime(2026, 6, 1, 16, 0, tzinfo=UTC)
    os.utime(renamed, (moment.timestamp(), moment.timestamp()))
    assert inspect_backup(renamed).made_at == datetime.fromtimestamp(moment.timestamp())
