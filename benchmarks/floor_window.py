"""The cold-start floor: a bare PySide6 window with four tabs, closed after its first paint.

Run as a script in a fresh process. It does what the app's start-up hook does
(``CAREGIVER_APP_EXIT_AFTER_PAINT``): an event filter on the window waits for the first
Paint event, then a zero timer ends the event loop.

``--qt-namespace``: the same window, its labels centred with ``Qt.AlignmentFlag``. The
first use of PySide6's ``Qt`` namespace builds its 93 enums as Python enums (40 to 75 ms
on Python 3.11); any window that aligns, orders or names a key pays it, the bare floor
does not. The harness reports this second floor beside the first (the budget stays
against the bare window).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget


class ExitAfterFirstPaint(QObject):
    """The same hook as ``caregiver_app.views.app.ExitAfterFirstPaint``."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: QApplication.exit(0))
        return False


def main(qt_namespace: bool = False) -> int:
    """Show the window and run until it has painted."""
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    tabs = QTabWidget(window)
    for name in ("Care team", "Symptom diary", "Calendar", "Learn"):
        label = QLabel(name)
        if qt_namespace:
            from PySide6.QtCore import Qt

            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        tabs.addTab(label, name)
    window.setCentralWidget(tabs)
    window.resize(1180, 760)
    window.installEventFilter(ExitAfterFirstPaint(window))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(qt_namespace="--qt-namespace" in sys.argv[1:]))
