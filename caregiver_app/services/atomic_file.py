"""Write a file all at once: the real name holds either the old file or the whole new one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a private temporary file in the same folder, then rename."""
    path = Path(path)
    try:
        _write_via_temporary(path, data)
    except OSError as error:
        # The hidden temporary name means nothing to the user: name the file they chose.
        raise OSError(error.errno, error.strerror or str(error), str(path)) from error


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
        named = _naming(error, temporary, path)
        if named is error:
            raise
        raise named from error


def _naming(error: BaseException, temporary: Path, path: Path) -> BaseException:
    """A system error about the hidden temporary file, or about no file (a full disk fails
    the write), told about the file asked for; any other error as it is."""
    if isinstance(error, OSError) and error.errno and error.filename in (None, str(temporary)):
        return OSError(error.errno, error.strerror, str(path))
    return error
