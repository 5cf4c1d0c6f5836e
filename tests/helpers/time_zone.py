"""Local time set to a real zone for one test, with its daylight saving changes."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

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


LONDON = "Europe/London"
SYDNEY = "Australia/Sydney"


class FrozenClock:
    """The moment the app's one clock reads (store/home_clock.py), set and moved by the
    test in UTC: every "now" the app takes is this instant, nothing waits."""

    def __init__(self, instant: datetime) -> None:
        self.instant = instant

    def set(self, instant: datetime) -> None:
        """The clock reads ``instant`` (aware) from now on."""
        self.instant = instant

    def move(self, **delta: float) -> None:
        """Time passes: the clock reads ``delta`` later."""
        self.instant += timedelta(**delta)

    def utc(self) -> datetime:
        """The instant, for a part that takes its time in UTC (the appointment reminders)."""
        return self.instant

    def wall(self, zone: str) -> datetime:
        """The naive wall time in ``zone`` now, its ``fold`` saying which of a repeated hour."""
        return self.instant.astimezone(ZoneInfo(zone)).replace(tzinfo=None)


@contextmanager
def frozen_clock(monkeypatch, instant: datetime) -> Iterator[FrozenClock]:
    """The home clock reads ``instant`` (aware) until the test moves it."""
    from caregiver_app.store import home_clock

    clock = FrozenClock(instant)

    class _Frozen(datetime):
        @classmethod
        def now(cls, tz: tzinfo | None = None) -> datetime:  # type: ignore[override]
            if tz is None:
                return clock.instant.astimezone().replace(tzinfo=None)
            return clock.instant.astimezone(tz)

    with monkeypatch.context() as patched:
        patched.setattr(home_clock, "datetime", _Frozen)
        yield clock
