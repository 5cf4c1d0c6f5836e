"""A diary file with a double quote that is never closed, or a quoted note with text after
its closing quote: the file is refused naming the row, and nothing is imported. (A stray
quote made the rest of the file one note, and the entries after it were silently lost; a
file cut off inside a quoted note imported that note cut short.)"""

from __future__ import annotations

import pytest

from caregiver_app.services.diary.csv_file import DiaryCsvError, read_csv
from tests.cli.test_cli import run_cli

HEADER = "recorded_at,completed_by,pain,note\r\n"
FILES = {
    "a stray quote": (
        HEADER
        + '2026-11-01T08:00,patient,4,"slept badly\r\n'
        + "2026-11-02T08:00,patient,6,worse at night\r\n"
        + "2026-11-03T08:00,patient,5,better\r\n",
        "row 2",
    ),
    "cut off inside a note": (
        HEADER
        + '2026-11-01T08:00,patient,4,"first line\r\n'
        + "second line of a note the copy cut off",
        "row 2",
    ),
    "text after the closing quote": (
        HEADER
        + "2026-11-01T08:00,patient,4,fine\r\n"
        + '2026-11-02T08:00,patient,6,"5 mg" at night\r\n',
        "row 3",
    ),
}


@pytest.mark.parametrize("case", list(FILES))
def test_the_command_refuses_the_file_and_imports_nothing(data_dir, tmp_path, case):
    text, row = FILES[case]
    source = tmp_path / "diary.csv"
    source.write_bytes(text.encode("utf-8"))
    result = run_cli("--data-dir", str(data_dir), "diary", "import", str(source))
    assert result.returncode == 2, result.stdout
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"caregiver-app: {row}") and line.endswith("Nothing was imported.")
    assert not data_dir.exists()  # the record was never opened


def test_the_sentence_says_which_quote_is_not_closed():
    text, _row = FILES["a stray quote"]
    with pytest.raises(DiaryCsvError) as refused:
        read_csv(text.encode("utf-8"))
    assert "never closed" in str(refused.value)


def test_a_note_quoted_across_lines_still_imports_as_typed():
    text = HEADER + '2026-11-01T08:00,patient,4,"said ""enough""\r\nthen slept"\r\n'
    (entry,) = read_csv(text.encode("utf-8")).entries
    assert entry.note == 'said "enough"\r\nthen slept'
