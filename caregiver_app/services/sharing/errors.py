"""The one error sharing raises, and the sentences it says to the family."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from caregiver_app.services.sharing.reports import SyncReport


class SharingError(Exception):
    """Sharing could not go on; ``str()`` is one sentence for the family saying why.

    ``box`` names the Start or Join form's box the sentence is about when the sentence
    itself varies (a system's reason in it); "" leaves it to the window to tell.
    ``report`` is what a sync that could not send still read from the others (None when
    it read nothing).
    """

    box = ""
    report: SyncReport | None = None


def wrong_passphrase() -> SharingError:
    """The passphrase does not open this family folder; nothing was written."""
    return SharingError(
        QCoreApplication.translate(
            "Sharing",
            "The family passphrase does not match the one this folder was started with. "
            "Check it with your family and try again; nothing was changed.",
        )
    )


def newer_format() -> SharingError:
    """The folder was written by a newer Care Companion: this computer only reads it."""
    return SharingError(
        QCoreApplication.translate(
            "Sharing",
            "This family folder was written by a newer Care Companion. Update Care Companion "
            "on this computer to keep sharing.",
        )
    )


def folder_missing(folder: Path) -> SharingError:
    """The folder is not there (a USB stick out, a network drive not connected)."""
    return SharingError(
        QCoreApplication.translate(
            "Sharing",
            "The family folder {folder} cannot be found. If it is on a USB stick or a "
            "network drive, connect it and sync again; this record keeps working meanwhile.",
        ).format(folder=folder)
    )


def not_a_family_folder(folder: Path) -> SharingError:
    """Join was asked of a folder that holds no family record."""
    return SharingError(
        QCoreApplication.translate(
            "Sharing",
            "{folder} is not a family folder yet. Start sharing from the computer that "
            "holds the record, then join once the folder has reached this computer.",
        ).format(folder=folder)
    )


def file_not_whole(folder: Path, name: str, joining: bool = False) -> SharingError:
    """One of the folder's own files is gone, empty or half-copied: nothing is written
    until the sync program brings it whole. ``joining``: said to a Join, whose record is
    new and empty, so it ends with joining again rather than this record working on."""
    if joining:
        return SharingError(
            QCoreApplication.translate(
                "Sharing",
                "The family folder {folder} is missing its file {file}, or holds only part "
                "of it (the sync program may still be copying it). Wait until the sync "
                "program has finished, or copy that file from another family computer's "
                "folder, then join again; nothing was changed.",
            ).format(folder=folder, file=name)
        )
    return SharingError(
        QCoreApplication.translate(
            "Sharing",
            "The family folder {folder} is missing its file {file}, or holds only part of it "
            "(the sync program may still be copying it). Wait until the sync program has "
            "finished, or copy that file from another family computer's folder, then try "
            "again; this record keeps working meanwhile.",
        ).format(folder=folder, file=name)
    )


def folder_not_empty(folder: Path) -> SharingError:
    """Start was asked of a folder that already holds files."""
    return SharingError(
        QCoreApplication.translate(
            "Sharing",
            "{folder} is not empty. Start sharing into a new, empty folder, or choose "
            "Join if your family already shares through this one.",
        ).format(folder=folder)
    )


def disk_full(folder: Path) -> SharingError:
    """The folder's disk is full: nothing was half-written, the changes wait."""
    return SharingError(
        QCoreApplication.translate(
            "Sharing",
            "The disk holding the family folder {folder} is full. Nothing was half-written "
            "and your changes wait here; free some space and sync again.",
        ).format(folder=folder)
    )


def cannot_write(folder: Path, reason: str) -> SharingError:
    """The folder could not be written for another reason (permissions, a read-only drive)."""
    return SharingError(
        QCoreApplication.translate(
            "Sharing",
            "The family folder {folder} cannot be written ({reason}). Your changes wait "
            "here; make sure this computer may write to the folder (for a USB stick, turn "
            "off its write protection), then sync again.",
        ).format(folder=folder, reason=reason)
    )


def folder_read_only(folder: Path, reason: str) -> SharingError:
    """Join was asked of a folder this computer can read but not write."""
    error = SharingError(
        QCoreApplication.translate(
            "Sharing",
            "The family folder {folder} can be read but not written from this computer "
            "({reason}). Joining needs both, as each computer keeps its own changes in the "
            "folder for the others to read. Ask whoever set up the folder to let this "
            "computer write to it (for a USB stick, turn off its write protection), then "
            "join again; nothing was changed.",
        ).format(folder=folder, reason=reason)
    )
    error.box = "folder"
    return error


def unreadable_changes(computers: list[str]) -> str:
    """Change files from ``computers`` have stayed incomplete or unreadable here for long
    (the sync program left them half-copied): the status says so, and what to do."""
    return QCoreApplication.translate(
        "Sharing",
        "Some changes from {computers} cannot be read: a file of them in the family folder "
        "has stayed incomplete for over an hour. Ask whoever uses {computers} to check that "
        "their sync program is running and to sync again; everything else is synced, and "
        "the file is read as soon as it arrives whole.",
    ).format(computers=", ".join(computers))


def record_not_empty() -> SharingError:
    """Join was asked of a record that already holds the family's own entries."""
    return SharingError(
        QCoreApplication.translate(
            "Sharing",
            "This care record already holds entries, so it cannot join a family folder. "
            "Join from a new, empty record, or start sharing from this one instead.",
        )
    )


def not_sharing() -> SharingError:
    """Sync was asked of a record that shares with nobody."""
    return SharingError(
        QCoreApplication.translate(
            "Sharing", "This care record is not shared with a family folder. Start or join first."
        )
    )


def already_sharing(folder: Path) -> SharingError:
    """Start or join was asked of a record that already shares."""
    return SharingError(
        QCoreApplication.translate(
            "Sharing",
            "This care record already shares through {folder}. Stop sharing first to use "
            "another folder.",
        ).format(folder=folder)
    )


def empty_name() -> SharingError:
    """The computer's name was left empty."""
    return SharingError(
        QCoreApplication.translate(
            "Sharing",
            "Give this computer a name the family will recognize, such as Laura's laptop.",
        )
    )


def empty_passphrase() -> SharingError:
    """The family passphrase was left empty."""
    return SharingError(
        QCoreApplication.translate("Sharing", "Type the family passphrase; it cannot be empty.")
    )
