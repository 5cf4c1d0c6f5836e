"""Where a save aimed at a path lands: through a symbolic link, and never over a device.

A file written whole is written beside its name and renamed over it. Renamed over a
symbolic link, that would put a plain file in the link's place and leave the file it
names as it was; renamed over ``/dev/stdout`` (or a named pipe), it would replace the
device. So the rename goes to the file a link names, and a pipe or device is written
straight into, as a shell's ``>`` would.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


def is_stream(path: Path) -> bool:
    """True for a pipe, a device or a socket (``/dev/stdout``, ``/dev/null``, a FIFO),
    through any symbolic link: something to write into, never to rename over."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode) or stat.S_ISSOCK(mode)


def replaced_file(path: Path) -> Path:
    """The file a whole-file write to ``path`` replaces: ``path`` itself, or the file a
    symbolic link there (or a chain of them) names, so the link stays a link."""
    path = Path(path)
    if not path.is_symlink():
        return path
    return Path(os.path.realpath(path))
