"""File > Import calendar... given a file of gigabytes: one sentence, the window still there."""

from __future__ import annotations

from tests.helpers.memory_limit import run_capped, sparse_file

PREPARE = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QWidget
from caregiver_app.store.opening import open_store
from caregiver_app.views.calendar.calendar_files import CalendarFiles
from caregiver_app.views.signals import AppSignals
import caregiver_app.services.calendar.ics_import, caregiver_app.services.calendar.ics_files
app = QApplication([])
open_store(Path(sys.argv[1]))
files = CalendarFiles(QWidget(), AppSignals(), Path(sys.argv[1]))
"""
ACT = """
box = files.import_file(Path(sys.argv[2]))
print(box.text())
"""


def test_a_calendar_file_of_gigabytes_is_refused_from_its_size(data_dir, tmp_path):
    path = sparse_file(tmp_path / "visits.ics", 3 * 1024**3, b"BEGIN:VCALENDAR\r\n")
    result = run_capped(PREPARE, ACT, str(data_dir), str(path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("This file is 3072 MB, far larger than a calendar")
