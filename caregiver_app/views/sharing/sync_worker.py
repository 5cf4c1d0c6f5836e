"""Sharing's work off the window's thread, on a record connection of its own.

Reading a folder on a slow network share, or joining from a year of changes, can take
a while: the window stays usable. The record's database keeps one connection per
thread, so the worker opens its own and closes it when done; SQLite's write lock makes
the window's own saves wait their turn for a moment (``store/sharing.py``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from caregiver_app.services.record.open_record import is_open, open_database
from caregiver_app.views.record.record_watch import others_wrote_since, version_here

# How long closing the window waits for a sync under way to finish its transaction.
CLOSE_WAIT_SECONDS = 10.0


class SyncWorker(QObject):
    """Runs one piece of sharing work at a time in a thread; says how it ended by signals."""

    finished = Signal(object)  # what the work returned
    failed = Signal(object)  # the exception it raised
    # After either: whether another connection committed while the work ran (the
    # window's watch tells its own writes from others' by it: views/record/record_watch.py).
    wrote = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        self._running = False

    @property
    def busy(self) -> bool:
        """True while work is under way (not once it has said how it ended)."""
        return self._running

    def run(self, work: Callable[[], object]) -> bool:
        """Start ``work`` in a thread; False (nothing started) while other work runs."""
        if self.busy or not is_open():
            return False
        database = open_database()

        def body() -> None:
            before: int | None = None
            others = True
            try:
                database.connect(reuse_if_open=True)  # this thread's own connection
                try:
                    before = version_here()
                    result = work()
                finally:
                    others = others_wrote_since(before)
                    database.close()
            except Exception as error:  # noqa: BLE001 - handed to the window's thread to say
                self._running = False
                self.failed.emit(error)
            else:
                self._running = False
                self.finished.emit(result)
            self.wrote.emit(others)

        self._running = True
        self._thread = threading.Thread(target=body, name="family-folder-sync", daemon=True)
        self._thread.start()
        return True

    def wait(self, seconds: float = CLOSE_WAIT_SECONDS) -> None:
        """Let work under way finish (the window is closing)."""
        if self._thread is not None:
            self._thread.join(seconds)
