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
    status_reported = Signal(str)
    text_scale_changed = Signal(int)
