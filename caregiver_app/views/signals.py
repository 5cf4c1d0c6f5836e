"""App-level signals: how tabs and dialogs hear about each other's changes."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppSignals(QObject):
    """One instance per window; names are past tense, for what already happened."""

    profile_saved = Signal()
    record_changed = Signal()
    contacts_changed = Signal()
    questions_changed = Signal()
    diary_changed = Signal()
    appointments_changed = Signal()
    # A care team contact was asked for elsewhere (the calendar's "With:" links);
    # the window shows them in the Care team tab.
    contact_requested = Signal(int)
    status_reported = Signal(str)
    text_scale_changed = Signal(int)
