"""Run a module or a script as ``python`` would, and note the process's peak memory at exit.

``python benchmarks/measured.py OUT -m caregiver_app --data-dir DIR`` runs the app like
``python -m caregiver_app``; ``python benchmarks/measured.py OUT script.py`` runs a
script. At exit it writes the peak resident set size in KiB to OUT.

Why not ``ru_maxrss`` from ``wait4``: on Linux a child's figure starts from the
parent's own peak (the memory it was forked from), so a large harness would show
through. ``VmHWM`` in ``/proc/self/status`` counts only this process's memory since
``exec``.
"""

from __future__ import annotations

import atexit
import os
import resource
import runpy
import sys
from pathlib import Path


def peak_rss_kib() -> int:
    """This process's peak resident memory since it started, in KiB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


def main() -> None:
    """Run the target named on the command line (see the module's docstring)."""
    output = Path(sys.argv[1])
    atexit.register(lambda: output.write_text(str(peak_rss_kib())))
    if sys.argv[2] == "-m":
        sys.argv = [sys.argv[3], *sys.argv[4:]]
        sys.path[0] = os.getcwd()  # as "python -m" has it
        runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
    else:
        sys.argv = sys.argv[2:]
        sys.path[0] = str(Path(sys.argv[0]).resolve().parent)
        runpy.run_path(sys.argv[0], run_name="__main__")


if __name__ == "__main__":
    main()
