"""Hidden ``.part`` files: the temporary name a file is written under before it is renamed.

A program killed while writing (kill -9, a power cut) leaves its ``.part`` behind, beside
a file the family chose or beside the record, where nothing removed it. So each writer
holds its ``.part`` locked from the moment it exists until it is renamed, and every writer
first removes the ``.part`` files of its own naming pattern that no live program holds:
those a killed one left. One another program is writing right now is locked, and is left.

On POSIX the lock is ``flock`` (not ``fcntl``, whose locks SQLite uses and a process drops
when it closes any descriptor of the file); on Windows a file held open cannot be deleted,
which is the lock. Where the folder's file system has no locks (some network shares), a
``.part`` is removed only when nobody has written to it for a day.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from caregiver_app.store.file_errors import about_file_asked_for

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

SUFFIX = ".part"
# What SQLite adds to a file it writes (its rollback journal), removed with the file.
_SIDE_FILES = ("-journal", "-wal", "-shm")
# Without locks, a .part nobody has written to for this long belongs to no live program.
_UNLOCKED_STALE_SECONDS = 24 * 3600


class HeldPart:
    """A new, empty, private ``.part`` file, locked against the clean-up until released."""

    def __init__(self, folder: Path, prefix: str) -> None:
        while True:
            descriptor, name = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=SUFFIX)
            try:
                _lock(descriptor, wait=True)
                # Another writer's clean-up may have taken it between its making and the
                # lock (it was not locked yet): then it is gone, and a new one is made.
                if os.path.samestat(os.fstat(descriptor), os.stat(name)):
                    break
            except FileNotFoundError:
                pass
            except BaseException:
                os.close(descriptor)
                with contextlib.suppress(OSError):
                    os.unlink(name)
                raise
            os.close(descriptor)
        self.descriptor = descriptor
        self.path = Path(name)

    def rename_to(self, target: Path) -> None:
        """Rename the finished file over ``target``, then let go of the lock."""
        if os.name == "nt":
            self.release()  # Windows renames no file held open
        os.replace(self.path, target)
        self.release()

    def discard(self) -> None:
        """Let go of the file (a write that failed) and delete it with its side files."""
        self.release()  # first: Windows deletes no file held open
        for leftover in (self.path, *(Path(f"{self.path}{suffix}") for suffix in _SIDE_FILES)):
            with contextlib.suppress(OSError):
                leftover.unlink()

    def release(self) -> None:
        """Let go of the lock (once the file is renamed, or deleted)."""
        if self.descriptor >= 0:
            os.close(self.descriptor)
            self.descriptor = -1


@contextlib.contextmanager
def renamed_over(target: Path, sync_folder: bool = False) -> Iterator[HeldPart]:
    """A held ``.part`` beside ``target`` for the block to write and sync (the stale ones
    a killed writer left there removed first).

    When the block ends the file is made private (0600) and renamed over ``target``, and
    with ``sync_folder`` the folder is synced; if anything raises, the file is deleted,
    ``target`` is as it was, and an OSError about the hidden name is told about ``target``.
    """
    remove_stale_parts(target.parent, own_parts_of(target))
    held = HeldPart(target.parent, f".{target.name}.")
    try:
        yield held
        if os.name == "posix":
            os.chmod(held.path, 0o600)
        held.rename_to(target)
        if sync_folder:
            fsync_path(target.parent, directory=True)
    except BaseException as error:
        held.discard()
        named = about_file_asked_for(error, held.path, target)
        if named is error:
            raise
        raise named from error


def fsync_path(path: Path, directory: bool = False) -> None:
    """Sync the file (or folder) at ``path`` to disk; a folder that cannot be, as on Windows,
    is left (its rename is durable enough)."""
    flags = os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if directory else 0)
    try:
        descriptor = os.open(path, flags)
    except OSError:
        if directory:
            return
        raise
    try:
        os.fsync(descriptor)
    except OSError:
        if not directory:
            raise
    finally:
        os.close(descriptor)


def own_parts_of(target: Path) -> str:
    """The glob pattern of the ``.part`` files written for ``target`` (its name may hold
    characters a pattern would read, such as "[")."""
    return f".{glob.escape(Path(target).name)}.*{SUFFIX}"


def remove_stale_parts(folder: Path, pattern: str) -> list[Path]:
    """Delete the ``.part`` files in ``folder`` matching ``pattern`` that no live program
    holds, with their SQLite side files; return them. A read-only or missing folder, or a
    file another program holds, is left as it is."""
    removed: list[Path] = []
    try:
        found = sorted(Path(folder).glob(pattern))
    except OSError:
        return removed
    for part in found:
        if part.name.endswith(SUFFIX) and _remove_if_abandoned(part):
            removed.append(part)
    return removed


def _remove_if_abandoned(part: Path) -> bool:
    if fcntl is None:
        try:
            part.unlink()  # refused while a live program holds it open
        except OSError:
            return False
        _remove_side_files(part)
        return True
    try:
        descriptor = os.open(part, os.O_RDONLY)
    except OSError:
        return False
    try:
        try:
            locked = _lock(descriptor, wait=False)
        except OSError as error:
            if error.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                return False  # a live writer holds it
            locked = False  # no locks on this file system
        if not locked and os.fstat(descriptor).st_mtime > time.time() - _UNLOCKED_STALE_SECONDS:
            return False
        # Still the file that was opened (not a new one made under the same name since).
        if not os.path.samestat(os.fstat(descriptor), os.stat(part)):
            return False
        part.unlink()
    except OSError:
        return False
    finally:
        os.close(descriptor)
    _remove_side_files(part)
    return True


def _remove_side_files(part: Path) -> None:
    for suffix in _SIDE_FILES:
        with contextlib.suppress(OSError):
            Path(f"{part}{suffix}").unlink()


def _lock(descriptor: int, wait: bool) -> bool:
    """Lock ``descriptor`` for this process; False where the file system has no locks."""
    if fcntl is None:
        return False
    flags = fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB)
    try:
        fcntl.flock(descriptor, flags)
    except OSError as error:
        if error.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.EINVAL):
            return False
        raise
    return True
