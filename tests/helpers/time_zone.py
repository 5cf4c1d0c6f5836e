"""Local time set to a real zone for one test, with its daylight saving changes."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager

# At 2 AM on 2026-03-08 New York's clocks go forward to 3 AM.
NEW_YORK = "America/New_York"


@contextmanager
def local_time_zone(name: str) -> Iterator[None]:
    """Python's and Qt's local time is ``name`` inside the block."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


LOS_ANGELES = "America/Los_Angeles"


@contextmanager
def home_away(home: str = NEW_YORK, here: str = LOS_ANGELES) -> Iterator[None]:
    """The open record's home time zone is ``home`` and this computer's zone ``here``
    (a daughter's laptop in California helping her mother in New York)."""
    from caregiver_app.store.home_clock import forget_home_zone
    from caregiver_app.store.queries import ProfileData, save_profile

    with local_time_zone(here):
        save_profile(ProfileData(home_time_zone=home))
        try:
            yield
        finally:
            forget_home_zone()
