"""The public calendar corpus through ``calendar import``: counts, and the slowest file's time.

``python -m benchmarks.ics_corpus`` imports every .ics file in the installed icalendar and
recurring-ical-events test folders, each into a new record in this process (the command
line's ``main``, as tests/services/calendar/test_ics_corpus.py runs it), and prints how
many import whole, import with events skipped, or are refused, then the slowest file: the
median of five more imports of each of the five slowest. The line goes in docs/benchmarks.md.
"""

from __future__ import annotations

import contextlib
import io
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from caregiver_app.cli.main import main
from tests.helpers.ics_occurrences import package_test_files

PACKAGES = ("icalendar", "recurring_ical_events")


def import_once(path: Path) -> tuple[str, float]:
    """Import ``path`` into a new record; its outcome and the seconds it took."""
    with tempfile.TemporaryDirectory() as folder:
        err = io.StringIO()
        started = time.perf_counter()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            record = str(Path(folder) / "record")
            code = main(["--data-dir", record, "calendar", "import", str(path)])
        took = time.perf_counter() - started
    if code == 0:
        skipped = any(line.startswith("skipped event ") for line in err.getvalue().splitlines())
        return ("imported with events skipped" if skipped else "imported whole"), took
    return ("refused" if code == 2 else f"exit {code}"), took


def run() -> str:
    """Measure, and return the line for docs/benchmarks.md."""
    import icalendar

    files = [path for package in PACKAGES for path in package_test_files(package)]
    outcomes: Counter[str] = Counter()
    times = {}
    for path in files:
        outcome, took = import_once(path)
        outcomes[outcome] += 1
        times[path] = took
    slowest = sorted(times, key=times.__getitem__, reverse=True)[:5]
    medians = {path: statistics.median(import_once(path)[1] for _ in range(5)) for path in slowest}
    worst = max(medians, key=medians.__getitem__)
    counts = ", ".join(f"{count} {outcome}" for outcome, count in sorted(outcomes.items()))
    return (
        f"- calendar corpus (icalendar {icalendar.__version__} and recurring-ical-events test "
        f"files, {len(files)} .ics files, `python -m benchmarks.ics_corpus`): {counts}; "
        f"the slowest, {worst.name}, {medians[worst] * 1000:,.0f} ms "
        f"(median of 5, in-process `calendar import` into a new record; all {len(files)} "
        f"took {sum(times.values()):.1f} s)"
    )


if __name__ == "__main__":
    print(run())
    sys.exit(0)
