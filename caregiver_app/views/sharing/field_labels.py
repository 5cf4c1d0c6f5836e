"""The other version's fields under the names the forms give them, not the record's columns."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from caregiver_app.services.wording import QT_TRANSLATE_NOOP

# Bookkeeping the family never typed: left out of the other version.
HIDDEN = frozenset(("created_at", "updated_at", "uid", "sequence", "position"))

LABELS = {
    "title": QT_TRANSLATE_NOOP("ShareWindow", "Title"),
    "kind": QT_TRANSLATE_NOOP("ShareWindow", "Kind"),
    "starts_at": QT_TRANSLATE_NOOP("ShareWindow", "Starts"),
    "ends_at": QT_TRANSLATE_NOOP("ShareWindow", "Ends"),
    "location": QT_TRANSLATE_NOOP("ShareWindow", "Place"),
    "notes": QT_TRANSLATE_NOOP("ShareWindow", "Notes"),
    "note": QT_TRANSLATE_NOOP("ShareWindow", "Note"),
    "name": QT_TRANSLATE_NOOP("ShareWindow", "Name"),
    "role": QT_TRANSLATE_NOOP("ShareWindow", "Role"),
    "number": QT_TRANSLATE_NOOP("ShareWindow", "Phone number"),
    "email": QT_TRANSLATE_NOOP("ShareWindow", "Email"),
    "address": QT_TRANSLATE_NOOP("ShareWindow", "Address"),
    "recorded_at": QT_TRANSLATE_NOOP("ShareWindow", "Date and time"),
    "given_at": QT_TRANSLATE_NOOP("ShareWindow", "Given at"),
    "dose": QT_TRANSLATE_NOOP("ShareWindow", "Dose"),
    "reason": QT_TRANSLATE_NOOP("ShareWindow", "Reason"),
    "performer": QT_TRANSLATE_NOOP("ShareWindow", "Given by"),
    "strength": QT_TRANSLATE_NOOP("ShareWindow", "Strength"),
    "schedule": QT_TRANSLATE_NOOP("ShareWindow", "Schedule"),
    "status": QT_TRANSLATE_NOOP("ShareWindow", "Status"),
}


def field_label(column: str) -> str:
    """The translated name of a record's column ("starts_at": "Starts"), else it spelled out."""
    label = LABELS.get(column)
    if label is not None:
        return QCoreApplication.translate("ShareWindow", label)
    return column.replace("_", " ").capitalize()
