"""Translation contexts for sentences with a count, where no QObject class of the window is.

Qt picks "1 entry" or "2 entries" (and each language's own forms) from a message with
``%n`` that lupdate filed as plural. lupdate reads the count of ``tr(text, None, n)``,
but it takes the count of ``QCoreApplication.translate(context, text, None, n)`` for an
old "encoding" argument and files the message as a plain one, with no plural forms.
So code outside a QObject class calls ``tr`` on one of the classes below: the class
name is the context, the same when the app runs as in the .ts files.
``tests/project/test_translations.py`` checks that every ``%n`` message is filed as plural.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class ContactsCommand(QObject):
    """``caregiver-app contacts``: what an import or an export did."""


class CalendarCommand(QObject):
    """``caregiver-app calendar`` and File > Import/Export calendar: what was done."""


class DiaryCsv(QObject):
    """The diary's CSV files: what an import or an export did, and row problems."""


class RecordContents(QObject):
    """What a care record (or a backup of it) holds, for backup and restore messages."""


class VisitSummary(QObject):
    """The visit summary PDF."""


class Reminders(QObject):
    """When an appointment reminder comes, before the visit."""


def record_contents(entries: int, contacts: int, appointments: int) -> dict[str, str]:
    """``entries``, ``contacts`` and ``appointments`` as phrases: "1 diary entry", "9 contacts"."""
    return {
        "entries": RecordContents.tr("%n diary entries", None, entries),  # type: ignore[arg-type]
        "contacts": RecordContents.tr("%n contacts", None, contacts),  # type: ignore[arg-type]
        "appointments": RecordContents.tr("%n appointments", None, appointments),  # type: ignore[arg-type]
    }
