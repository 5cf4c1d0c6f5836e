"""An appointment's title as shown: a marked placeholder for one that came without a title."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def shown_title(title: str) -> str:
    """``title``, or "(no title)" for an event imported without one.

    Only for showing and printing: the record keeps its empty title, and exports carry none.
    """
    return title if title.strip() else QCoreApplication.translate("Appointments", "(no title)")
