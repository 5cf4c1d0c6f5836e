"""Start-up of the bundle against the pip install: ``python installer/startup.py BUNDLE``.

Both open the same demo record until the window has painted (the start-up benchmark's
``CAREGIVER_APP_EXIT_AFTER_PAINT``), alternating, ``--rounds`` times each after one
untimed start (bytecode cache, first-start settings). Prints the medians and their
ratio, the row docs/installing.md quotes; it measures, it does not judge.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

EXIT_AFTER_PAINT = "CAREGIVER_APP_EXIT_AFTER_PAINT"  # read by caregiver_app.views.app


def _demo_record() -> Path:
    """A folder holding the demo record, made by the pip install's code."""
    from caregiver_app.cli.main import prepare_demo_dir
    from caregiver_app.paths import set_application_identity

    set_application_identity()
    return prepare_demo_dir()


def _start(command: list[str], env: dict[str, str]) -> float:
    begin = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
    return (time.perf_counter() - begin) * 1000


def main(argv: list[str] | None = None) -> int:
    """Measure and print one line per command and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the bundle's folder (dist/caregiver-app)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM")
    args = parser.parse_args(argv)
    record = _demo_record()
    env = {**os.environ, "QT_QPA_PLATFORM": args.platform, EXIT_AFTER_PAINT: "1"}
    env.pop("CAREGIVER_APP_DATA_DIR", None)
    commands = {
        "bundle": [str(args.bundle / "caregiver-app"), "--data-dir", str(record)],
        "pip install": [sys.executable, "-m", "caregiver_app", "--data-dir", str(record)],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    try:
        for command in commands.values():
            _start(command, env)
        for round_number in range(args.rounds):
            order = list(commands) if round_number % 2 == 0 else list(reversed(commands))
            for name in order:
                times[name].append(_start(commands[name], env))
    finally:
        shutil.rmtree(record, ignore_errors=True)
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, median in medians.items():
        print(f"start-up until the window has painted, {name}: {median:.0f} ms (median)")
    ratio = medians["bundle"] / medians["pip install"]
    print(f"bundle / pip install: {ratio:.2f}x over {args.rounds} rounds")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
