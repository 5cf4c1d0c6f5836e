"""A hybrid logical clock: stamps that sort in the order edits were made, across computers.

A stamp is ``WWWWWWWWWWWWW-CCCCC-DEVICE``: the wall time in milliseconds since 1970 (UTC),
a counter for edits within one millisecond or behind a clock seen from another computer,
and the device id, which breaks ties. Text comparison is clock order. The triggers of
schema step 7 keep only the time of a change; it is stamped here when changes are read
out, in the order they were made, so a stamp never goes backwards even if the computer's
clock does, and a stamp seen from another computer (:func:`observe`) moves this clock past
it: computers whose clocks are hours apart still order edits as they happened.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime

from caregiver_app.store.database import database_proxy
from caregiver_app.store.home_clock import home_wall

_WALL_DIGITS = 13
_COUNTER_DIGITS = 5

# Tests give a computer a clock of its own (hours off, or standing still).
_wall_clock: Callable[[], int] | None = None


def set_wall_clock(clock: Callable[[], int] | None) -> Callable[[], int] | None:
    """Use ``clock`` (milliseconds since 1970, UTC) for the wall time of new stamps
    instead of the time each change was saved; None goes back to that. Returns the
    clock it replaces."""
    global _wall_clock
    previous, _wall_clock = _wall_clock, clock
    return previous


def make_stamp(wall_ms: int, counter: int, device_id: str) -> str:
    """The stamp text for these parts."""
    return f"{wall_ms:0{_WALL_DIGITS}d}-{counter:0{_COUNTER_DIGITS}d}-{device_id}"


def parse_stamp(stamp: str) -> tuple[int, int, str]:
    """The wall time, counter and device of a stamp; ValueError when it is not one."""
    wall, counter, device = stamp.split("-", 2)
    if len(wall) != _WALL_DIGITS or len(counter) != _COUNTER_DIGITS or not device:
        raise ValueError(stamp)
    return int(wall), int(counter), device


def stamp_time(stamp: str) -> datetime:
    """The wall time of a stamp as naive home time, like the rest of the record."""
    wall_ms = parse_stamp(stamp)[0]
    return home_wall(datetime.fromtimestamp(wall_ms / 1000, UTC))


def _saved_ms(changed_at: str) -> int:
    moment = datetime.strptime(changed_at, "%Y-%m-%d %H:%M:%S.%f").replace(tzinfo=UTC)
    return int(moment.timestamp() * 1000)


def _wall_now() -> int:
    return _wall_clock() if _wall_clock is not None else time.time_ns() // 1_000_000


def _last() -> tuple[int, int]:
    text = database_proxy.execute_sql("SELECT clock FROM sync_state").fetchone()[0]
    if not text:
        return 0, 0
    wall, counter, _ = parse_stamp(text)
    return wall, counter


def _keep(wall: int, counter: int) -> None:
    database_proxy.execute_sql("UPDATE sync_state SET clock = ?", (make_stamp(wall, counter, "-"),))


def observe(stamp: str) -> None:
    """Move this computer's clock past ``stamp``, read from another computer."""
    wall, counter, _ = parse_stamp(stamp)
    if (wall, counter) > _last():
        _keep(wall, counter)


def next_stamp(device_id: str, wall_ms: int | None = None) -> str:
    """A new stamp for an edit on this computer made at ``wall_ms`` (now when None)."""
    last_wall, last_counter = _last()
    wall = max(_wall_now() if wall_ms is None else wall_ms, last_wall)
    counter = last_counter + 1 if wall == last_wall else 0
    _keep(wall, counter)
    return make_stamp(wall, counter, device_id)


def stamp_pending() -> None:
    """Give every change in the outbox not stamped yet its stamp, in the order made."""
    device_id = database_proxy.execute_sql("SELECT device_id FROM sync_state").fetchone()[0]
    if device_id is None:
        return
    pending = database_proxy.execute_sql(
        "SELECT seq, row_uuid, changed_at FROM sync_outbox WHERE clock IS NULL ORDER BY seq"
    ).fetchall()
    for seq, row_uuid, changed_at in pending:
        wall = _wall_clock() if _wall_clock is not None else _saved_ms(changed_at)
        stamp = next_stamp(device_id, wall)
        database_proxy.execute_sql("UPDATE sync_outbox SET clock = ? WHERE seq = ?", (stamp, seq))
        database_proxy.execute_sql(
            "UPDATE sync_row SET clock = ? WHERE uuid = ? AND clock IS NULL", (stamp, row_uuid)
        )
