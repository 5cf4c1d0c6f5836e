"""Standard output or error closed by the shell (``>&-``, ``2>&-``), or pointed at a full
disk (``> /dev/full``): no traceback, the right exit code, and a full disk is said about
the output, never about the care record."""

from __future__ import annotations

import os
import shlex
import subprocess

import pytest

from tests.helpers.record_faults import PATIENCE, command, make_record, rows

pytestmark = pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")


@pytest.fixture
def record(tmp_path):
    data_dir = tmp_path / "record"
    make_record(data_dir)
    return data_dir


def _shell(data_dir, words, redirection):
    line = shlex.join(command(data_dir, *words)) + " " + redirection
    return subprocess.run(line, shell=True, capture_output=True, text=True, timeout=PATIENCE)


def test_an_export_with_standard_output_closed_still_succeeds(record, tmp_path):
    out = tmp_path / "diary.csv"

    result = _shell(record, ["diary", "export", str(out)], ">&-")

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert out.read_text(encoding="utf-8").startswith("recorded_at,")


def test_a_refusal_with_standard_error_closed_is_exit_2(record, tmp_path):
    result = _shell(record, ["diary", "export", str(tmp_path / "no" / "diary.csv")], "2>&-")

    assert result.returncode == 2
    assert "Traceback" not in result.stdout


def test_a_full_disk_behind_standard_output_is_not_said_of_the_record(record):
    before = rows(record)

    result = _shell(record, ["info"], "> /dev/full")

    assert result.returncode == 2
    assert result.stderr.count("\n") == 1, result.stderr
    assert "/dev/stdout could not be written" in result.stderr
    assert "care-record.sqlite" not in result.stderr
    assert rows(record) == before
