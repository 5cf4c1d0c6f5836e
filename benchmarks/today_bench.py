"""The Today rows: the tab shown, and one dose logged, on the heavy record plus five years of doses.

Both run inside one process on the record ``benchmarks.in_process`` works on, after
``today_record.add_medication`` has added the six-medicine schedule (once per copy).
``python -m benchmarks.today_bench [--tiny] [REPEATS]`` runs them alone on a fresh copy
and prints the medians. Nothing here asserts a timing.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import time
from pathlib import Path

from benchmarks.today_record import YEARS, add_medication, has_medication

TINY_ENTRIES = 1_000  # fewer diary entries: the harness's tiny record
TINY_YEARS = 1 / 6


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def _process_events() -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()


SETTLE_TURNS = 10  # turns of the event loop a new window gets before a timed step


def settle() -> None:
    """Let a new window finish starting before anything is timed.

    Once painted it does what can wait (``views/first_paint.py``: the reminders' check
    and their banners, phone numbers written out), and lays the window out again for
    the banners. Three turns of the loop were not enough: that work and its layout ran
    inside the first timed step. A person opens a tab seconds after the window appears.
    """
    for _ in range(SETTLE_TURNS):
        _process_events()
        time.sleep(0.005)  # a timer of a few milliseconds comes due too


def _window(data_dir: Path, tab: int):
    """The main window as ``caregiver-app`` builds it, shown on tab ``tab`` and settled."""
    from caregiver_app.views.app import build_window

    window = build_window(data_dir, lazy_pages=True)
    window.resize(1180, 760)
    window.tabs.setCurrentIndex(tab)
    window.show()
    settle()
    return window


def _close(window) -> None:
    window.auto_backup.stop()
    window.hide()
    window.deleteLater()
    _process_events()


def ensure_medication() -> None:
    """Add the five years of doses to the open record unless a run did already.

    A tiny record (the smoke test's) gets two months of them, as it has of the rest.
    """
    from caregiver_app.store.queries import record_counts

    if not has_medication():
        tiny = record_counts().diary_entries < TINY_ENTRIES
        add_medication(years=TINY_YEARS if tiny else YEARS)


def show_today(data_dir: Path, repeats: int) -> list[float]:
    """Go to the Today tab from the Care team tab: built, read in one call, laid out, painted."""
    ensure_medication()
    timings = []
    for _ in range(repeats):
        window = _window(data_dir, 1)
        start = time.perf_counter()
        window.tabs.setCurrentIndex(0)
        _process_events()
        timings.append(_ms(start))
        if not window.today_tab.rows:
            raise RuntimeError("the Today tab shows no dose: the schedules are missing")
        _close(window)
    return timings


def log_one_dose(data_dir: Path, repeats: int) -> tuple[list[float], list[float]]:
    """Click Given on the next open dose: until committed, and until the page is read again.

    The first list is from the click until ``answer_now`` has returned (checked, written
    and committed with ``synchronous=FULL``); the second until the click returns, the
    page read and laid out again. Edit > Undo takes each answer back before the next.
    """
    from caregiver_app.views.today import today_page

    ensure_medication()
    committed_at: list[float] = []
    answer_now = today_page.answer_now

    def timed_answer(*args, **kwargs):
        quick = answer_now(*args, **kwargs)
        committed_at.append(time.perf_counter())
        return quick

    window = _window(data_dir, 0)
    page = window.today_tab
    committed, whole = [], []
    today_page.answer_now = timed_answer
    try:
        for _ in range(repeats):
            row = next(row for row in page.rows if not row.answered)
            start = time.perf_counter()
            row.given_button.click()
            whole.append(_ms(start))
            committed.append((committed_at[-1] - start) * 1000)
            _process_events()
            window.undo_stack.undo()
            _process_events()
    finally:
        today_page.answer_now = answer_now
        _close(window)
    return committed, whole


def main(argv: list[str]) -> int:
    """Run both rows alone on a fresh copy of the heavy record and print the medians."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from benchmarks import heavy_record
    from caregiver_app.paths import set_application_identity
    from caregiver_app.store.opening import open_store
    from caregiver_app.views.app import application

    tiny = "--tiny" in argv
    numbers = [int(arg) for arg in argv if arg.isdigit()]
    repeats = numbers[0] if numbers else 15
    folder = heavy_record.fresh_data_dir(heavy_record.TINY if tiny else heavy_record.FULL)
    set_application_identity()
    application()
    database = open_store(folder)
    try:
        began = time.perf_counter()
        ensure_medication()
        print(f"added the schedule and its doses in {time.perf_counter() - began:.1f} s")
        shown = show_today(folder, repeats)
        committed, whole = log_one_dose(folder, max(repeats, 20))
    finally:
        database.close()
        shutil.rmtree(folder, ignore_errors=True)
    print(f"Today tab shown: {statistics.median(shown):.1f} ms median of {len(shown)}")
    print(
        f"one dose logged, click to committed: {statistics.median(committed):.2f} ms; "
        f"the whole click, page read again: {statistics.median(whole):.1f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
