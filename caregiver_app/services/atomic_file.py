"""Write a file all at once: the real name holds either the old file or the whole new one."""

from __future__ import annotations

import os
from pathlib import Path

from caregiver_app.store.file_errors import about_file
from caregiver_app.store.file_target import is_stream, replaced_file
from caregiver_app.store.part_files import renamed_over


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a private temporary file in the same folder, then rename.

    A symbolic link stays a link (the file it names is replaced); a pipe or device
    (``/dev/stdout``) is written straight into, as there is no file to replace.
    """
    path = Path(path)
    try:
        if is_stream(path):
            with open(path, "wb") as stream:
                stream.write(data)
        else:
            path = replaced_file(path)
            _write_via_temporary(path, data)
    except OSError as error:
        raise about_file(error, path) from error


def _write_via_temporary(path: Path, data: bytes) -> None:
    with renamed_over(path) as held:
        view = memoryview(data)
        while view:
            view = view[os.write(held.descriptor, view) :]
        os.fsync(held.descriptor)
