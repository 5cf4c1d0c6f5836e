"""The start of a file to import: never more of it than the import will read."""

from __future__ import annotations

import os
import stat
from pathlib import Path


def read_head(path: Path, limit: int) -> tuple[bytes, int]:
    """At most the first ``limit + 1`` bytes of ``path``, and the file's size in bytes.

    An import refuses a file over its ``limit``, so it never needs more: a file of
    gigabytes chosen by mistake, or a device that never ends, is refused from its size
    instead of filling the memory. The size is the file's own for a regular file, else
    what was read.
    """
    with open(path, "rb") as file:
        status = os.fstat(file.fileno())
        data = file.read(limit + 1)
    size = status.st_size if stat.S_ISREG(status.st_mode) else 0
    return data, max(size, len(data))
