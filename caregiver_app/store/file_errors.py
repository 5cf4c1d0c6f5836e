"""A system error told about the file the user asked for, never the hidden temporary one.

Every file written whole (exports, PDFs, backups, the record's copies) is first written
under a hidden temporary name beside it; that name means nothing to the family.
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


def about_file(error: OSError, path: Path) -> OSError:
    """``error`` again, naming ``path`` and keeping the system's reason."""
    return OSError(error.errno, reason_of(error), str(path))


def about_file_asked_for(error: BaseException, temporary: Path, path: Path) -> BaseException:
    """A system error about the hidden ``temporary`` file, or about no file (a full disk
    fails the sync, which names none), told about ``path``; any other error as it is."""
    if isinstance(error, OSError) and error.errno and error.filename in (None, str(temporary)):
        return about_file(error, path)
    return error
