"""Installing one of the app-wide event filters (the wheel and number guards) exactly once."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject

Filter = TypeVar("Filter", bound=QObject)


def install_once(app: QCoreApplication, filter_class: type[Filter]) -> Filter:
    """Install a ``filter_class`` on ``app`` unless one is there; it lives as long as the app."""
    existing = app.findChild(filter_class)
    if existing is not None:
        return existing
    guard = filter_class(app)
    app.installEventFilter(guard)
    return guard
