"""Running an import in a fresh process whose memory is capped, so a test can hand it a file
of gigabytes (a sparse file: no disk used) without the machine paying for it."""

from __future__ import annotations

import os
from pathlib import Path

from tests.helpers.snippet import run_snippet

SPARE = 768 * 1024 * 1024  # what the process may still take once the app is loaded

# The cap is set after the app's modules are loaded, at what the process holds then plus
# SPARE: reading a file of gigabytes whole runs out of memory; reading its start does not.
CAP = f"""
import resource
with open("/proc/self/statm") as statm:
    held = int(statm.read().split()[0]) * resource.getpagesize()
resource.setrlimit(resource.RLIMIT_AS, (held + {SPARE}, resource.RLIM_INFINITY))
"""


def sparse_file(path: Path, size: int, start: bytes = b"") -> Path:
    """A file of ``size`` bytes that takes no room on disk: ``start`` then zeros."""
    path.write_bytes(start)
    os.truncate(path, size)
    return path


def run_capped(prepare: str, act: str, *args: str):
    """Run ``prepare`` (loading what it needs), cap the memory, then run ``act``."""
    return run_snippet(prepare + CAP + act, *args, QT_QPA_PLATFORM="offscreen")
