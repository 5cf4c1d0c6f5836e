"""What ``meds chart`` does not load: the parts of the app and its libraries a weekly chart
never uses, which its start used to pay for (issue 17: the chart within 2x a bare PDF).

phonenumbers stays unloaded only where no region is known (a system locale without a
country, as on a server or in a scheduled job); with one, the call-first numbers are
normalised with it as before.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.helpers.record_snapshot import make_demo_record

NEVER_LOADED = (
    "caregiver_app.esas",  # the diary's scores: checked when a dose is saved
    "caregiver_app.store.diary.entries",
    "caregiver_app.services.contacts.roles",  # role names: the chart shows none
    "caregiver_app.services.record.backup_folder",  # read when the password changes
)
PHONE_LIBRARY = "phonenumbers"

_SCRIPT = """
import atexit, json, sys
watched = {watched!r}
atexit.register(lambda: print(json.dumps(sorted(m for m in watched if m in sys.modules))))
from caregiver_app.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def _chart_loads(data_dir, chart, locale: str) -> list[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env["LC_ALL"] = locale
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            _SCRIPT.format(watched=[*NEVER_LOADED, PHONE_LIBRARY]),
            *("--data-dir", str(data_dir), "meds", "chart", str(chart), "--paper", "letter"),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert chart.read_bytes().startswith(b"%PDF")
    return json.loads(result.stdout.splitlines()[-1])


def test_the_chart_leaves_what_it_never_uses_unloaded(data_dir, tmp_path):
    make_demo_record(data_dir)  # a call-first nurse with a main and an after-hours line
    assert _chart_loads(data_dir, tmp_path / "chart.pdf", "C.UTF-8") == []


def test_with_a_country_the_call_first_numbers_still_go_through_the_library(data_dir, tmp_path):
    make_demo_record(data_dir)
    assert _chart_loads(data_dir, tmp_path / "chart.pdf", "en_US.UTF-8") == [PHONE_LIBRARY]
