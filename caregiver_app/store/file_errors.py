"""A system error told about the file the user asked for, never the hidden temporary one,
and what to do about it.

Every file written whole (exports, PDFs, backups, the record's copies) is first written
under a hidden temporary name beside it; that name means nothing to the family.

What to do follows the reason: a family told to free disk space when the folder was only
missing, or read-only, loses time on the wrong fix.
"""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QCoreApplication


def _reasons() -> dict[int, str]:
    """The common reasons in the family's language (the system says them in English)."""
    translate = QCoreApplication.translate
    return {
        errno.ENOSPC: translate("FileErrors", "the disk is full"),
        errno.EDQUOT: translate("FileErrors", "the space allowed on this disk is used up"),
        errno.EROFS: translate("FileErrors", "the drive can only be read, not written"),
        errno.EACCES: translate("FileErrors", "permission denied"),
        errno.EPERM: translate("FileErrors", "the system does not allow it"),
        errno.ENOENT: translate("FileErrors", "no such file or folder"),
        errno.ENOTDIR: translate("FileErrors", "part of the path is not a folder"),
        errno.EISDIR: translate("FileErrors", "it is a folder"),
        errno.EEXIST: translate("FileErrors", "it is there already"),
        errno.ENAMETOOLONG: translate("FileErrors", "the name is too long"),
        errno.EIO: translate("FileErrors", "the drive could not be read or written"),
        errno.EBUSY: translate("FileErrors", "it is in use"),
        errno.ESPIPE: translate("FileErrors", "it is a device or a pipe, not a file"),
    }


def reason_of(error: OSError) -> str:
    """What went wrong, in the family's language for the common reasons ("the disk is
    full"), else as the system says it, or the error as it is when it says no more."""
    known = _reasons().get(error.errno) if error.errno else None
    return known or error.strerror or str(error)


# The advice for each reason, by the kind of fix it needs (errors grouped by errno).
_SPACE = (errno.ENOSPC, errno.EDQUOT)
_NOT_ALLOWED = (errno.EROFS, errno.EACCES, errno.EPERM)
_MISSING = (errno.ENOENT, errno.ENOTDIR)
_IN_USE = (errno.EBUSY, errno.ETXTBSY)


def advice_for(error: OSError) -> str:
    """What to do when a file the family asked to write could not be written, as a
    sentence that fits the reason (never "free some disk space" for a missing folder)."""
    translate = QCoreApplication.translate
    code = error.errno
    if code in _SPACE:
        return translate(
            "FileErrors", "Free some space on that disk, or save to another drive, and try again."
        )
    if code in _NOT_ALLOWED:
        return translate(
            "FileErrors", "Choose a folder you may write to, such as Documents, and try again."
        )
    if code == errno.EISDIR:
        return translate("FileErrors", "Type a file name, not only a folder, and try again.")
    if code in _MISSING:
        return translate("FileErrors", "Choose a folder that exists, and try again.")
    if code == errno.ENAMETOOLONG:
        return translate("FileErrors", "Choose a shorter name, and try again.")
    if code in _IN_USE:
        return translate("FileErrors", "Close the program that has it open, and try again.")
    return translate("FileErrors", "Try another folder.")


def not_saved(name: str, error: OSError) -> str:
    """The sentence for a file the family asked to write: ``name``, why it could not be
    saved, and what to do. The file there before, if any, is untouched."""
    return QCoreApplication.translate(
        "FileErrors", "{file} could not be saved ({reason}). {advice}"
    ).format(file=name, reason=reason_of(error), advice=advice_for(error))


def about_file(error: OSError, path: Path) -> OSError:
    """``error`` again, naming ``path`` and keeping the system's reason."""
    return OSError(error.errno, reason_of(error), str(path))


def about_file_asked_for(error: BaseException, temporary: Path, path: Path) -> BaseException:
    """A system error about the hidden ``temporary`` file, or about no file (a full disk
    fails the sync, which names none), told about ``path``; any other error as it is."""
    if isinstance(error, OSError) and error.errno and error.filename in (None, str(temporary)):
        return about_file(error, path)
    return error
