"""What sharing says: the status line, where a row came from, and a conflict in one sentence.

Every function takes plain values (the services' reports), so the words are tested alone.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTime

from caregiver_app.views.look.locale_format import display_locale, format_datetime

if TYPE_CHECKING:
    from caregiver_app.services.sharing.origins import Origin
    from caregiver_app.services.sharing.reports import ConflictNote, ShareStatus


class ShareWindow(QObject):
    """Sharing's sentences: ``ShareWindow.tr`` files them under the context "ShareWindow"."""


class ShareWindowCounts(QObject):
    """Sharing's sentences with a count (the class name is their context)."""


def moment(value: datetime, now: datetime) -> str:
    """The time alone for today ("10:02"), else the short date and time."""
    if value.date() == now.date():
        return display_locale().toString(
            QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat
        )
    return format_datetime(value)


def folder_missing_text() -> str:
    """The folder is not there: the app keeps working and says so."""
    return ShareWindow.tr(
        "The family folder is not there (a USB stick out?); your changes are kept here and "
        "shared when it is back."
    )


def status_line(status: ShareStatus, now: datetime) -> str:
    """The status bar's line: in step with whom and as of when, or why not."""
    if not status.folder_available:
        return folder_missing_text()
    if status.read_only_reason:
        return status.read_only_reason
    if status.unreadable_reason:
        return status.unreadable_reason
    others = [device for device in status.devices if not device.is_this_computer]
    if not others:
        return ShareWindow.tr("Sharing with the family folder; no other computer has joined yet.")
    seen = [device for device in others if device.in_step_as_of is not None]
    if not seen:
        return ShareWindow.tr(
            "Sharing with the family folder; nothing from {names} has come in yet."
        ).format(names=", ".join(device.name for device in others))
    oldest = min(device.in_step_as_of for device in seen if device.in_step_as_of is not None)
    return ShareWindow.tr("In step with {names} as of {time}").format(
        names=", ".join(device.name for device in seen), time=moment(oldest, now)
    )


def origin_phrase(origin: Origin, now: datetime) -> str:
    """Where a row written on another computer came from: "from Laura's laptop, synced as of
    6:01 AM"; "" for a row written here (or before sharing began)."""
    if origin.is_this_computer:
        return ""
    if origin.in_step_as_of is None:
        return ShareWindow.tr("from {computer}").format(computer=origin.device_name)
    return ShareWindow.tr("from {computer}, synced as of {time}").format(
        computer=origin.device_name, time=moment(origin.in_step_as_of, now)
    )


def recorded_on(origin: Origin | None) -> str:
    """The "Recorded on" column: the computer that wrote the row."""
    if origin is None or origin.is_this_computer:
        return ShareWindow.tr("This computer")
    return origin.device_name


def conflict_sentence(note: ConflictNote, now: datetime) -> str:
    """ "Changed on two computers: kept the 10:05 version of the appointment on 12 March from
    Laura's laptop." """
    return ShareWindow.tr(
        "Changed on two computers: kept the {time} version of {what} from {computer}."
    ).format(time=moment(note.kept_at, now), what=note.what, computer=note.kept_device)
