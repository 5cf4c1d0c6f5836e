"""Python's cycle collector stays out of a command's start and is back on for its work.

At start-up nearly every new object lives on (modules, classes, Qt's enums), so the
collections run while modules load free next to nothing; the weekly chart paid about 90
of them. The process holds the collector off until the command's modules are loaded
(``caregiver_app.start_up_gc``) and must turn it on again: a diary import or the window
runs for a long time after.
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys

from caregiver_app import start_up_gc
from caregiver_app.cli.main import main
from tests.helpers.record_snapshot import make_demo_record

# At each collection once the command line loads (the collector held before it): had the
# module ``loaded`` finished loading (its last name defined)?
_SCRIPT = """
import atexit, gc, json, runpy, sys
module, last_name = {loaded!r}
early = []
def watch(phase, info):
    if phase == "start" and "caregiver_app.cli" in sys.modules:
        done = module in sys.modules and hasattr(sys.modules[module], last_name)
        early.append(not done)
gc.callbacks.append(watch)
atexit.register(lambda: print(json.dumps([gc.isenabled(), sum(early), len(early)])))
sys.argv = ["caregiver_app", *sys.argv[1:]]
runpy.run_module("caregiver_app", run_name="__main__", alter_sys=True)
"""


def _collections(loaded: tuple[str, str], *args: str, env: dict | None = None) -> list:
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT.format(loaded=loaded), *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_the_chart_loads_its_modules_without_collections_then_collects(data_dir, tmp_path):
    make_demo_record(data_dir)
    chart = tmp_path / "chart.pdf"
    enabled, early, _ = _collections(
        ("caregiver_app.services.medication.chart", "write_chart"),
        *("--data-dir", str(data_dir), "meds", "chart", str(chart), "--paper", "letter"),
    )
    assert chart.read_bytes().startswith(b"%PDF")
    assert early == 0  # none while PySide6, peewee, ReportLab and the layout loaded
    assert enabled  # the collector is back on for the command's work


def test_the_window_starts_without_collections_and_runs_with_them(data_dir):
    make_demo_record(data_dir)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CAREGIVER_APP_EXIT_AFTER_PAINT="1")
    enabled, early, _ = _collections(
        ("caregiver_app.views.app", "run_gui"), "--data-dir", str(data_dir), env=env
    )
    assert early == 0
    assert enabled  # the window runs for hours: its garbage is collected


def test_a_caller_passing_its_own_arguments_keeps_its_collector(data_dir, tmp_path, capsys):
    make_demo_record(data_dir)
    assert main(["--data-dir", str(data_dir), "meds", "chart", str(tmp_path / "c.pdf")]) == 0
    assert gc.isenabled()


def test_release_turns_on_only_what_hold_turned_off():
    gc.disable()
    try:
        start_up_gc.hold()  # already off: not this module's to turn on again
        start_up_gc.release()
        assert not gc.isenabled()
    finally:
        gc.enable()
    with start_up_gc.loading():  # a process whose start was not held: nothing changes
        assert gc.isenabled()
    assert gc.isenabled()
