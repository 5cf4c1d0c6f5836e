"""Writing into the family folder: a temporary name, fsync, rename, then the folder fsynced.

A file appears under its real name only whole. A full disk, a folder that went away or
one that cannot be written leaves nothing under a real name and becomes one sentence.
"""

from __future__ import annotations

import contextlib
import errno
import os
import time
import uuid
from pathlib import Path

from caregiver_app.services.sharing import errors
from caregiver_app.store.file_errors import reason_of

# A temporary file of this computer older than this was left by a program that was
# stopped mid-write; younger ones may belong to a sync running at this moment.
STALE_TEMPORARY_SECONDS = 3600.0
TEMPORARY_SUFFIX = ".part"
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
# Windows opens in text mode unless told otherwise, and would change the bytes written.
_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def is_temporary(name: str) -> bool:
    """A name no reader takes for a file: ours being written, or a sync tool's own temporary."""
    return name.startswith(".") or name.startswith("~") or name.endswith((".tmp", ".part"))


def write_whole(path: Path, data: bytes, root: Path) -> None:
    """Write ``data`` to ``path`` (made anew) so it appears whole or not at all.

    ``root`` is the family folder, named in the sentence should the write fail.
    """
    temporary = path.parent / f".{uuid.uuid4().hex}{TEMPORARY_SUFFIX}"
    failure: errors.SharingError | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(temporary, _NEW_FILE, 0o600)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(descriptor, view) :]
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.replace(temporary, path)
        sync_folder(path.parent)
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        failure = failed_write(error, root)
    if failure is not None:
        # Raised outside the handler, so the system's error does not travel with it: the
        # command line would read its ENOSPC as the record's own disk being full.
        raise failure


def failed_write(error: OSError, root: Path) -> errors.SharingError:
    """The sentence for a write into the family folder that failed."""
    if error.errno in _FULL:
        return errors.disk_full(root)
    if not root.is_dir():
        return errors.folder_missing(root)
    return errors.cannot_write(root, reason_of(error))


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` survive a power cut (POSIX; Windows has no folder fsync)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def remove_stale_temporaries(folder: Path, now: float | None = None) -> None:
    """Remove this computer's temporary files that a stopped program left in ``folder``."""
    now = time.time() if now is None else now
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if entry.name.startswith(".") and entry.name.endswith(TEMPORARY_SUFFIX):
                with contextlib.suppress(OSError):
                    if now - entry.stat().st_mtime > STALE_TEMPORARY_SECONDS:
                        os.unlink(entry.path)
