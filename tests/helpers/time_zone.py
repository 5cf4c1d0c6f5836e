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
