"""File > Import contacts... given a file of gigabytes: one sentence, the window still there."""

from __future__ import annotations

from tests.helpers.memory_limit import run_capped, sparse_file

PREPARE = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QWidget
from caregiver_app.store.opening import open_store
from caregiver_app.views.care_team.contact_files import ContactFiles
from caregiver_app.views.signals import AppSignals
import caregiver_app.services.contacts.vcard
app = QApplication([])
open_store(Path(sys.argv[1]))
files = ContactFiles(QWidget(), AppSignals(), print, list, Path(sys.argv[1]))
"""
ACT = """
box = files.import_file(Path(sys.argv[2]))
print(box.text())
"""


def test_a_contacts_file_of_gigabytes_is_refused_from_its_size(data_dir, tmp_path):
    path = sparse_file(tmp_path / "team.vcf", 3 * 1024**3, b"BEGIN:VCARD\r\n")
    result = run_capped(PREPARE, ACT, str(data_dir), str(path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("This file is too large to be a contacts file")
