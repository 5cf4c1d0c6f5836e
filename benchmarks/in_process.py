"""The in-process benchmarks: the window on the heavy record, measured inside one process.

Run by the harness as ``python -m benchmarks.in_process DATA_DIR REPEATS`` in a fresh
process (Qt offscreen), which prints one JSON object: for each row, the list of
timings in milliseconds, or the reason it was not measured. The smoke test calls
:func:`run_all` directly on a tiny record. Nothing here asserts a timing.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from datetime import time as day_time
from pathlib import Path

# Rows, in the order of the table; the harness adds the whole-process ones.
DIARY = "diary"
SAVE = "save"
ICS = "ics"
SEARCH = "search"
MONTH = "month"
UNLOCK = "unlock"
ENCRYPTED_BACKUP = "encrypted_backup"
TODAY = "today"
DOSE = "dose"
BENCHMARK_PASSWORD = "a long benchmark password"

SEARCH_QUERIES = ("pain", "breath", "morphine dose", "hospice", "constip", "what to ask", "sleep")
ICS_EVENTS = 1_000


class NotMeasuredError(Exception):
    """A row that cannot be measured here (its feature is not in the app yet)."""


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def _process_events() -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()


def _window(data_dir: Path):
    """The main window on the open record, shown, as ``caregiver-app`` builds it."""
    from caregiver_app.views.app import build_window

    window = build_window(data_dir, lazy_pages=True)
    window.resize(1180, 760)
    window.tabs.setCurrentIndex(1)  # the Care team tab (the first start shows Today)
    window.show()
    # Painted; then what the started window does once on screen (the reminders' check,
    # phone numbers written out: views/first_paint.py) and the layout that follows.
    from benchmarks.today_bench import settle

    settle()
    return window


def _close(window) -> None:
    window.auto_backup.stop()
    window.hide()
    window.deleteLater()
    _process_events()


# ---------------------------------------------------------------- diary


def open_diary_and_scroll_to_oldest(data_dir: Path, repeats: int) -> list[float]:
    """Open the Symptom diary tab and bring its oldest entry into view, painted."""
    timings = []
    for _ in range(repeats):
        window = _window(data_dir)
        tab = window.diary_tab
        start = time.perf_counter()
        window.tabs.setCurrentWidget(tab)
        _process_events()  # laid out and painted
        tab.table.scrollToBottom()
        _process_events()  # the last rows read and painted
        timings.append(_ms(start))
        model = tab.model
        bottom = tab.table.rowAt(tab.table.viewport().height() - 1)
        if model.total and bottom not in (model.total - 1, -1):
            raise RuntimeError(f"the oldest entry is not in view (row {bottom} of {model.total})")
        _close(window)
    return timings


def save_one_entry(data_dir: Path, repeats: int) -> tuple[list[float], list[float]]:
    """File new entries through the dialog's Save (``EntryDialog.accept``).

    Returns two lists: from the click until the entry is committed (``save_entry``
    returned: the form read, checked, written and synced), and until ``accept``
    returns (the table reloaded and any alert shown as well).
    """
    from caregiver_app.views.diary import entry_dialog

    committed_at: list[float] = []
    save_entry = entry_dialog.save_entry

    def timed_save(record):
        entry_id = save_entry(record)
        committed_at.append(time.perf_counter())
        return entry_id

    window = _window(data_dir)
    tab = window.diary_tab
    window.tabs.setCurrentWidget(tab)
    _process_events()
    committed, whole = [], []
    base = datetime.now().replace(second=0, microsecond=0) - timedelta(days=1)
    entry_dialog.save_entry = timed_save
    try:
        for index in range(repeats):
            dialog = tab.new_entry()
            _process_events()
            dialog.ui.recordedAtEdit.set_value(base + timedelta(minutes=index))
            for value, spin in enumerate(dialog.score_spins.values()):
                spin.setValue((index + value) % 11)
            dialog.ui.noteEdit.setPlainText(f"Benchmark entry {index}")
            start = time.perf_counter()
            dialog.accept()
            whole.append(_ms(start))
            committed.append((committed_at[-1] - start) * 1000)
            _process_events()
    finally:
        entry_dialog.save_entry = save_entry
        _close(window)
    return committed, whole


# ---------------------------------------------------------------- calendar


def _busy_months(count: int) -> list[date]:
    """The first days of the months with the most visits (series expanded)."""
    from caregiver_app.store.calendar.occurrences import occurrences_between
    from caregiver_app.store.models import Appointment

    first = Appointment.select(Appointment.starts_at).order_by(Appointment.starts_at).first()
    if first is None:
        return []
    month = first.starts_at.date().replace(day=1)
    last = date.today().replace(day=1)
    totals = []
    while month <= last:
        following = (month + timedelta(days=32)).replace(day=1)
        low, high = datetime.combine(month, day_time()), datetime.combine(following, day_time())
        totals.append((len(occurrences_between(low, high)), month))
        month = following
    return [month for _total, month in sorted(totals, reverse=True)[:count]]


def month_view(data_dir: Path, repeats: int) -> list[float]:
    """Go to a busy month in the Calendar tab: the marked days and the agenda, painted."""
    try:
        from caregiver_app.store.calendar.occurrences import occurrences_between  # noqa: F401
    except ImportError as error:
        raise NotMeasuredError("feature not present (no occurrences_between)") from error
    window = _window(data_dir)
    tab = window.calendar_tab
    if not hasattr(tab, "go_to"):
        _close(window)
        raise NotMeasuredError("feature not present (no month view)")
    window.tabs.setCurrentWidget(tab)
    _process_events()
    months = _busy_months(2)
    if len(months) < 2:
        _close(window)
        raise NotMeasuredError("no appointments in the record")
    timings = []
    for index in range(repeats):
        # Alternate two busy months: going to the month shown would change nothing.
        day = months[index % 2] + timedelta(days=14)
        start = time.perf_counter()
        tab.go_to(day)
        _process_events()
        timings.append(_ms(start))
    _close(window)
    return timings


def ics_bytes(events: int, tag: str) -> bytes:
    """An .ics file of ``events`` events written with the icalendar library (a tenth repeat)."""
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//Care Companion benchmarks//EN")
    calendar.add("version", "2.0")
    start = datetime.combine(date.today() - timedelta(days=365), day_time(9, 0))
    for number in range(events):
        event = Event()
        event.add("uid", f"bench-{tag}-{number}@benchmarks")
        event.add("summary", f"Clinic visit {number}")
        begins = start + timedelta(days=number % 700, hours=number % 8)
        event.add("dtstart", begins)
        event.add("dtend", begins + timedelta(minutes=45))
        event.add("dtstamp", start)
        event.add("location", "Riverside Palliative Care Clinic")
        event.add("description", "Bring the medicine list and the diary.")
        if number % 10 == 0:
            event.add("rrule", {"freq": "weekly", "count": 8})
        calendar.add_component(event)
    return calendar.to_ical()


def import_ics(data_dir: Path, repeats: int, events: int = ICS_EVENTS) -> list[float]:
    """Read and import a 1,000-event .ics file (new events each time), as File > Import does."""
    try:
        from caregiver_app.services.calendar import ics_files
        from caregiver_app.services.calendar.ics_import import read_ics
    except ImportError as error:
        raise NotMeasuredError("feature not present (no calendar import)") from error
    from caregiver_app.store.calendar.appointments import list_appointments

    timings = []
    for index in range(repeats):
        data = ics_bytes(events, f"r{index}-{time.time_ns()}")
        before = len(list_appointments())
        start = time.perf_counter()
        parsed = read_ics(data)
        ics_files.import_parsed(parsed)
        timings.append(_ms(start))
        added = len(list_appointments()) - before
        if added != events:
            raise RuntimeError(f"imported {added} of {events} events")
    return timings


# ---------------------------------------------------------------- learn


def learn_search(repeats: int) -> list[float]:
    """One search of the Learn articles, the index already built (it is, after the first)."""
    from caregiver_app.services.learn.content import load_library

    library = load_library()
    library.index.search("warm up")  # builds the index once, as the first key press does
    timings = []
    for index in range(max(repeats, len(SEARCH_QUERIES))):
        query = SEARCH_QUERIES[index % len(SEARCH_QUERIES)]
        start = time.perf_counter()
        library.index.search(query)
        timings.append(_ms(start))
    return timings


# ---------------------------------------------------------------- password


def _encrypted_copy(data_dir: Path) -> Path:
    """The heavy record copied into a new folder and encrypted there (not timed)."""
    import tempfile

    from caregiver_app.services.record.password import change_password
    from caregiver_app.store.database import backup_to, database_path, database_proxy
    from caregiver_app.store.opening import open_store

    live = database_proxy.obj
    folder = Path(tempfile.mkdtemp(prefix="encrypted-", dir=data_dir))
    backup_to(live, database_path(folder))
    try:
        change_password(open_store(folder), folder, BENCHMARK_PASSWORD).database.close()
    finally:
        database_proxy.initialize(live)
    return folder


def unlock_encrypted_record(folder: Path, repeats: int) -> list[float]:
    """From the password typed to the encrypted record open and read (counts on screen)."""
    from caregiver_app.services.record.password import unlock
    from caregiver_app.store.database import database_proxy
    from caregiver_app.store.opening import open_store
    from caregiver_app.store.queries import record_counts

    live = database_proxy.obj
    timings = []
    try:
        for _ in range(repeats):
            start = time.perf_counter()
            password = unlock(folder, BENCHMARK_PASSWORD)
            database = open_store(folder, password)
            record_counts()
            timings.append(_ms(start))
            database.close()
    finally:
        database_proxy.initialize(live)
    return timings


def back_up_encrypted_record(folder: Path, repeats: int) -> list[float]:
    """A checked, encrypted backup of the encrypted ten-year record."""
    from caregiver_app.services.record.backups import make_backup
    from caregiver_app.store.database import database_proxy
    from caregiver_app.store.opening import open_store

    live = database_proxy.obj
    database = open_store(folder, BENCHMARK_PASSWORD)
    timings = []
    try:
        for _ in range(repeats):
            start = time.perf_counter()
            make_backup(database, folder)
            timings.append(_ms(start))
    finally:
        database.close()
        database_proxy.initialize(live)
    return timings


# ---------------------------------------------------------------- all


def run_all(data_dir: Path, repeats: int, ics_events: int = ICS_EVENTS) -> dict[str, dict]:
    """Every in-process row on the record in ``data_dir``: timings (ms) or why not measured.

    Opens the store itself and closes it at the end. The .ics import adds
    appointments, so it runs after the rows that read the record; the password rows
    work on an encrypted copy in a folder of their own.
    """
    from caregiver_app.paths import set_application_identity
    from caregiver_app.store.opening import open_store
    from caregiver_app.views.app import application

    set_application_identity()
    application()
    database = open_store(data_dir)
    saves: dict[str, list[float]] = {}
    copies: list[Path] = []

    def encrypted() -> Path:
        if not copies:
            copies.append(_encrypted_copy(data_dir))
        return copies[0]

    def save() -> list[float]:
        saves["committed"], saves["whole"] = save_one_entry(data_dir, max(repeats, 20))
        return saves["committed"]

    def dose() -> list[float]:
        from benchmarks.today_bench import log_one_dose

        saves["dose"], saves["dose_whole"] = log_one_dose(data_dir, max(repeats, 20))
        return saves["dose"]

    def today() -> list[float]:
        from benchmarks.today_bench import show_today

        return show_today(data_dir, repeats)

    steps: list[tuple[str, Callable[[], list[float]]]] = [
        (DIARY, lambda: open_diary_and_scroll_to_oldest(data_dir, repeats)),
        (SAVE, save),
        (SEARCH, lambda: learn_search(max(repeats, 50))),
        (MONTH, lambda: month_view(data_dir, max(repeats, 10))),
        # These add five years of a six-medicine schedule first (about 60,000 doses).
        (TODAY, today),
        (DOSE, dose),
        (ICS, lambda: import_ics(data_dir, repeats, ics_events)),
        (UNLOCK, lambda: unlock_encrypted_record(encrypted(), repeats)),
        (ENCRYPTED_BACKUP, lambda: back_up_encrypted_record(encrypted(), repeats)),
    ]
    results: dict[str, dict] = {}
    try:
        for name, step in steps:
            try:
                results[name] = {"ms": step()}
            except NotMeasuredError as reason:
                results[name] = {"not_measured": str(reason)}
    finally:
        database.close()
    if "whole" in saves:
        results[SAVE]["whole_ms"] = saves["whole"]
    if "dose_whole" in saves:
        results[DOSE]["whole_ms"] = saves["dose_whole"]
    return results


def main(argv: list[str]) -> int:
    """``python -m benchmarks.in_process DATA_DIR REPEATS``: print the results as JSON."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    data_dir, repeats = Path(argv[0]), int(argv[1])
    results = run_all(data_dir, repeats)
    for result in results.values():
        if "ms" in result:
            result["median"] = statistics.median(result["ms"])
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
