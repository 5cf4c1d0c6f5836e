"""Work that can wait until the window is on screen: started once it has painted."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterFirstPaint(QObject):
    """Watches a window for its first Paint event, then starts the work it was given."""

    def __init__(self, window: QWidget, work: list[Callable[[], object]]) -> None:
        super().__init__(window)
        self.work = work
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """At the first paint, queue the work (the window's children paint in the same pass)."""
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Two turns of the event loop: the first finishes what the paint queued
            # (the rest of the frame), the second starts the work once it is shown.
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, self._run))
        return False

    def _run(self) -> None:
        for work in self.work:
            work()
        self.deleteLater()


def after_first_paint(window: QWidget, *work: Callable[[], object]) -> None:
    """Run ``work``, in order, once ``window`` is on screen (shown and painted)."""
    _AfterFirstPaint(window, list(work))
