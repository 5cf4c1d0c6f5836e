"""A password from standard input that is not there or not text: one line, exit 2.

Run as the user runs them, in a child: standard input closed by the shell (``<&-``),
or a password line in another encoding than UTF-8 (a file saved on an older system).
"""

from __future__ import annotations

import os
import shlex
import subprocess

import pytest

from tests.helpers.record_faults import (
    PASSWORD,
    PATIENCE,
    command,
    make_record,
    one_line,
    rows,
)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="a shell that closes stdin")


@pytest.fixture
def protected(tmp_path):
    data_dir = tmp_path / "record"
    make_record(data_dir, PASSWORD)
    return data_dir


@pytest.mark.parametrize(
    ("words", "sentence"),
    [
        (["--password-stdin", "info"], "--password-stdin: no password was given"),
        (["info"], "the care record is protected by a password: run the command in a terminal"),
        (["check"], "the care record is protected by a password: run the command in a terminal"),
    ],
)
def test_closed_standard_input_is_one_line_not_a_traceback(protected, words, sentence):
    before = rows(protected, PASSWORD)
    line = shlex.join(command(protected, *words)) + " <&-"

    result = subprocess.run(line, shell=True, capture_output=True, text=True, timeout=PATIENCE)

    assert result.returncode == 2, result.stderr
    assert sentence in one_line(result.stderr)
    assert rows(protected, PASSWORD) == before


def test_a_backups_own_password_with_standard_input_closed_is_one_line(tmp_path):
    data_dir = tmp_path / "record"
    make_record(data_dir)
    backup = tmp_path / "from-another-computer.sqlite"
    other = tmp_path / "other"
    make_record(other, PASSWORD)
    subprocess.run(
        command(other, "--password-stdin", "backup", "-o", str(backup)),
        input=f"{PASSWORD}\n", capture_output=True, text=True, timeout=PATIENCE, check=True,
    )  # fmt: skip
    before = rows(data_dir)
    line = shlex.join(command(data_dir, "--password-stdin", "restore", str(backup))) + " <&-"

    result = subprocess.run(line, shell=True, capture_output=True, text=True, timeout=PATIENCE)

    assert result.returncode == 2, result.stderr
    assert "or it has a password" in one_line(result.stderr)
    assert rows(data_dir) == before


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_a_password_not_in_utf8_is_one_line(tmp_path, encoding):
    data_dir = tmp_path / "record"
    make_record(data_dir, "café au lait")
    before = rows(data_dir, "café au lait")

    result = subprocess.run(
        command(data_dir, "--password-stdin", "info"),
        input="café au lait\n".encode(encoding), capture_output=True, timeout=PATIENCE,
    )  # fmt: skip

    err = result.stderr.decode("utf-8")
    assert result.returncode == 2, err
    assert "the password given is not UTF-8 text" in one_line(err)
    assert rows(data_dir, "café au lait") == before
