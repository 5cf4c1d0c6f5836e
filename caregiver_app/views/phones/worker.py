"""Talking to the family's calendar server off the window's thread.

A server can take seconds to answer, or never answer until a timeout: the window must
stay usable meanwhile. A job runs one call in a QThread and hands back its result, or
the error the family is told about, by signal to the window's thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal

from caregiver_app.services.record.open_record import RECORD_FAILURES, open_database
from caregiver_app.views.record.record_watch import others_wrote_since, version_here


def expected_failures() -> tuple[type[Exception], ...]:
    """The errors a job reports as a sentence: the server's, the record's, the system's."""
    from caregiver_app.services.phones.errors import PhonesError

    return (PhonesError, *RECORD_FAILURES)


class Job(QThread):
    """Runs ``work`` once in its own thread; ``with_record`` gives it its own connection
    to the open record (SQLite connections belong to the thread that made them)."""

    succeeded = Signal(object)
    failed = Signal(object)
    # With the record, after either: whether another connection committed while the work
    # ran (views/record/record_watch.py).
    wrote = Signal(bool)

    def __init__(
        self, work: Callable[[], object], parent: QObject | None = None, with_record: bool = False
    ) -> None:
        super().__init__(parent)
        self.work = work
        self.with_record = with_record
        self.failures = expected_failures()
        self.answered = False  # False once finished: the work raised something unforeseen

    def run(self) -> None:
        """Do the work; its result or its error goes back by signal."""
        if not self.with_record:
            self._answer(self.work)
            return
        others = True

        def on_own_connection() -> object:
            nonlocal others
            with open_database().connection_context():
                before = version_here()
                try:
                    return self.work()
                finally:
                    others = others_wrote_since(before)

        try:
            self._answer(on_own_connection)
        finally:
            self.wrote.emit(others)

    def _answer(self, work: Callable[[], object]) -> None:
        try:
            result = work()
        except self.failures as error:
            self.answered = True
            self.failed.emit(error)
            return
        self.answered = True
        self.succeeded.emit(result)
