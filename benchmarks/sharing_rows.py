"""The family folder's rows: joining from a year of a busy family's changes, syncing one day
of another computer's changes, and a sync with nothing new (the cost of watching the folder).

``python -m benchmarks.sharing_rows [--repeats N] [--tiny] --no-write`` prints the rows; it
never writes docs/benchmarks.md (the table there is measured on a quiet machine).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks import heavy_record
from benchmarks.report import Row, terminal_table

PASSPHRASE = "benchmark family passphrase"
# A year of a busy family: eight diary entries and six as-needed doses a day.
YEAR = heavy_record.Scale(
    entries=2_920, doses=2_190, appointments=150, series=6, contacts=40, questions=120, days=365
)
TINY = heavy_record.Scale(
    entries=60, doses=40, appointments=10, series=2, contacts=5, questions=5, days=10
)
# Changes per file while the year is written: about what one sync a few times a day sends.
YEAR_BATCH = 40
DAY_QUESTIONS = 14

# (key, what is measured, budget in ms)
ROWS = (
    ("join", "join from a folder holding a year of a busy family's changes", 15_000.0),
    ("day", "sync of one day of another computer's changes", 300.0),
    ("idle", "sync with nothing new (the cost of each minute's check)", 30.0),
)


def _timed(action: Callable[[], object]) -> float:
    began = time.perf_counter()
    action()
    return (time.perf_counter() - began) * 1000


def measure(work: Path, scale: heavy_record.Scale, repeats: int) -> dict[str, list[float]]:
    """Each row's times in ms (the record is opened and closed around each measurement)."""
    from caregiver_app.services.sharing import folder_sync, session
    from caregiver_app.store.opening import open_store
    from caregiver_app.store.questions import QuestionRecord, save_question

    folder = work / "family"
    folder.mkdir()
    heavy_record.generate(work / "laura", scale)
    database = open_store(work / "laura")
    batch, folder_sync.BATCH_SIZE = folder_sync.BATCH_SIZE, YEAR_BATCH
    try:
        session.start_sharing(folder, "Laura's laptop", PASSPHRASE)
    finally:
        folder_sync.BATCH_SIZE = batch
        database.close()
    times: dict[str, list[float]] = {key: [] for key, _, _ in ROWS}
    for repeat in range(repeats):
        tom = work / f"tom-{repeat}"
        database = open_store(tom)
        try:
            times["join"].append(
                _timed(lambda: session.join_sharing(folder, "Tom's laptop", PASSPHRASE))
            )
        finally:
            database.close()
        database = open_store(work / "laura")
        try:
            for number in range(DAY_QUESTIONS):
                save_question(QuestionRecord(text=f"Day {repeat}, question {number}?"))
            session.sync_now()
        finally:
            database.close()
        database = open_store(tom)
        try:
            times["day"].append(_timed(session.sync_now))
            times["idle"].append(_timed(session.sync_now))
        finally:
            database.close()
        shutil.rmtree(tom)
    return times


def sharing_rows(scale: heavy_record.Scale = YEAR, repeats: int = 5) -> list[Row]:
    """The table's rows for sharing, measured in a scratch folder removed afterwards."""
    work = Path(tempfile.mkdtemp(prefix="sharing-bench-"))
    try:
        times = measure(work, scale, repeats)
        files = sum(1 for _ in (work / "family" / "changes").rglob("*"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    rows = []
    for key, what, budget in ROWS:
        median = statistics.median(times[key])
        note = f"{files:,} files in the folder" if key == "join" else ""
        verdict = "pass" if median < budget else "OVER"
        rows.append(
            Row(what, f"{median:,.1f} ms", "none", "-", f"under {budget:g} ms", verdict, note)
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    """Measure and print the sharing rows."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.sharing_rows", description=__doc__)
    parser.add_argument("--repeats", type=int, default=5, help="measurements of each row (5)")
    parser.add_argument("--tiny", action="store_true", help="a tiny record: checks the rows run")
    parser.add_argument(
        "--no-write", action="store_true", help="print only (the only mode: never writes docs)"
    )
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    rows = sharing_rows(TINY if args.tiny else YEAR, args.repeats)
    print(terminal_table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
