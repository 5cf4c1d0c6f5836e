"""Whole-process measurements: wall time from spawn to exit, and the child's own peak RSS.

Each command runs in a fresh Python process, started through ``benchmarks/measured.py``
(which runs the module or script as ``python`` would and notes its peak memory at
exit). The wall time is taken around the spawn and a blocking wait. App and floor are
measured the same way, in alternating order, so they share the machine's noise.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

TIMEOUT_S = 120
MEASURED = Path(__file__).resolve().with_name("measured.py")


@dataclass(frozen=True)
class ProcessRun:
    """One run of a command."""

    wall_ms: float
    peak_rss_kb: int


class CommandFailedError(RuntimeError):
    """A measured command exited with an error; the message holds its output."""


def run_once(target: list[str], env: dict[str, str], cwd: Path) -> ProcessRun:
    """Run ``python TARGET...`` to the end (``-m module ...`` or ``script ...``).

    Returns its wall time and peak RSS; raises CommandFailedError if it fails.
    """
    with tempfile.TemporaryDirectory() as folder:
        peak_file = Path(folder) / "peak"
        argv = [sys.executable, str(MEASURED), str(peak_file), *target]
        with (Path(folder) / "output").open("w+b") as output:
            start = time.perf_counter()
            process = subprocess.Popen(
                argv, env=env, cwd=cwd, stdout=output, stderr=subprocess.STDOUT
            )
            # A blocking wait returns the moment the process ends. ``wait(timeout=...)``
            # polls instead, sleeping up to 50 ms between looks, which rounded every
            # run up to the next step (64, 114, 164, 214 ms...): a bare window of 120 ms
            # read as 164. The timeout is a timer that ends a process that hangs.
            watchdog = threading.Timer(TIMEOUT_S, process.kill)
            watchdog.start()
            try:
                process.wait()
            finally:
                watchdog.cancel()
            wall_ms = (time.perf_counter() - start) * 1000
            if process.returncode != 0 or not peak_file.exists():
                output.seek(0)
                text = output.read().decode(errors="replace")
                command = " ".join(target)
                raise CommandFailedError(f"{command} exited with {process.returncode}:\n{text}")
        return ProcessRun(wall_ms, int(peak_file.read_text()))


def run_rounds(
    commands: list[list[str]], env: dict[str, str], cwd: Path, rounds: int
) -> list[list[ProcessRun]]:
    """Run each command ``rounds`` times; each round starts with the next command in turn."""
    runs: list[list[ProcessRun]] = [[] for _ in commands]
    for round_number in range(rounds):
        for offset in range(len(commands)):
            index = (round_number + offset) % len(commands)
            runs[index].append(run_once(commands[index], env, cwd))
    return runs
