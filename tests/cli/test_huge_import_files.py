"""A calendar or contacts file of gigabytes chosen by mistake is refused in one sentence,
from its size, without being read into memory (it was: the command ended in a MemoryError
traceback, or was killed)."""

from __future__ import annotations

import pytest

from tests.helpers.memory_limit import run_capped, sparse_file

GIGABYTES = 3 * 1024**3

PREPARE = """
import sys
from caregiver_app.cli.main import main
import caregiver_app.services.calendar.ics_import, caregiver_app.services.contacts.vcard
"""
ACT = "sys.exit(main(sys.argv[1:]))"


@pytest.mark.parametrize(
    ("command", "name", "said"),
    [
        ("calendar", "visits.ics", "This file is 3072 MB, far larger than a calendar"),
        ("contacts", "team.vcf", "This file is too large to be a contacts file"),
    ],
)
def test_a_file_of_gigabytes_is_refused_from_its_size(data_dir, tmp_path, command, name, said):
    path = sparse_file(tmp_path / name, GIGABYTES, b"BEGIN:VCALENDAR\r\n")
    result = run_capped(PREPARE, ACT, "--data-dir", str(data_dir), command, "import", str(path))
    assert result.returncode == 2, result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"caregiver-app: {said}")
    assert not data_dir.exists() or not any(data_dir.iterdir())  # the record was not touched
