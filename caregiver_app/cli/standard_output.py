"""Standard output whose write errors name it.

A command's report goes to standard output, which the shell may point at a file on a
full disk (or at ``/dev/full``). The system's error then names no file, and the command
line took a full disk it could not name for the care record's ("the disk is full: ...
care-record.sqlite could not be written"). Named ``/dev/stdout``, it is said about the
output, and a pipe whose reader has gone is still told apart (``main._reader_gone``).
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import Any, TextIO

STANDARD_OUTPUT = "/dev/stdout"


class NamedOutput:
    """``stream``, its write errors naming :data:`STANDARD_OUTPUT`."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        """Write ``text``; an error names standard output."""
        try:
            return self._stream.write(text)
        except OSError as error:
            raise _named(error) from error

    def flush(self) -> None:
        """Flush; an error names standard output."""
        try:
            self._stream.flush()
        except OSError as error:
            raise _named(error) from error

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _named(error: OSError) -> OSError:
    if error.filename or not error.errno:
        return error
    return type(error)(error.errno, error.strerror, STANDARD_OUTPUT)


@contextlib.contextmanager
def named_standard_output() -> Iterator[None]:
    """Standard output as a :class:`NamedOutput` while the command runs (none when the
    shell closed it: ``>&-``)."""
    stream = sys.stdout
    if stream is None:
        yield
        return
    sys.stdout = NamedOutput(stream)  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout = stream
