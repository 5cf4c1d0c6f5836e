"""Python code run in a fresh process from the repository, as a test that needs its own
interpreter (start-up, import order, a crash) runs it."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.helpers.paths import PROJECT_ROOT


def run_snippet(
    code: str, *args: str, timeout: float = 120, **env: str
) -> subprocess.CompletedProcess[str]:
    """Run ``python -c code args...`` with this environment plus ``env``, the package taken
    from this checkout; its output is captured as text, its exit code left to the caller."""
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT), **env},
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
