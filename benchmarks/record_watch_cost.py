"""What the window's watch for other programs' changes costs: one read of SQLite's
``data_version`` (``store/record_state.others_version``), on a plain and on an encrypted
(SQLCipher) record, and the window's whole check when nothing changed.

Run: ``QT_QPA_PLATFORM=offscreen python -m benchmarks.record_watch_cost``.
"""

from __future__ import annotations

import os
import tempfile
import timeit
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CALLS = 20_000
PASSWORD = "kettle on the stove"


def _per_call(statement, calls: int = CALLS) -> float:
    """Microseconds per call, the best of five runs."""
    return min(timeit.repeat(statement, number=calls, repeat=5)) / calls * 1e6


def _line(what: str, micros: float, interval_s: float = 2.5) -> str:
    share = micros / (interval_s * 1e6) * 100
    return (
        f"{what:<44} {micros:8.2f} µs a call  {1e6 / micros:>10,.0f} calls/s  "
        f"{share:.5f} % of one core at one call every {interval_s} s"
    )


def main() -> None:
    """Measure and print."""
    from caregiver_app.services.record.password import change_password
    from caregiver_app.store.opening import open_store
    from caregiver_app.store.record_state import others_version
    from caregiver_app.views.app import application, build_window

    app = application(guards=False)
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "care-data"
        database = open_store(data_dir)
        print(_line("data_version, plain record", _per_call(others_version)))
        window = build_window(data_dir, icon=False)
        window.show()
        app.processEvents()
        watch = window.record_watch
        print(_line("the window's check, nothing changed", _per_call(watch.check, 5_000)))
        window.close()
        app.processEvents()
        database = change_password(database, data_dir, PASSWORD).database
        print(_line("data_version, encrypted record", _per_call(others_version)))
        database.close()


if __name__ == "__main__":
    main()
