"""Write a file all at once: the real name holds either the old file or the whole new one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from caregiver_app.store.file_errors import about_file, about_file_asked_for
from caregiver_app.store.file_target import is_stream, replaced_file


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
    # Closed by the "with" below, inside the try that removes it should anything fail.
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115
        dir=path.parent, prefix=f".{path.name}.", suffix=".part", delete=False
    )
    temporary = Path(handle.name)
    try:
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if os.name == "posix":
            os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        named = about_file_asked_for(error, temporary, path)
        if named is error:
            raise
        raise named from error
