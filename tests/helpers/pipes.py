"""A named pipe read in a thread, as a program reading a command's output would."""

from __future__ import annotations

import threading
from pathlib import Path


def read_in_thread(fifo: Path) -> tuple[threading.Thread, dict[str, bytes]]:
    """Read all a named pipe receives, in a thread (opening it waits for a writer); the
    bytes are in the dict's "data" once the thread has ended."""
    received: dict[str, bytes] = {}

    def read() -> None:
        with open(fifo, "rb") as stream:
            received["data"] = stream.read()

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    return thread, received
