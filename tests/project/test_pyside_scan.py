"""PySide6's per-import source scan is off, and nothing in the app needs it on."""

import re
from pathlib import Path

from tests.helpers.snippet import run_snippet

PACKAGE = Path(__file__).resolve().parents[2] / "caregiver_app"

# In a fresh process, as the command line starts: the scan is off, and a module imported
# afterwards is not read (its text would sit in linecache) while Qt still works.
AFTER_START = r"""
import linecache, sys
import caregiver_app.cli.main
__import__("caregiver_app.esas", fromlist=["*"])  # as `from ... import` does
from PySide6.QtCore import QObject, Signal
class Sender(QObject):
    said = Signal(str)
heard = []
sender = Sender()
sender.said.connect(heard.append)
sender.said.emit("hello")
read = [name for name in linecache.cache if name.endswith("esas.py")]
print(heard == ["hello"], read == [])
"""


def test_the_app_selects_no_pyside_feature():
    feature_import = re.compile(r"^\s*(from|import)\s+__feature__\b", re.MULTILINE)
    users = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if feature_import.search(path.read_text(encoding="utf-8"))
    ]
    assert users == [], f"these modules select a PySide feature; remove skip_feature_scan: {users}"


def test_the_scan_is_found_and_turned_off():
    # A PySide6 within the pins that renames the scan fails here, so that someone looks.
    from caregiver_app.pyside_scan import skip_feature_scan

    assert skip_feature_scan() is True


def test_a_module_loaded_after_start_is_not_read():
    result = run_snippet(AFTER_START)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True"]
