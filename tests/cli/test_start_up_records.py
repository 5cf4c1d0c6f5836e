"""The window's start and the visit summary make their records as named tuples.

Python compiles each method of a frozen dataclass (``__init__``, ``__repr__``, ``__eq__``,
``__hash__``, ``__setattr__``, ``__delattr__``) as the class is made, at every start:
about half a millisecond a class, some twenty milliseconds of the window's first paint.
A named tuple of the same fields is made in a tenth of that. The records of the services
and the views on these two paths are named tuples; the dataclasses left there are those
a named tuple cannot be: the summary's request (it checks itself as it is made). The
label sets (they inherit their fields and share one ``__init__``) collect their fields
themselves, without dataclasses; the records that counted in a field named ``count`` (a
tuple's own method) name what they count (``scores``, ``readings``, ``times``,
``doses``). The store's records are the store's; they are not counted here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta

from tests.helpers.record_snapshot import make_demo_record

# The dataclasses each command makes, by module and name, printed as it exits.
_SCRIPT = """
import atexit, dataclasses, json, runpy, sys
made = []
process_class = dataclasses._process_class
def watch(cls, *args, **kwargs):
    made.append(f"{cls.__module__}.{cls.__qualname__}")
    return process_class(cls, *args, **kwargs)
dataclasses._process_class = watch
atexit.register(lambda: print(json.dumps(made)))
sys.argv = ["caregiver_app", *sys.argv[1:]]
runpy.run_module("caregiver_app", run_name="__main__", alter_sys=True)
"""

_SUMMARY_KEPT = {
    "services.visit_summary.request.SummaryRequest",  # checks its period in __post_init__
}


def _dataclasses_made(*args: str, env: dict | None = None) -> set[str]:
    """The app's dataclasses outside the store made by the command ``args``."""
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT, *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    made = json.loads(result.stdout.splitlines()[-1])
    app = "caregiver_app."
    return {
        name[len(app) :]
        for name in made
        if name.startswith(app) and not name.startswith(app + "store.")
    }


def test_the_window_makes_no_record_dataclass_before_its_first_paint(data_dir):
    make_demo_record(data_dir)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CAREGIVER_APP_EXIT_AFTER_PAINT="1")
    made = _dataclasses_made("--data-dir", str(data_dir), env=env)
    assert made == set(), sorted(made)


def test_the_summary_makes_only_the_dataclasses_a_named_tuple_cannot_be(data_dir, tmp_path):
    make_demo_record(data_dir)
    pdf = tmp_path / "summary.pdf"
    last = date.today() - timedelta(days=1)  # the demo's diary runs up to today
    period = ("--from", str(last - timedelta(days=29)), "--to", str(last))
    made = _dataclasses_made(
        *("--data-dir", str(data_dir), "summary", *period, "-o", str(pdf)),
        *("--appendix", "notes,doses"),
    )
    assert pdf.read_bytes().startswith(b"%PDF")
    assert made <= _SUMMARY_KEPT, sorted(made - _SUMMARY_KEPT)
