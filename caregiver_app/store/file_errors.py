"""A system error told about the file the user asked for, never the hidden temporary one.

Every file written whole (exports, PDFs, backups, the record's copies) is first written
under a hidden temporary name beside it; that name means nothing to the family.
"""

from __future__ import annotations

from pathlib import Path


def reason_of(error: OSError) -> str:
    """What the system says went wrong ("No space left on device"), or the error as it is
    when it says no more."""
    return error.strerror or str(error)


def about_file(error: OSError, path: Path) -> OSError:
    """``error`` again, naming ``path`` and keeping the system's reason."""
    return OSError(error.errno, reason_of(error), str(path))


def about_file_asked_for(error: BaseException, temporary: Path, path: Path) -> BaseException:
    """A system error about the hidden ``temporary`` file, or about no file (a full disk
    fails the sync, which names none), told about ``path``; any other error as it is."""
    if isinstance(error, OSError) and error.errno and error.filename in (None, str(temporary)):
        return about_file(error, path)
    return error
